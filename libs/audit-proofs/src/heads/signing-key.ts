import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SIGNING_KEY_FILE = 'signing-key.pem';

export interface LoadedSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Where it came from: the file, or `(SAMSYN_SIGNING_KEY)`. */
  source: string;
  created: boolean;
}

const ed25519 = (key: KeyObject, from: string): KeyObject => {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${from} is a ${key.asymmetricKeyType} key; tree heads are signed with Ed25519`);
  return key;
};

/**
 * The Ed25519 key that signs tree heads: SAMSYN_SIGNING_KEY (a PKCS#8 PEM, or the path of one)
 * when set — an operator keeps it away from the data directory so that whoever can write the
 * store cannot sign — else `signing-key.pem` in the data directory, generated once (mode 0600).
 */
export function loadOrCreateSigningKey(dataDir: string, configured?: string): LoadedSigningKey {
  if (configured) {
    const pem = configured.includes('-----BEGIN') ? configured : fs.readFileSync(configured, 'utf8');
    const privateKey = ed25519(createPrivateKey(pem), 'SAMSYN_SIGNING_KEY');
    return { privateKey, publicKey: createPublicKey(privateKey), source: '(SAMSYN_SIGNING_KEY)', created: false };
  }
  const file = path.join(dataDir, SIGNING_KEY_FILE);
  if (fs.existsSync(file)) {
    const privateKey = ed25519(createPrivateKey(fs.readFileSync(file, 'utf8')), file);
    return { privateKey, publicKey: createPublicKey(privateKey), source: file, created: false };
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  try {
    // 'wx' fails if another process created it meanwhile; then read theirs.
    fs.writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }) as string, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSigningKey(dataDir);
    throw e;
  }
  return { privateKey, publicKey: createPublicKey(privateKey), source: file, created: true };
}

export const publicKeyPem = (key: KeyObject): string => key.export({ format: 'pem', type: 'spki' }) as string;

/** A public key given to a verifier (PEM text). */
export const readPublicKey = (pem: string): KeyObject => ed25519(createPublicKey(pem), 'the public key');
