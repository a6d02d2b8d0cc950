import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EDITIONS, editionData, type Edition } from '../../src/editions.ts';
import { operationSchemas } from '../../src/engine/precompile.ts';
import { loadPrecompiled, precompiledFile, type Precompiled, type ValidatorSet } from '../../src/engine/precompiled.ts';
import { OPTIONS_FINGERPRINT, buildSchemas } from '../../src/engine/schemas.ts';
import { successStatuses } from '../../src/engine/validation.ts';

// The build's copy (npm run build / bundle writes it after tsup; the test task runs after the build).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const temp = mkdtempSync(join(os.tmpdir(), 'hogo-precompiled-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const NOWHERE = join(temp, 'none');

type Json = Record<string, unknown>;

/** Values that break a schema in many ways at once: wrong types everywhere, strings against formats and patterns. */
function probes(schema: Json | undefined): unknown[] {
  const properties = Object.keys((schema?.properties ?? {}) as Json);
  return [
    {}, null, [], 'x', 0, { unexpected: true },
    Object.fromEntries(properties.map((name) => [name, {}])),
    Object.fromEntries(properties.map((name) => [name, '0'])),
    Object.fromEntries(properties.map((name) => [name, [1, 'a', null]])),
  ];
}

/** Every id the build precompiled, with the schema editionSchemas compiles under it (none for a component). */
function ids(edition: Edition, found: Precompiled): { set: ValidatorSet; id: string; schema?: Json }[] {
  const schemas = buildSchemas(edition, NOWHERE);
  const own = [...schemas.operations.values()].flatMap((doc) => operationSchemas(doc, successStatuses(schemas, doc.operationId)));
  const components = Object.keys(found.body).filter((id) => !own.some((o) => o.id === id)).map((id) => ({ set: 'body' as const, id }));
  return [...own, ...components];
}

describe('precompiled validators (dist/validators-<edition>.cjs)', () => {
  it.each(EDITIONS)('%s: are used when the build made them from this contract', (edition) => {
    expect(buildSchemas(edition).precompiled).toBe(true);
    expect(buildSchemas(edition, NOWHERE).precompiled).toBe(false);
  });

  it.each(EDITIONS)('%s: answer every value exactly as the validators compiled at run time (errors included)', (edition) => {
    const found = loadPrecompiled(edition, editionData(edition).openapi, OPTIONS_FINGERPRINT)!;
    expect(found).toBeDefined();
    const compiled = buildSchemas(edition, NOWHERE);
    const all = ids(edition, found);
    expect(all.length).toBe(Object.keys(found.body).length + Object.keys(found.params).length);
    let errors = 0;
    for (const { set, id, schema } of all) {
      const pre = found[set][id]!;
      const here = compiled.validator(set, id, schema);
      expect(here).not.toBe(pre);
      const target = schema ?? (editionData(edition).openapi as { components: { schemas: Record<string, Json> } }).components.schemas[id.replace(/\.json$/, '')];
      for (const probe of probes(target)) {
        const [a, b] = [structuredClone(probe), structuredClone(probe)];
        expect({ id, valid: pre(a), errors: pre.errors ?? null, data: a }).toEqual({ id, valid: here(b), errors: here.errors ?? null, data: b });
        errors += pre.errors?.length ?? 0;
      }
    }
    expect(errors).toBeGreaterThan(1000);
  });

  it('are not used when made from another contract or other options, or with HOGO_PRECOMPILED=0', () => {
    const fresh = join(temp, 'fresh');
    const stale = join(temp, 'stale');
    mkdirSync(dirname(precompiledFile(fresh, '2.1')), { recursive: true });
    mkdirSync(dirname(precompiledFile(stale, '2.1')), { recursive: true });
    copyFileSync(precompiledFile(ROOT, '2.1'), precompiledFile(fresh, '2.1'));
    const source = readFileSync(precompiledFile(ROOT, '2.1'), 'utf8');
    writeFileSync(precompiledFile(stale, '2.1'), source.replace(/exports\.fingerprint = "[^"]+"/, 'exports.fingerprint = "another"'));
    expect(buildSchemas('2.1', fresh).precompiled).toBe(true);
    expect(buildSchemas('2.1', stale).precompiled).toBe(false);
    // A component made from another schema than the one the engine now adds under its id is compiled here.
    const health = JSON.parse(/exports\.hashes = (.*);/.exec(source)![1]!)['Health.json'] as string;
    const changed = join(temp, 'changed');
    mkdirSync(dirname(precompiledFile(changed, '2.1')), { recursive: true });
    writeFileSync(precompiledFile(changed, '2.1'), source.replace(`"Health.json":"${health}"`, '"Health.json":"another"'));
    const [here, built] = [buildSchemas('2.1', changed), buildSchemas('2.1', fresh)];
    expect(String(here.validator('body', 'Health.json'))).not.toBe(String(built.validator('body', 'Health.json')));
    expect(String(here.validator('body', 'Problem.json'))).toBe(String(built.validator('body', 'Problem.json')));
    const before = process.env.HOGO_PRECOMPILED;
    process.env.HOGO_PRECOMPILED = '0';
    try {
      expect(buildSchemas('2.1', fresh).precompiled).toBe(false);
    } finally {
      if (before === undefined) delete process.env.HOGO_PRECOMPILED;
      else process.env.HOGO_PRECOMPILED = before;
    }
  });

  it('compiles an operation\'s schema here when it is no longer the one the build precompiled under its id', () => {
    const schemas = buildSchemas('2.1');
    const found = loadPrecompiled('2.1', editionData('2.1').openapi, OPTIONS_FINGERPRINT)!;
    const doc = schemas.operations.get('getHealth')!;
    const [own] = operationSchemas(doc, [200]);
    // Each load makes its own functions: the build's code is recognised by its text.
    expect(String(schemas.validator('body', own!.id, own!.schema))).toBe(String(found.body[own!.id]));
    const changed = schemas.validator('body', own!.id, { type: 'string' });
    expect(String(changed)).not.toBe(String(found.body[own!.id]));
    expect([changed('ok'), changed({ status: 'ok' })]).toEqual([true, false]);
  });

  it('keeps a component of each set apart: the parameter set\'s own, the body set\'s precompiled', () => {
    const found = loadPrecompiled('2.1', editionData('2.1').openapi, OPTIONS_FINGERPRINT)!;
    const schemas = buildSchemas('2.1');
    const forParams = schemas.validator('params', 'Health.json');
    const forBody = schemas.validator('body', 'Health.json');
    expect(String(forBody)).toBe(String(found.body['Health.json']));
    expect(String(forParams)).not.toBe(String(forBody));
    expect(found.params['Health.json']).toBeUndefined();
  });
});
