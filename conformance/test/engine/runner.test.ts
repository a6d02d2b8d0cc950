import assert from 'node:assert/strict';
import { describe, expect, it } from 'vitest';
import { runChecks, UsageError } from '../../src/engine/runner.ts';
import type { CheckResult } from '../../src/engine/types.ts';
import { check, fakeTarget, json, options, sleep, v21 } from './fakes.ts';

const byId = (results: CheckResult[]) => Object.fromEntries(results.map((r) => [r.checkId, r]));

describe('runChecks: scheduling', () => {
  it('never runs more checks at once than the concurrency, and runs them all', async () => {
    for (const [concurrency, expected] of [[3, 3], [undefined, 4]] as const) {
      let active = 0;
      let peak = 0;
      const checks = Array.from({ length: 12 }, (_, i) =>
        check(`c.n${i}`, async () => {
          active += 1;
          peak = Math.max(peak, active);
          await sleep(15);
          active -= 1;
        }),
      );
      const results = await runChecks(checks, options(fakeTarget(), concurrency === undefined ? {} : { concurrency }));
      expect(peak).toBe(expected);
      expect(results.map((r) => r.status)).toEqual(Array(12).fill('pass'));
      expect(results.map((r) => r.checkId)).toEqual(checks.map((c) => c.id)); // the order given
    }
  });

  it('runs a check that needs the target to itself alone, after the others, and all checks still end', async () => {
    let active = 0;
    const seen: string[] = [];
    const worker = (id: string, exclusive = false) => ({
      ...check(id, async () => {
        active += 1;
        seen.push(`${id}:${active}`);
        await sleep(10);
        active -= 1;
      }),
      ...(exclusive && { exclusive }),
    });
    const checks = [worker('c.alone', true), ...Array.from({ length: 6 }, (_, i) => worker(`c.n${i}`)), worker('c.alone2', true), { ...worker('c.after'), needs: ['c.alone'] }];
    const results = await runChecks(checks, options(fakeTarget(), { concurrency: 4 }));
    expect(results.every((r) => r.status === 'pass')).toBe(true);
    expect(seen.filter((s) => s.startsWith('c.alone'))).toEqual(['c.alone:1', 'c.alone2:1']);
    expect(seen.indexOf('c.alone:1')).toBeGreaterThan(seen.indexOf('c.n5:' + seen.find((s) => s.startsWith('c.n5'))!.split(':')[1]));
  });

  it('starts the checks marked early first, each kind in the order given, and reports in the order given', async () => {
    const started: string[] = [];
    const step = (id: string, early = false) => ({ ...check(id, async () => { started.push(id); }), ...(early && { early }) });
    const checks = [step('c.a'), step('c.b'), step('c.x', true), { ...step('c.c'), needs: ['c.x'] }, step('c.y', true), step('c.d')];
    const results = await runChecks(checks, options(fakeTarget(), { concurrency: 1 }));
    expect(started).toEqual(['c.x', 'c.y', 'c.a', 'c.b', 'c.d', 'c.c']);
    expect(results.map((r) => r.checkId)).toEqual(checks.map((c) => c.id));
    expect(results.every((r) => r.status === 'pass')).toBe(true);
  });

  it('runs a check only after its needs have ended, whatever order they are given in', async () => {
    const log: string[] = [];
    const step = (id: string, ms: number) => check(id, async () => {
      log.push(`start ${id}`);
      await sleep(ms);
      log.push(`end ${id}`);
    });
    const checks = [
      { ...step('c.third', 1), needs: ['c.second', 'c.first'] },
      { ...step('c.second', 10), needs: ['c.first'] },
      step('c.first', 20),
      step('c.free', 1),
    ];
    const results = await runChecks(checks, options(fakeTarget(), { concurrency: 8 }));
    expect(results.every((r) => r.status === 'pass')).toBe(true);
    expect(log.indexOf('start c.second')).toBeGreaterThan(log.indexOf('end c.first'));
    expect(log.indexOf('start c.third')).toBeGreaterThan(log.indexOf('end c.second'));
    expect(log.indexOf('end c.free')).toBeLessThan(log.indexOf('end c.first')); // independent checks do not wait
  });

  it('blocks a chain under its root cause, not under the intermediate check', async () => {
    let ran = false;
    const checks = [
      check('c.root', async (ctx) => ctx.fail({ ja: '世帯が作成できない', en: 'cannot create a household' })),
      check('c.middle', async () => { ran = true; }, { needs: ['c.root'] }),
      check('c.leaf', async () => { ran = true; }, { needs: ['c.middle'] }),
      check('c.leaf2', async () => { ran = true; }, { needs: ['c.ok', 'c.leaf'] }),
      check('c.ok'),
    ];
    const r = byId(await runChecks(checks, options(fakeTarget())));
    expect(ran).toBe(false);
    expect(r['c.root']).toMatchObject({ status: 'fail', message: { en: 'cannot create a household' } });
    for (const id of ['c.middle', 'c.leaf', 'c.leaf2']) expect(r[id]).toMatchObject({ status: 'blocked', blockedBy: 'c.root', evidence: [] });
    expect(r['c.leaf']!.message!.en).toMatch(/c\.root ended fail \(through c\.middle\)/);
    expect(r['c.middle']!.message!.ja).toContain('c.root');
  });

  it('blocks under a skipped or erring need too', async () => {
    const checks = [
      check('c.skips', async (ctx) => ctx.skip('an 被保護世帯 with a 医療扶助 case')),
      check('c.errs', async () => { throw new TypeError('bug'); }),
      check('c.after-skip', async () => {}, { needs: ['c.skips'] }),
      check('c.after-error', async () => {}, { needs: ['c.errs'] }),
    ];
    const r = byId(await runChecks(checks, options(fakeTarget())));
    expect(r['c.after-skip']).toMatchObject({ status: 'blocked', blockedBy: 'c.skips' });
    expect(r['c.after-error']).toMatchObject({ status: 'blocked', blockedBy: 'c.errs' });
  });
});

describe('runChecks: what a check ends with', () => {
  it('skip names the data; fail carries the reason, even when the check swallows what fail() threw', async () => {
    const checks = [
      check('c.skip', async (ctx) => ctx.skip('a household with a 12-digit 個人番号 123456789018')),
      check('c.fail-swallowed', async (ctx) => {
        try {
          ctx.fail({ ja: '却下されない', en: 'not refused' });
        } catch {
          // a careless check
        }
      }),
      check('c.pass'),
    ];
    const r = byId(await runChecks(checks, options(fakeTarget())));
    expect(r['c.skip']).toMatchObject({ status: 'skip', missing: 'a household with a 12-digit 個人番号 [個人番号]' });
    expect(r['c.skip']!.message!.en).toMatch(/^Could not verify: lacking/);
    expect(r['c.fail-swallowed']).toMatchObject({ status: 'fail', message: { ja: '却下されない', en: 'not refused' } });
    expect(r['c.pass']).toMatchObject({ status: 'pass', evidence: [] });
    expect(r['c.pass']).not.toHaveProperty('message');
    expect(typeof r['c.pass']!.durationMs).toBe('number');
  });

  it('a problem answered by the target or a failed assertion is fail, with a message in both languages', async () => {
    const target = fakeTarget(() => json(409, { type: 'about:blank', title: '競合しています', status: 409, code: 'conflict', en: { title: 'Conflict' } }));
    const checks = [
      check('c.problem', async (ctx) => { await v21(ctx.as('caseworker')).call('getDeclaration'); }),
      check('c.expect', async () => { expect(1).toBe(2); }),
      check('c.assert', async () => { assert.equal(1, 2); }),
    ];
    const r = byId(await runChecks(checks, options(target)));
    expect(r['c.problem']).toMatchObject({ status: 'fail' });
    expect(r['c.problem']!.message!.ja).toContain('409 conflict 競合しています');
    expect(r['c.problem']!.message!.en).toContain('409 conflict: Conflict');
    expect(r['c.problem']!.evidence[0]!.response!.status).toBe(409);
    for (const id of ['c.expect', 'c.assert']) {
      expect(r[id]!.status).toBe('fail');
      expect(r[id]!.message!.ja).toMatch(/^検証に失敗しました/);
      expect(r[id]!.message!.en).toMatch(/^Assertion failed/);
    }
  });

  it('a transport failure, a bug in the check, a missing role token and any thrown non-Error are error', async () => {
    const down = fakeTarget(() => { throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:8080') }); });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const checks = [
      check('c.down', async (ctx) => { await v21(ctx.as('caseworker')).call('getDeclaration'); }),
      check('c.bug', async () => { (undefined as unknown as { x: number }).x; }),
      check('c.no-token', async (ctx) => { ctx.as('medical-clerk'); }),
      check('c.string', async () => { throw 'boom'; }),
      check('c.undefined', async () => { throw undefined; }),
      check('c.circular', async () => { throw circular; }),
      check('c.hostile', async () => { throw { toJSON() { throw new Error('no'); }, toString() { throw new Error('no'); } }; }),
      check('c.sync', (() => { throw 42; }) as never),
    ];
    const r = byId(await runChecks(checks, options(down)));
    expect(r['c.down']).toMatchObject({ status: 'error' });
    expect(r['c.down']!.message!.en).toMatch(/^Transport error.*fetch failed.*ECONNREFUSED/);
    expect(r['c.down']!.message!.ja).toMatch(/^通信エラー/);
    expect(r['c.down']!.evidence[0]).toMatchObject({ request: { method: 'GET' }, note: expect.stringMatching(/^No response/) });
    expect(r['c.down']!.evidence[0]).not.toHaveProperty('response');
    expect(r['c.bug']!.message!.en).toMatch(/^Unexpected exception in the check.*TypeError/);
    expect(r['c.no-token']!.message!.en).toContain('No token for the role medical-clerk');
    expect(r['c.string']!.message!.en).toBe('The check threw a value that is not an Error: boom');
    expect(r['c.undefined']!.message!.en).toContain('undefined');
    expect(r['c.circular']!.message!.en).toContain('[object Object]');
    expect(r['c.hostile']!.message!.en).toContain('[object Object]');
    expect(r['c.sync']!.message!.en).toContain('42');
    for (const result of Object.values(r)) {
      expect(result.status).toBe('error');
      expect(result.message!.ja.length).toBeGreaterThan(0);
    }
  });

  it('omits a check of another edition, one verifying a requirement the edition lacks, and one needing an omitted check', async () => {
    let ran = false;
    const checks = [
      check('c.only20', async () => { ran = true; }, { editions: ['2.0'] }),
      check('c.new', async () => { ran = true; }, { verifies: ['99.9.9'] }),
      check('c.after', async () => { ran = true; }, { needs: ['c.only20'] }),
      check('c.both', async () => {}, { editions: ['2.0', '2.1'] }),
    ];
    const r = byId(await runChecks(checks, options(fakeTarget(), { requirements: new Set(['13.1.1']) })));
    expect(ran).toBe(false);
    expect(r['c.only20']).toMatchObject({ status: 'omit', message: { en: 'Not applicable: the check applies to edition 2.0, not 2.1' } });
    expect(r['c.new']!.message!.en).toBe('Not applicable: requirement 99.9.9 does not exist in edition 2.1');
    expect(r['c.after']!.status).toBe('omit');
    expect(r['c.both']!.status).toBe('pass');
  });
});

describe('runChecks: time-outs and aborting', () => {
  it('aborts a check that overruns its time-out with a clear error, cuts its requests and finishes the run', async () => {
    let sawAbort = false;
    const target = fakeTarget((request) => new Promise<Response>((_, reject) => {
      request.signal.addEventListener('abort', () => {
        sawAbort = true;
        reject(request.signal.reason);
      });
    }));
    let signalled: unknown;
    const checks = [
      check('c.ignores-signal', async () => { await sleep(5_000); }),
      check('c.hangs-on-request', async (ctx) => {
        ctx.signal.addEventListener('abort', () => { signalled = ctx.signal.reason; });
        await v21(ctx.as('caseworker')).call('getDeclaration'); // its signal not passed on: the runner cuts it anyway
      }),
      check('c.quick'),
    ];
    const started = performance.now();
    const r = byId(await runChecks(checks, options(target, { timeoutMs: 100 })));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1_000);
    for (const id of ['c.ignores-signal', 'c.hangs-on-request']) {
      expect(r[id]!.status).toBe('error');
      expect(r[id]!.message!.en).toMatch(/^Timed out: the check did not finish within 100 ms and was aborted/);
      expect(r[id]!.message!.ja).toMatch(/^タイムアウト: 100 ms/);
      expect(r[id]!.durationMs).toBeGreaterThanOrEqual(95);
      expect(r[id]!.durationMs).toBeLessThan(1_000);
    }
    expect(r['c.quick']!.status).toBe('pass');
    expect(sawAbort).toBe(true);
    expect((signalled as DOMException).name).toBe('TimeoutError');
    expect(r['c.hangs-on-request']!.evidence).toHaveLength(1); // the request, with no answer
  });

  it('an aborted run ends the running checks and starts no more', async () => {
    const controller = new AbortController();
    let started = 0;
    const checks = Array.from({ length: 6 }, (_, i) => check(`c.n${i}`, async (ctx) => {
      started += 1;
      if (i === 0) setTimeout(() => controller.abort(), 20);
      await sleep(2_000, ctx.signal);
    }));
    const results = await runChecks(checks, options(fakeTarget(), { concurrency: 2, signal: controller.signal }));
    expect(started).toBe(2);
    expect(results.map((r) => r.message?.en)).toEqual([
      'The run was aborted', 'The run was aborted', ...Array(4).fill('Not started: the run was aborted'),
    ]);
    expect(results.every((r) => r.status === 'error')).toBe(true);
  });
});

describe('runChecks: usage errors, before anything runs', () => {
  it('refuses an unknown need, a cycle, a duplicate id and bad options', async () => {
    let ran = false;
    const run = async () => { ran = true; };
    const opts = options(fakeTarget());
    await expect(runChecks([check('c.a', run, { needs: ['c.missing'] })], opts)).rejects.toThrow(/c\.a needs "c\.missing", which is not among the checks/);
    const cycle = [check('c.a', run, { needs: ['c.c'] }), check('c.b', run, { needs: ['c.a'] }), check('c.c', run, { needs: ['c.b'] }), check('c.d', run)];
    await expect(runChecks(cycle, opts)).rejects.toThrow(/cycle: c\.a → c\.c → c\.b → c\.a/);
    await expect(runChecks([check('c.self', run, { needs: ['c.self'] })], opts)).rejects.toThrow(/cycle: c\.self → c\.self/);
    await expect(runChecks([check('c.a', run), check('c.a', run)], opts)).rejects.toThrow(/Duplicate check id/);
    await expect(runChecks([check('c.a', run)], { ...opts, concurrency: 0 })).rejects.toBeInstanceOf(UsageError);
    await expect(runChecks([check('c.a', run)], { ...opts, timeoutMs: Number.NaN })).rejects.toBeInstanceOf(UsageError);
    expect(ran).toBe(false);
  });

  it('runs nothing and answers nothing for no checks', async () => {
    expect(await runChecks([], options(fakeTarget()))).toEqual([]);
  });
});

describe('options not declared', () => {
  it('omits a check that verifies only undeclared options, citing the declaration, and runs it when declared', async () => {
    const { defineCheck } = await import('../../src/engine/registry.ts');
    const { runChecks } = await import('../../src/engine/runner.ts');
    const { clientFor, fakeTarget } = await import('./fakes.ts');
    const optional = defineCheck({ id: 'opt.only', title: { ja: '任意', en: 'option' }, verifies: ['04.3.7'], run: async () => {} });
    const mixed = defineCheck({ id: 'opt.mixed', title: { ja: '混在', en: 'mixed' }, verifies: ['04.3.7', '13.1.1'], run: async () => {} });
    const run = (declared: string[]) => runChecks([optional, mixed], { edition: '2.1', clientFor, declared: new Set(declared), optionIds: new Set(['04.3.7']), fetch: fakeTarget().fetch });
    const undeclared = await run([]);
    expect(undeclared.map((r) => r.status)).toEqual(['omit', 'pass']);
    expect(undeclared[0]!.message?.ja).toContain('適合宣言');
    expect((await run(['04.3.7'])).map((r) => r.status)).toEqual(['pass', 'pass']);
  });
});
