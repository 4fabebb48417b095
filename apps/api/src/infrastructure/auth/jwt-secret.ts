import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SECRET_FILE = 'jwt-secret';

export interface LoadedSecret {
  secret: string;
  file: string;
  created: boolean;
}

/**
 * The HS256 secret kept in the data directory when none is configured: generated once (mode 0600)
 * so that the server and `samsyn token` agree without any set-up.
 */
export const loadOrCreateJwtSecret = (dataDir: string): LoadedSecret => {
  const file = path.join(dataDir, SECRET_FILE);
  if (fs.existsSync(file)) {
    const secret = fs.readFileSync(file, 'utf8').trim();
    if (secret.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters`);
    return { secret, file, created: false };
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 }); // like makeDataDir (store-sqlite)
  const secret = randomBytes(48).toString('base64url');
  // 'wx' fails if another process created it meanwhile; then read theirs.
  try {
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateJwtSecret(dataDir);
    throw e;
  }
  return { secret, file, created: true };
};

/** SAMSYN_JWT_SECRET when set, else the data directory's generated secret. */
export const resolveJwtSecret = (configured: string | undefined, dataDir: string): LoadedSecret =>
  configured ? { secret: configured, file: '(SAMSYN_JWT_SECRET)', created: false } : loadOrCreateJwtSecret(dataDir);
