/**
 * Ed25519 keys of a bundle signer: PKCS#8 PEM private key (file mode 0600), SPKI PEM public key, and the
 * fingerprint — SHA-256 of the SPKI DER, written `sha256:<hex>`.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { UsageError } from '../engine/plan.ts';

/** The environment variable that may hold the private key's PEM text instead of --key. */
export const KEY_VARIABLE = 'HOGO_BUNDLE_KEY';

export interface KeyFiles {
  privateKey: string;
  publicKey: string;
  fingerprint: string;
}

/** The fingerprint of a public key: SHA-256 of its SPKI DER. */
export function fingerprintOf(key: KeyObject): string {
  return `sha256:${createHash('sha256').update(spkiDer(key)).digest('hex')}`;
}

export function spkiDer(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' });
}

/** Writes `<prefix>.key` (0600) and `<prefix>.pub`; refuses when either exists. */
export async function generateKeyFiles(prefix: string): Promise<KeyFiles> {
  const files = { privateKey: `${prefix}.key`, publicKey: `${prefix}.pub` };
  const taken = Object.values(files).filter((f) => existsSync(f));
  if (taken.length > 0) throw new UsageError(`鍵ファイルが既にあります（上書きしません） / refusing to overwrite ${taken.join(', ')}`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // 'wx': fails instead of replacing a file that appeared in between.
  await writeFile(files.privateKey, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  await writeFile(files.publicKey, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644, flag: 'wx' });
  return { ...files, fingerprint: fingerprintOf(publicKey) };
}

/** An Ed25519 key of the kind asked for from PEM text; anything else is a usage error. */
function ed25519From(kind: 'private' | 'public', pem: string, where: string): KeyObject {
  const [ja, en] = kind === 'private' ? ['秘密鍵', 'private key'] : ['公開鍵', 'public key'];
  let key: KeyObject;
  try {
    key = kind === 'private' ? createPrivateKey({ key: pem, format: 'pem' }) : createPublicKey({ key: pem, format: 'pem' });
  } catch (error) {
    throw new UsageError(`${ja}を読めません / cannot read the ${en} (${where}): ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new UsageError(`${ja}が Ed25519 ではありません / the ${en} (${where}) is ${key.asymmetricKeyType}, not Ed25519`);
  return key;
}

/** An Ed25519 private key from PEM text; anything else is a usage error. */
export const privateKeyFrom = (pem: string, where: string): KeyObject => ed25519From('private', pem, where);

/** An Ed25519 public key from PEM text (SPKI); throws UsageError when it is not one. */
export const publicKeyFrom = (pem: string, where: string): KeyObject => ed25519From('public', pem, where);

/** The signing key: the --key file, else HOGO_BUNDLE_KEY; neither is a usage error. */
export async function signingKey(path: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<KeyObject> {
  if (path !== undefined) {
    let pem: string;
    try {
      pem = await readFile(path, 'utf8');
    } catch (error) {
      throw new UsageError(`秘密鍵ファイルを読めません / cannot read the key file ${path}: ${(error as Error).message}`);
    }
    return privateKeyFrom(pem, path);
  }
  const pem = env[KEY_VARIABLE];
  if (pem !== undefined && pem.trim() !== '') return privateKeyFrom(pem, KEY_VARIABLE);
  throw new UsageError(`署名鍵がありません: --key <file> 又は ${KEY_VARIABLE} を指定してください / no signing key: give --key <file> or set ${KEY_VARIABLE}`);
}

