// keygen → bundle → verify passes; each way of tampering is named exactly (English half of each message asserted,
// the Japanese half checked to be there).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { buildBundle } from '../../src/bundle/write.ts';
import { verifyBundle, type VerifyResult } from '../../src/bundle/verify.ts';
import type { RawBundle } from '../../src/bundle/read.ts';
import { clone, editReport, keyPair, resign, runOutput, type Doc } from './support.ts';

const vendor = keyPair();
const attacker = keyPair();
let dir: string;
let original: Doc;

beforeAll(async () => {
  ({ dir } = await runOutput(['01']));
  original = (await buildBundle({ from: dir, key: vendor.privateKey })) as unknown as Doc;
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const check = (doc: Doc, pinned = true): VerifyResult => verifyBundle(doc as unknown as RawBundle, pinned ? { publicKey: vendor.publicKey } : {});
const problems = (r: VerifyResult) => r.problems.map((p) => p.en);

describe('verify: an untouched bundle', () => {
  it('passes with the signer pinned, with no warning', () => {
    const r = check(original);
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.signer).toEqual({ fingerprint: vendor.fingerprint, pinned: true });
  });

  it('passes unpinned, warning that the signer is not pinned', () => {
    const r = check(original, false);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.en)).toEqual(['the signer is not pinned (give --public-key with the key you expect)']);
    expect(r.warnings[0]!.ja).toMatch(/署名者が固定されていません/);
  });

  it('holds every report file, each with its size and SHA-256 in the manifest', () => {
    expect(Object.keys(original.files).sort()).toEqual(['junit.xml', 'report.html', 'report.json', 'summary.md', 'verdicts.csv']);
    expect(original.manifest.files.map((f) => f.path)).toEqual(['junit.xml', 'report.html', 'report.json', 'summary.md', 'verdicts.csv']);
    expect(original.manifest).toMatchObject({ edition: '2.1', kit: { version: '0.1.0' }, product: { name: 'hogo-kit reference server', build: 'in-memory' }, overall: { conformant: true } });
  });
});

describe('verify: tampering', () => {
  it('a byte of a report changed', () => {
    const doc = clone(original);
    const text = doc.files['summary.md']!;
    doc.files['summary.md'] = `${text.slice(0, 10)}${text[10] === 'x' ? 'y' : 'x'}${text.slice(11)}`;
    const r = check(doc);
    expect(problems(r)).toEqual(['file summary.md digest differs']);
    expect(r.problems[0]!.ja).toBe('ファイル summary.md の SHA-256 ダイジェストが一致しません');
    expect(r.ok).toBe(false);
  });

  it('a file removed', () => {
    const doc = clone(original);
    delete doc.files['junit.xml'];
    expect(problems(check(doc))).toEqual(['file junit.xml listed in the manifest is missing']);
  });

  it('a file added', () => {
    const doc = clone(original);
    doc.files['notes.txt'] = 'trust me';
    expect(problems(check(doc))).toEqual(['file notes.txt is not in the manifest']);
  });

  it('the manifest edited (a digest replaced to match an edited file)', () => {
    const doc = clone(original);
    doc.files['summary.md'] = `${doc.files['summary.md']!}\n追記\n`;
    const bytes = Buffer.from(doc.files['summary.md']!, 'utf8');
    const entry = doc.manifest.files.find((f) => f.path === 'summary.md')!;
    entry.size = bytes.length;
    entry.sha256 = resign(doc, vendor).manifest.files.find((f) => f.path === 'summary.md')!.sha256;
    expect(problems(check(doc))).toEqual(['signature invalid (the manifest was changed, or another key signed it)']);
  });

  it('the manifest edited (the recorded overall verdict)', () => {
    const doc = clone(original);
    (doc.manifest.overall as { conformant: boolean }).conformant = false;
    expect(problems(check(doc))).toEqual([
      'signature invalid (the manifest was changed, or another key signed it)',
      'manifest overall.conformant false differs from report.json true',
    ]);
  });

  it('a signature made by another key over the same manifest', () => {
    const forged = resign(original, attacker);
    const doc = clone(original);
    doc.signature = forged.signature;
    expect(problems(check(doc))).toEqual(['signature invalid (the manifest was changed, or another key signed it)']);
  });

  it('--public-key that is not the signer', () => {
    const other = keyPair();
    const r = verifyBundle(original as unknown as RawBundle, { publicKey: other.publicKey });
    expect(problems(r)).toEqual([`signer's public key ${vendor.fingerprint} differs from --public-key ${other.fingerprint}`]);
  });

  it('a check status flipped, digests recomputed and re-signed by an attacker: caught by pinning', () => {
    const edited = editReport(original, (report) => {
      const result = report.checks.find((c) => c.status === 'pass')!;
      result.status = 'fail';
    });
    const doc = resign(edited, attacker);
    const pinned = problems(check(doc));
    expect(pinned).toContain(`signer's public key ${attacker.fingerprint} differs from --public-key ${vendor.fingerprint}`);
    expect(pinned).not.toContain('signature invalid (the manifest was changed, or another key signed it)');
  });

  it('with the signer’s own key (simulated): a recorded verdict that no longer follows from the checks', () => {
    // Take a check that passed and verifies only mandatory requirements recorded met; make it fail (in the results
    // and in each requirement's copy) but leave every verdict and the summary as they were.
    let failed = '';
    let verifies: string[] = [];
    const edited = editReport(original, (report) => {
      const candidates = report.checks.filter((c) => c.status === 'pass').map((c) => ({ c, reqs: report.requirements.filter((q) => q.checks.some((x) => x.id === c.checkId)) }));
      const pick = candidates.find(({ reqs }) => reqs.length > 0 && reqs.every((q) => q.class === 'mandatory' && q.verdict === 'met'))!;
      failed = pick.c.checkId;
      verifies = pick.reqs.map((q) => q.id);
      pick.c.status = 'fail';
      for (const q of pick.reqs) q.checks.find((x) => x.id === failed)!.status = 'fail';
    });
    const r = check(resign(edited, vendor));
    expect(failed).not.toBe('');
    expect(problems(r).sort()).toEqual([
      ...verifies.map((id) => `requirement ${id} recorded met, recomputed not-met`),
      'overall verdict recorded conformant, recomputed not conformant',
      'the mandatory tally differs from the recomputed one',
    ].sort());
    expect(r.problems.find((p) => p.code === 'requirement-verdict-differs')!.ja).toBe(`要件 ${verifies[0]} の判定が一致しません: 記録 ○ 適合、再計算 × 不適合`);
  });

  it('with the signer’s own key: a verdict edited with the checks left as they were', () => {
    let id = '';
    const edited = editReport(original, (report) => {
      const q = report.requirements.find((x) => x.verdict === 'met' && x.checks.length > 0)!;
      id = q.id;
      q.verdict = 'not-met';
    });
    expect(problems(check(resign(edited, vendor)))).toEqual([`requirement ${id} recorded not-met, recomputed met`]);
  });

  it('with the signer’s own key: a failing check left off a requirement’s list', () => {
    let id = '';
    let dropped = '';
    const edited = editReport(original, (report) => {
      const q = report.requirements.find((x) => x.checks.length > 1)!;
      id = q.id;
      dropped = q.checks.pop()!.id;
    });
    expect(problems(check(resign(edited, vendor)))).toEqual([`requirement ${id} check list differs (missing: ${dropped}; extra: none)`]);
  });

  it('with the signer’s own key: an unredacted 個人番号 in a report', () => {
    const doc = clone(original);
    doc.files['summary.md'] = `${doc.files['summary.md']!}\n個人番号 123456789012\n`;
    expect(problems(check(resign(doc, vendor)))).toEqual(['file summary.md holds an unredacted token or 12-digit number']);
  });
});
