// keygen, the canonical bytes, redaction before hashing (a token and a 個人番号 planted in the run output never reach
// the bundle), reading, and verdict recomputation agreeing with the engine where undeclared options were probed.
import { statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '@hogo-kit/spec';
import { canonicalJson } from '../../src/bundle/format.ts';
import { generateKeyFiles, publicKeyFrom, signingKey } from '../../src/bundle/keys.ts';
import { decodeBundle } from '../../src/bundle/read.ts';
import { BundleRedactor } from '../../src/bundle/redact.ts';
import { verifyBundle } from '../../src/bundle/verify.ts';
import { buildBundle, writeBundle } from '../../src/bundle/write.ts';
import type { RunReport } from '../../src/run.ts';
import { keyPair, runOutput } from './support.ts';

const vendor = keyPair();
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hogo-bundle-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('keygen', () => {
  it('writes a 0600 PKCS#8 private key and an SPKI public key that verify each other, and refuses to overwrite', async () => {
    const prefix = join(work, 'vendor');
    const keys = await generateKeyFiles(prefix);
    const pem = await readFile(`${prefix}.key`, 'utf8');
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(await readFile(`${prefix}.pub`, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(statSync(`${prefix}.key`).mode & 0o777).toBe(0o600);
    expect(keys.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    const key = await signingKey(`${prefix}.key`, {});
    expect(key.asymmetricKeyType).toBe('ed25519');
    expect(publicKeyFrom(await readFile(`${prefix}.pub`, 'utf8'), 'pub').asymmetricKeyType).toBe('ed25519');
    await expect(generateKeyFiles(prefix)).rejects.toThrow(/refusing to overwrite/);
  });

  it('takes the key from HOGO_BUNDLE_KEY, and without one is a usage error', async () => {
    const pem = vendor.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect((await signingKey(undefined, { HOGO_BUNDLE_KEY: pem })).asymmetricKeyType).toBe('ed25519');
    await expect(signingKey(undefined, {})).rejects.toMatchObject({ name: 'UsageError' });
    await expect(signingKey(undefined, { HOGO_BUNDLE_KEY: 'not a key' })).rejects.toMatchObject({ name: 'UsageError' });
  });
});

describe('canonical bytes', () => {
  it('sorts keys at every depth, leaves out spaces, keeps non-ASCII as is', () => {
    expect(canonicalJson({ b: 1, a: [{ z: true, y: null }, '適合'], A: 'x"y' })).toBe('{"A":"x\\"y","a":[{"y":null,"z":true},"適合"],"b":1}');
  });
  it('refuses numbers it cannot write exactly', () => {
    expect(() => canonicalJson({ x: 1.5 })).toThrow();
    expect(() => canonicalJson({ x: 2 ** 60 })).toThrow();
  });
});

describe('redaction', () => {
  const r = new BundleRedactor(['known-secret-value']);
  it('masks bearer tokens, credential headers, known secrets and 12-digit runs in text', () => {
    expect(r.text('Authorization: Bearer abc.DEF-123_~+/==')).toBe('Authorization: Bearer [redacted]');
    expect(r.text('curl -H "x-api-key": "k-1"')).toBe('curl -H "x-api-key": "[redacted]"');
    expect(r.text('{"cookie":"sid=1"}')).toBe('{"cookie":"[redacted]"}');
    expect(r.text('token known-secret-value here')).toBe('token [redacted] here');
    expect(r.text('番号 123456789012 と 1234567890123')).toBe('番号 [個人番号] と 1234567890123');
  });
  it('keeps what is not a credential: a challenge with auth-params, the word alone, masks', () => {
    for (const kept of ['"www-authenticate": "Bearer error=\\"invalid_token\\""', 'WWW-Authenticate: Bearer realm="hogo"', '"www-authenticate":"Bearer"', 'Bearer トークンを指定', 'Authorization: Bearer [redacted]']) {
      expect(r.text(kept)).toBe(kept);
    }
  });
  it('redacts JSON as data, so it stays JSON (a 12-digit number becomes the mask string)', () => {
    const text = `${JSON.stringify({ headers: { Authorization: 'Basic dXNlcjpwYXNz' }, body: { myNumber: 123456789012, n: 12 } }, null, 2)}\n`;
    expect(JSON.parse(r.file('x.json', text))).toEqual({ headers: { Authorization: 'Bearer [redacted]' }, body: { myNumber: '[個人番号]', n: 12 } });
  });
});

describe('bundle of a run output directory', () => {
  let dir: string;
  let report: RunReport;
  beforeAll(async () => {
    // Areas 01 and 02 with a declaration leaving out three options the reference server has: they are probed
    // (present, so not-met), which the recomputation must judge exactly as the engine did.
    const declared = ['02.6.1'];
    ({ dir, report } = await runOutput(['01', '02'], { edition: '2.1', product: { name: 'テスト製品', vendor: 'v', version: '1.0', build: 'b7' }, options: declared, declaredAt: '2026-04-01' }));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('recomputes every verdict as the engine gave it, probed options included; the document matches its schema', async () => {
    expect(report.requirements.filter((q) => ['01.2.8', '02.6.2', '02.6.3', '02.6.4'].includes(q.id)).map((q) => q.verdict)).toEqual(['not-met', 'not-met', 'not-met', 'not-met']);
    expect(report.summary.conformant).toBe(false);
    const bundle = await buildBundle({ from: dir, key: vendor.privateKey });
    const result = verifyBundle(bundle, { publicKey: vendor.publicKey });
    expect(result.problems).toEqual([]);
    const schema = JSON.parse(await readFile(new URL('../../schema/evidence-bundle.schema.json', import.meta.url), 'utf8')) as object;
    const validate = createAjv().compile(schema);
    expect(validate(JSON.parse(JSON.stringify(bundle))), JSON.stringify(validate.errors)).toBe(true);
    expect(bundle.manifest).toMatchObject({ product: { name: 'テスト製品', vendor: 'v', version: '1.0', build: 'b7' }, overall: { conformant: false, verdict: 'not-conformant' } });
  });

  it('a token and a 12-digit number planted in the run output are not in the bundle, and it verifies', async () => {
    const planted = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as RunReport;
    const exchange = planted.checks.find((c) => c.evidence.some((e) => e.request))!.evidence.find((e) => e.request)!;
    exchange.request!.headers.authorization = 'Bearer planted-token-0123456789';
    exchange.request!.body = { note: 'retry with Bearer planted-token-0123456789', myNumber: 987654321098 };
    await writeFile(join(dir, 'report.json'), `${JSON.stringify(planted, null, 2)}\n`);
    await writeFile(join(dir, 'summary.md'), `${await readFile(join(dir, 'summary.md'), 'utf8')}\nAuthorization: Bearer planted-token-0123456789\n個人番号 987654321098\nconfigured token: bare-known-token-42\n`);
    const out = join(work, 'planted.json.gz');
    // A bare token is recognisable only when known: the run's configured tokens are passed as secrets.
    await writeBundle({ from: dir, out, key: vendor.privateKey, secrets: ['bare-known-token-42'] });
    const raw = await readFile(out);
    const text = decodeBundle(raw, out);
    const json = JSON.stringify(text);
    for (const secret of ['planted-token', '987654321098', 'bare-known-token-42']) expect(json.includes(secret), secret).toBe(false);
    expect(json).toContain('Authorization: Bearer [redacted]\\n個人番号 [個人番号]\\nconfigured token: [redacted]');
    expect(verifyBundle(text, { publicKey: vendor.publicKey }).problems).toEqual([]);
  });

  it('a directory without report.json is a usage error', async () => {
    await expect(buildBundle({ from: work, key: vendor.privateKey })).rejects.toMatchObject({ name: 'UsageError' });
  });
});

describe('reading', () => {
  it('refuses what is not a bundle: not gzip, not JSON, another format', () => {
    expect(() => decodeBundle(Buffer.from('plain'), 'a')).toThrow(/not gzip/);
    expect(() => decodeBundle(gzipSync('{'), 'b')).toThrow(/does not hold JSON/);
    expect(() => decodeBundle(gzipSync('{"format":"other/1"}'), 'c')).toThrow(/has format "other\/1"/);
  });
});
