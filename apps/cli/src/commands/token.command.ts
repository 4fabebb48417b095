import * as path from 'node:path';
import type { Command } from 'commander';
import { decodeJwt } from 'jose';
import type { Role } from '@samsyn/domain/shared';
import { resolveJwtSecret } from '../../../api/src/infrastructure/auth/jwt-secret';
import { parseRoleSpec } from '../../../api/src/infrastructure/auth/principal-claims';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, parseDurationSeconds } from '../../../api/src/infrastructure/auth/token-lifetime';
import { signHs256Token } from '../../../api/src/infrastructure/auth/token-verifier';
import { CliError } from '../cli-io';

export interface TokenOptions {
  sub: string;
  name?: string;
  role: string[];
  expiresIn: string;
  dataDir: string;
  secret?: string;
  /** SAMSYN_MAX_TOKEN_LIFETIME's bound: a longer token would only be refused by the server. */
  maxLifetimeSeconds?: number;
}

/** Signs with SAMSYN_JWT_SECRET, else the secret the server generated in the data directory (created if missing). */
export const mintToken = async (o: TokenOptions): Promise<string> => {
  const roles: Role[] = o.role.map(parseRoleSpec);
  const { secret } = resolveJwtSecret(o.secret, path.resolve(o.dataDir));
  let token: string;
  try {
    token = await signHs256Token({ sub: o.sub, name: o.name ?? o.sub, roles }, secret, o.expiresIn);
  } catch (e) {
    throw new CliError(`invalid --expires-in "${o.expiresIn}": ${(e as Error).message}`);
  }
  const max = o.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const claims = decodeJwt(token);
  if (typeof claims.exp === 'number' && typeof claims.iat === 'number' && (claims.exp <= claims.iat || claims.exp - claims.iat > max)) {
    throw new CliError(`--expires-in ${o.expiresIn} must be positive and at most ${max} s (SAMSYN_MAX_TOKEN_LIFETIME): the server refuses longer tokens`);
  }
  return token;
};

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `samsyn token --sub anna --name "Anna" --role reviewer:ksn --role auditor` prints a bearer token. */
export function registerTokenCommand(program: Command, ctx?: { stdout: { write(s: string): unknown } }): Command {
  return program
    .command('token')
    .description('print a bearer token signed with the configured secret (SAMSYN_JWT_SECRET or <data-dir>/jwt-secret)')
    .requiredOption('--sub <id>', 'principal id (the body members list uses it)')
    .option('--name <name>', 'display name')
    .option('--role <role>', 'admin | auditor | reviewer:<stakeholder> | process-owner:<stakeholder> (repeatable)', collect, [] as string[])
    .option('--expires-in <span>', 'lifetime, e.g. 30m, 12h; at most SAMSYN_MAX_TOKEN_LIFETIME (24h)', '12h')
    .option('--data-dir <dir>', 'data directory of the server (env SAMSYN_DATA_DIR)')
    .action(async (opts: { sub: string; name?: string; role: string[]; expiresIn: string; dataDir?: string }, cmd: Command) => {
      const dataDir = opts.dataDir ?? (cmd.optsWithGlobals() as { dataDir?: string }).dataDir ?? process.env.SAMSYN_DATA_DIR ?? './data';
      const max = process.env.SAMSYN_MAX_TOKEN_LIFETIME;
      let maxLifetimeSeconds: number | undefined;
      try {
        maxLifetimeSeconds = max ? parseDurationSeconds(max, 'SAMSYN_MAX_TOKEN_LIFETIME') : undefined;
      } catch (e) {
        throw new CliError((e as Error).message);
      }
      const token = await mintToken({ ...opts, dataDir, secret: process.env.SAMSYN_JWT_SECRET || undefined, maxLifetimeSeconds });
      (ctx?.stdout ?? process.stdout).write(token + '\n');
    });
}
