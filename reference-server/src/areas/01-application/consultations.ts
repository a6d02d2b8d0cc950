import type { components, HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { missing, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { nameMatches } from './names.ts';

type Consultation = components['schemas']['Consultation'];

/** Outcomes that take or enable the application: 申請受付 (1) and 申請書交付 (2). */
const OUTCOMES_KEEPING_THE_APPLICATION_OPEN = new Set(['1', '2']);

/** 面接相談: record (01.1.1, 01.1.3, 01.5.3), search (01.1.2) and read (01.1.4). */
export function consultations(env: AreaEnv): Pick<HogoAdapter, 'createConsultation' | 'listConsultations' | 'getConsultation'> {
  return {
    async createConsultation({ body }, ctx) {
      return env.store.transact((tx) => {
        // 01.5.3: a consultation in which the person asked to apply cannot end in advice, referral or "continued".
        if (body.applicationIntentExpressed && !OUTCOMES_KEEPING_THE_APPLICATION_OPEN.has(body.outcome) && !hasMutant(env, 'consultation-intent-closed')) {
          throw ruleBroken('application-intent-not-honoured', '/body/outcome', {
            ja: '申請意思が示された相談は、申請受付（1）又は申請書交付（2）以外の結果で終結できません。',
            en: 'A consultation in which the person expressed the intention to apply must end with the application received (1) or the form handed over (2).',
          });
        }
        if (body.applicationIntentExpressed && body.outcome === '2' && body.applicationFormProvided === false) {
          throw ruleBroken('application-form-not-provided', '/body/applicationFormProvided', {
            ja: '相談結果が申請書交付のときは、申請書を交付したことを記録してください。',
            en: 'The outcome says the application form was handed over, but applicationFormProvided is false.',
          });
        }
        if (body.householdId !== undefined && !tx.get('Household', body.householdId)) {
          throw unknownReference('/body/householdId', '世帯', 'household');
        }
        const consultationId = newId(tx, 'C');
        // Seeded defect consultation-advice-dropped: the advice and explanation given are not kept.
        const { adviceGiven: _advice, ...withoutAdvice } = body;
        const consultation: Consultation = {
          ...(hasMutant(env, 'consultation-advice-dropped') ? withoutAdvice : body),
          // Seeded defect consultation-intent-from-outcome: the intent is inferred from the outcome, not kept as stated.
          ...(hasMutant(env, 'consultation-intent-from-outcome') ? { applicationIntentExpressed: OUTCOMES_KEEPING_THE_APPLICATION_OPEN.has(body.outcome) } : {}),
          consultationId,
          interviewer: body.interviewer ?? ctx.principal.staffId,
          applicationFormProvided: body.applicationFormProvided ?? body.outcome === '2',
          recordedAt: env.clock.now().toISOString(),
          recordedBy: ctx.principal.staffId,
        };
        tx.put('Consultation', consultationId, consultation);
        return consultation;
      });
    },

    async listConsultations({ query }) {
      const items = env.store
        .records<Consultation>('Consultation')
        .map((r) => r.value)
        .filter((c) => (query.from === undefined || c.consultedOn >= query.from) && (query.to === undefined || c.consultedOn <= query.to))
        .filter((c) => query.outcome === undefined || c.outcome === query.outcome)
        .filter((c) => query.clientName === undefined || nameMatches(hasMutant(env, 'consultation-search-kana-ignored') ? { family: c.client.name.family, given: c.client.name.given } : c.client.name, query.clientName))
        .sort((a, b) => b.consultedOn.localeCompare(a.consultedOn) || b.consultationId.localeCompare(a.consultationId));
      return page(items, query);
    },

    async getConsultation({ path }) {
      const record = env.store.get<Consultation>('Consultation', path.consultationId);
      if (!record) throw missing('相談記録', 'consultation');
      return withEtag(path.consultationId, record);
    },
  };
}
