import { defineCheck } from '../../../engine/registry.ts';
import { failIfAny, type Fault } from '../../data/setup.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';
import type { Json } from '../../data/households.ts';
import { annualFigures, BY, careTicket, casesBetween, expectBreakdownRise, expectRise, fujoOf, medicalTicket, monthlyFigures, monthlyFiguresNow, person, yearsAgo } from './survey.ts';

/** The figures with only the 医療・介護 rows of byFujoType (counted from tickets). */
const ticketCells = (figures: Json): Json => ({ byFujoType: Array.isArray(figures.byFujoType) ? figures.byFujoType.filter((r: Json) => r.fujoType === '04' || r.fujoType === '05') : [] });

/**
 * 11.1.6, 11.1.8: in October eight years back (protected from 1 September to 31 October) the check registers a
 * couple granted 生活・住宅・医療 with a 医療券 for the head only, a person of 75 granted 生活・介護 with a 介護券,
 * and a person granted 生活・医療 whose 医療券 it then cancels. After the tickets are issued the month's figures by
 * type of assistance must have risen by 医療 2 households / 2 persons (券 holders, not the members of households
 * granted 医療扶助) and 介護 1 / 1; after the cancellation, 医療 by 1 / 1 only. 生活 rises by 3 / 4, 住宅 by 1 / 2,
 * the other types not at all.
 */
export const monthlyByFujoType = defineCheck({
  id: 'statistics.monthly-by-fujo-type-from-tickets',
  title: {
    ja: '月次の集計が受給世帯数・人員を扶助の種類別に数え、医療扶助・介護扶助は当該月に発行した医療券・介護券（取消済を除く）に基づき、発行・取消しを直ちに反映する',
    en: 'The monthly figures count households and persons by type of assistance, 医療 and 介護 from the month\'s issued (not cancelled) tickets, reflecting issues and cancellations at once',
  },
  verifies: ['11.1.6', '11.1.8'],
  async run(ctx) {
    const y = yearsAgo(8);
    const month = `${y}-10`;
    const before = await monthlyFigures(ctx, month);
    const onIssue: Fault[] = [];
    await casesBetween(ctx, `${y}-09-01`, `${y}-11-01`, [
      { members: [person('1975-01-01', '1', '01'), person('1977-01-01', '2', '02')], fujo: fujoOf('01', '03', '04') },
      { members: [person(`${y - 75}-01-01`, '1', '01')], fujo: fujoOf('01', '05') },
      { members: [person('1980-01-01', '2', '01')], fujo: fujoOf('01', '04') },
    ], async ([couple, elder, single]) => {
      await medicalTicket(ctx, couple!.memberIds[0]!, month);
      await careTicket(ctx, elder!.memberIds[0]!, month);
      const wrong = await medicalTicket(ctx, single!.memberIds[0]!, month);
      // Inside the window other checks' households may be in flight: only the 券-based cells are compared here.
      const issued = await monthlyFiguresNow(ctx, month);
      expectBreakdownRise(onIssue, BY.fujoType, ticketCells(before), ticketCells(issued), [{ fujoType: '04', households: 2, persons: 2 }, { fujoType: '05', households: 1, persons: 1 }]);
      await must(ctx, requireClient(ctx, 'medical-clerk'), 'cancelMedicalTicket', { path: { ticketId: String(wrong.ticketId) }, body: { reason: '誤って発行したため。（試験）' } },
        200, { ja: '試験用の医療券の取消し', en: 'cancelling the test medical ticket' });
    });
    const after = await monthlyFigures(ctx, month);
    const faults: Fault[] = [];
    faults.push(...onIssue.map((f) => ({ ja: `医療券・介護券の発行直後：${f.ja}`, en: `right after the tickets were issued: ${f.en}` })));
    expectBreakdownRise(faults, BY.fujoType, before, after, [
      { fujoType: '01', households: 3, persons: 4 }, { fujoType: '03', households: 1, persons: 2 },
      { fujoType: '04', households: 1, persons: 1 }, { fujoType: '05', households: 1, persons: 1 },
    ]);
    failIfAny(ctx, faults);
  },
});

/**
 * 11.2.3: for 31 July nine years back (households protected from 1 July, discontinued on 1 August) the check
 * registers a mother and child granted 生活・教育・住宅, a person of 75 granted 生活・介護 with a July 介護券, a person
 * granted 生活・医療 with a July 医療券, and one granted 生活・医療 whose July 医療券 ends on 15 July. The annual
 * figures by type of assistance must rise by 生活 4 / 5, 教育 1 / 2, 住宅 1 / 2, 医療 1 / 1 (the 券 valid on 31
 * July only), 介護 1 / 1, the other types not at all; protected households and persons by 4 and 5.
 */
export const annualByFujoType = defineCheck({
  id: 'statistics.annual-by-fujo-type',
  title: {
    ja: '年次の集計が7月31日現在の受給世帯数・人員を、教育扶助・介護扶助を含む扶助の種類別に数える',
    en: 'The annual figures count households and persons receiving each type of assistance, education and care included, on 31 July',
  },
  verifies: ['11.2.3'],
  async run(ctx) {
    const y = yearsAgo(9);
    const july = `${y}-07`;
    const before = await annualFigures(ctx, y);
    await casesBetween(ctx, `${july}-01`, `${y}-08-01`, [
      { members: [person(`${y - 35}-01-01`, '2', '01'), person(`${y - 10}-04-02`, '2', '03')], fujo: fujoOf('01', '02', '03') },
      { members: [person(`${y - 75}-01-01`, '1', '01')], fujo: fujoOf('01', '05') },
      { members: [person('1970-01-01', '1', '01')], fujo: fujoOf('01', '04') },
      { members: [person('1972-01-01', '1', '01')], fujo: fujoOf('01', '04') },
    ], async ([, elder, treated, ended]) => {
      await careTicket(ctx, elder!.memberIds[0]!, july);
      await medicalTicket(ctx, treated!.memberIds[0]!, july);
      await medicalTicket(ctx, ended!.memberIds[0]!, july, { validFrom: `${july}-01`, validTo: `${july}-15` });
    });
    const after = await annualFigures(ctx, y);
    const faults: Fault[] = [];
    expectRise(faults, before, after, { protectedHouseholds: 4, protectedPersons: 5 }, `${y}-07-31`);
    expectBreakdownRise(faults, BY.fujoType, before, after, [
      { fujoType: '01', households: 4, persons: 5 }, { fujoType: '02', households: 1, persons: 2 }, { fujoType: '03', households: 1, persons: 2 },
      { fujoType: '04', households: 1, persons: 1 }, { fujoType: '05', households: 1, persons: 1 },
    ]);
    failIfAny(ctx, faults);
  },
});
