import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { quoteIdent } from '../sql';

/** Test-only helpers: where the test PostgreSQL is, whether it answers, fresh schemas. */
export const TEST_POSTGRES_URL = process.env.SAMSYN_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** In CI (and when asked) an unreachable server fails the run instead of skipping. */
export const POSTGRES_REQUIRED = process.env.SAMSYN_REQUIRE_POSTGRES === '1' || process.env.CI === 'true';

export interface Availability {
  available: boolean;
  reason: string;
}

let probed: Availability | undefined;

/**
 * jest collects describes synchronously, so the probe runs a short child process that connects
 * and runs `SELECT 1`, and waits for it (at most a few seconds) once per test file.
 */
export function probePostgres(url = TEST_POSTGRES_URL): Availability {
  if (probed) return probed;
  const script = `
    const { Client } = require(${JSON.stringify(require.resolve('pg'))});
    const c = new Client({ connectionString: process.env.URL, connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query('SELECT 1')).then(() => c.end()).then(
      () => process.exit(0),
      (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, URL: url }, timeout: 8000, encoding: 'utf8' });
  const where = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  probed =
    r.status === 0
      ? { available: true, reason: '' }
      : { available: false, reason: `PostgreSQL at ${where} is unreachable: ${(r.stderr || r.error?.message || 'timeout').trim()}` };
  return probed;
}

/**
 * Registers `body` as a describe when the server answers. Otherwise: a failing test when the
 * server is required, or a skipped describe whose name carries "[optional]" and the reason
 * (the no-skips reporter lets those through and lists them).
 */
export function describeWithPostgres(name: string, body: () => void): void {
  const { available, reason } = probePostgres();
  if (available) return describe(name, body);
  if (POSTGRES_REQUIRED) {
    describe(name, () => {
      it('needs a reachable PostgreSQL (SAMSYN_REQUIRE_POSTGRES=1 or CI=true)', () => {
        throw new Error(reason);
      });
    });
    return;
  }
  process.stdout.write(`skipping "${name}": ${reason}\n`);
  describe.skip(`${name} [optional] — skipped: ${reason}`, body);
}

/** A schema name no other test run uses. */
export const freshSchemaName = (label = 't'): string => `samsyn_${label}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;

export async function dropSchema(pool: Pool, schema: string): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
}

export const testPool = (max = 10): Pool => {
  const pool = new Pool({ connectionString: TEST_POSTGRES_URL, max });
  pool.on('error', () => undefined);
  return pool;
};
