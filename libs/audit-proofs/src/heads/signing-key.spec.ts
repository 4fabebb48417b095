import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headPayload, keyIdOf, parseSignedHead, signHead, verifyHeadSignature } from './signed-head';
import { loadOrCreateSigningKey, publicKeyPem, readPublicKey, SIGNING_KEY_FILE } from './signing-key';

describe('the signing key and signed tree heads', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'samsyn-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is generated once into the data directory, mode 0600, and read back the same', () => {
    const first = loadOrCreateSigningKey(dir);
    expect(first.created).toBe(true);
    expect(statSync(join(dir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    const again = loadOrCreateSigningKey(dir);
    expect(again.created).toBe(false);
    expect(keyIdOf(again.publicKey)).toBe(keyIdOf(first.publicKey));
  });

  it('SAMSYN_SIGNING_KEY (a PEM or its path) wins over the data directory; a key that is not Ed25519 is refused', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    expect(keyIdOf(loadOrCreateSigningKey(dir, pem).publicKey)).toBe(keyIdOf(publicKey));
    writeFileSync(join(dir, 'elsewhere.pem'), pem);
    expect(keyIdOf(loadOrCreateSigningKey(dir, join(dir, 'elsewhere.pem')).publicKey)).toBe(keyIdOf(publicKey));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    expect(() => loadOrCreateSigningKey(dir, rsa)).toThrow(/Ed25519/);
    expect(() => readPublicKey(publicKeyPem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey))).toThrow(/Ed25519/);
  });

  it('signs exactly the documented payload; any changed field or another key fails', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const head = signHead(privateKey, { treeSize: 42, rootHash: 'ab'.repeat(32), timestamp: '2026-03-01T10:00:00.000Z' });
    expect(headPayload(head).toString('utf8')).toBe(`samsyn-tree-head:v1\n42\n${'ab'.repeat(32)}\n2026-03-01T10:00:00.000Z`);
    expect(verifyHeadSignature(publicKey, head)).toBe(true);
    for (const forged of [{ ...head, treeSize: 43 }, { ...head, rootHash: 'cd'.repeat(32) }, { ...head, timestamp: '2026-03-01T10:00:00.001Z' }, { ...head, signature: 'AAAA' }]) {
      expect(verifyHeadSignature(publicKey, forged)).toBe(false);
    }
    expect(verifyHeadSignature(generateKeyPairSync('ed25519').publicKey, head)).toBe(false);
    expect(parseSignedHead({ ...head, rootHash: 'xyz' })).toBe('rootHash must be 64 hex digits');
    expect(parseSignedHead(JSON.parse(JSON.stringify(head)))).toEqual(head);
  });
});
