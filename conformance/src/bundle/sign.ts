/** Ed25519 signatures over the canonical bytes of a manifest (format.ts). */
import { sign, verify, type KeyObject } from 'node:crypto';
import { canonicalBytes, type Manifest } from './format.ts';

/** The signature of a manifest, base64. Ed25519 takes no digest algorithm (null): it hashes internally. */
export function signManifest(manifest: Manifest, privateKey: KeyObject): string {
  return sign(null, canonicalBytes(manifest), privateKey).toString('base64');
}

/** Whether the signature is the key's over the manifest's canonical bytes (a malformed one is simply invalid). */
export function manifestSignatureValid(manifest: unknown, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, canonicalBytes(manifest), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
