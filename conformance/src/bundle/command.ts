/**
 * The CLI commands of evidence bundles — keygen, bundle, verify — and the `run --bundle --key` step, registered on
 * the hogo-conformance program by cli.ts. Exit codes: 0 all holds, 1 something does not match (verify), 2 usage
 * error or unreadable file (thrown as UsageError, which the CLI reports).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { KeyObject } from 'node:crypto';
import type { Command } from 'commander';
import { loadConfig, tokensFrom } from '../config.ts';
import { UsageError } from '../engine/plan.ts';
import { generateKeyFiles, KEY_VARIABLE, publicKeyFrom, signingKey } from './keys.ts';
import { readBundle } from './read.ts';
import { verifyBundle, type VerifyResult } from './verify.ts';
import { writeBundle } from './write.ts';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const overallText = (conformant: boolean | undefined) => (conformant === undefined ? '不明 / unknown' : conformant ? '適合 / conformant' : '不適合 / not conformant');

/** Adds keygen, bundle and verify to the program; `done` receives each command's exit code. */
export function registerBundleCommands(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('keygen')
    .description('署名鍵の生成 / writes an Ed25519 key pair for signing evidence bundles: <prefix>.key (PKCS#8, 0600) and <prefix>.pub (SPKI)')
    .requiredOption('--out <prefix>', 'path prefix of the key files (never overwritten)')
    .action(async (flags: { out: string }) => {
      const keys = await generateKeyFiles(flags.out);
      io.out(`秘密鍵 / private key: ${keys.privateKey} (0600 — 他人に渡さないでください / keep it secret)`);
      io.out(`公開鍵 / public key: ${keys.publicKey} (検証する自治体へ渡してください / give it to whoever verifies)`);
      io.out(`フィンガープリント / fingerprint: ${keys.fingerprint}`);
      done(0);
    });

  program
    .command('bundle')
    .description('証跡バンドルの作成 / one signed file holding a run: reports, every request and response, verdicts, manifest')
    .requiredOption('--from <dir>', 'the run output directory (with report.json)')
    .requiredOption('--out <file>', 'the bundle file to write (gzip of JSON, e.g. evidence.hogo-bundle.json.gz)')
    .option('--key <file>', `Ed25519 private key (PKCS#8 PEM); default: the PEM text in ${KEY_VARIABLE}`)
    .option('--config <file>', 'config whose tokens are also masked (default: hogo.config.json when present; HOGO_TOKEN_<ROLE> too)')
    .action(async (flags: { from: string; out: string; key?: string; config?: string }) => {
      const key = await signingKey(flags.key);
      const configPath = flags.config ?? (existsSync('hogo.config.json') ? 'hogo.config.json' : undefined);
      const secrets = Object.values(tokensFrom(await loadConfig(configPath), process.env));
      const manifest = await writeBundle({ from: flags.from, out: flags.out, key, secrets });
      io.out(bundleLine(flags.out, manifest.files.length, manifest.publicKey.fingerprint, manifest.overall.conformant));
      done(0);
    });

  program
    .command('verify <file>')
    .description('証跡バンドルの検証（オフライン） / offline: signature, digests, redaction, and every verdict recomputed; exit 0 all holds, 1 a mismatch, 2 unreadable')
    .option('--public-key <file>', 'the public key (SPKI PEM) the signer must hold')
    .option('--json', 'the result as JSON on stdout')
    .action(async (file: string, flags: { publicKey?: string; json?: boolean }) => {
      const publicKey = flags.publicKey === undefined ? undefined : publicKeyFrom(await readText(flags.publicKey), flags.publicKey);
      const result = verifyBundle(await readBundle(file), { ...(publicKey && { publicKey }) });
      if (flags.json) io.out(JSON.stringify(jsonOf(file, result), null, 2));
      else for (const line of verifyLines(file, result)) io.out(line);
      done(result.ok ? 0 : 1);
    });
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path} を読めません / cannot read ${path}: ${(error as Error).message}`);
  }
}

function bundleLine(out: string, files: number, fingerprint: string, conformant: boolean): string {
  return `証跡バンドル / evidence bundle: ${out} — ${files} ファイル files — 署名者 signer ${fingerprint} — 総合判定 overall ${overallText(conformant)}`;
}

/** The signing key of `run --bundle`, found before the target is touched (none asked: undefined). */
export async function runBundleKey(flags: { bundle?: string; key?: string }, formats: readonly string[]): Promise<KeyObject | undefined> {
  if (flags.bundle === undefined) {
    if (flags.key !== undefined) throw new UsageError('--key は --bundle と共に指定してください / --key needs --bundle');
    return undefined;
  }
  if (!formats.includes('json')) throw new UsageError('--bundle には json レポートが必要です（--report に json を含めてください） / --bundle needs the json report (include json in --report)');
  return signingKey(flags.key);
}

/** After a run wrote its reports: the bundle of the files it wrote, masking the run's tokens too; answers the line to print. */
export async function writeRunBundle(file: string, key: KeyObject, outDir: string, written: readonly string[], tokens: Record<string, string>): Promise<string> {
  const manifest = await writeBundle({ from: outDir, out: file, key, only: written, secrets: Object.values(tokens) });
  return bundleLine(file, manifest.files.length, manifest.publicKey.fingerprint, manifest.overall.conformant);
}

function jsonOf(file: string, r: VerifyResult) {
  const m = r.manifest;
  return {
    file,
    ok: r.ok,
    signer: r.signer,
    ...(m && { recorded: { createdAt: m.createdAt, kit: m.kit, edition: m.edition, product: m.product, overall: m.overall } }),
    problems: r.problems,
    warnings: r.warnings,
  };
}

/** The verify report for a person: what was checked, each warning and each mismatch, then the result. */
export function verifyLines(file: string, r: VerifyResult): string[] {
  const m = r.manifest;
  const p = m?.product;
  const lines = [`証跡バンドルの検証 / evidence bundle verification: ${file}`];
  lines.push(`  製品 / product: ${p ? `${p.name} ${p.version} (${p.build}) — ${p.vendor}` : '宣言なし / not declared'}`);
  lines.push(`  版 / edition: ${m?.edition ?? '?'} — キット / kit: ${m?.kit?.version ?? '?'} — 作成 / created: ${m?.createdAt ?? '?'}`);
  lines.push(`  記録された総合判定 / recorded overall: ${overallText(m?.overall?.conformant)}`);
  lines.push(`  署名者 / signer: ${r.signer.fingerprint ?? '?'} — ${r.signer.pinned ? '固定 / pinned' : '未固定 / not pinned'}`);
  lines.push(`  ファイル / files: ${Array.isArray(m?.files) ? m.files.length : '?'}`);
  for (const w of r.warnings) lines.push(`! 警告 / warning: ${w.ja} / ${w.en}`);
  for (const x of r.problems) lines.push(`× ${x.ja} / ${x.en}`);
  lines.push(r.ok ? '検証成功: すべて一致しました / verified: everything holds' : `検証失敗: ${r.problems.length} 件の不一致 / NOT verified: ${r.problems.length} problem(s)`);
  return lines;
}
