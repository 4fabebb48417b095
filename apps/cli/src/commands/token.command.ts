import * as path from 'node:path';
import type { Command } from 'commander';
import type { Role } from '@samsyn/domain/shared';
import { resolveJwtSecret } from '../../../api/src/infrastructure/auth/jwt-secret';
import { parseRoleSpec } from '../../../api/src/infrastructure/auth/principal-claims';
import { signHs256Token } from '../../../api/src/infrastructure/auth/token-verifier';

export interface TokenOptions {
  sub: string;
  name?: string;
  role: string[];
  expiresIn: string;
  dataDir: string;
  secret?: string;
}

/** Signs with SAMSYN_JWT_SECRET, else the secret the server generated in the data directory (created if missing). */
export const mintToken = async (o: TokenOptions): Promise<string> => {
  const roles: Role[] = o.role.map(parseRoleSpec);
  const { secret } = resolveJwtSecret(o.secret, path.resolve(o.dataDir));
  return signHs256Token({ sub: o.sub, name: o.name ?? o.sub, roles }, secret, o.expiresIn);
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
    .option('--expires-in <span>', 'lifetime, e.g. 12h, 30d', '12h')
    .option('--data-dir <dir>', 'data directory of the server (env SAMSYN_DATA_DIR)')
    .action(async (opts: { sub: string; name?: string; role: string[]; expiresIn: string; dataDir?: string }, cmd: Command) => {
      const dataDir = opts.dataDir ?? (cmd.optsWithGlobals() as { dataDir?: string }).dataDir ?? process.env.SAMSYN_DATA_DIR ?? './data';
      const token = await mintToken({ ...opts, dataDir, secret: process.env.SAMSYN_JWT_SECRET || undefined });
      (ctx?.stdout ?? process.stdout).write(token + '\n');
    });
}
