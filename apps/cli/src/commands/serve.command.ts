import { configFromEnv } from '../../../api/src/infrastructure/config/api-config';
import { globalFlags, type CommandRegistrar } from '../command-context';
import { CliError } from '../cli-io';

/** `samsyn serve`: the server of `npm start`, its settings as flags (docs/api.md "Running the server"). */
export const registerServe: CommandRegistrar = (program, io) => {
  program
    .command('serve')
    .description('serve the HTTP API (same settings as npm start; flags override SAMSYN_* variables)')
    .option('--port <port>', 'HTTP port (env PORT, default 3000)')
    .option('--host <address>', 'interface to listen on (env HOST, default every interface; 127.0.0.1 for this machine only)')
    .option('--postgres-url <url>', 'PostgreSQL connection string (env SAMSYN_POSTGRES_URL)')
    .option('--eventstore-url <url>', 'EventStoreDB connection string (env EVENTSTORE_URL)')
    .option('--no-demo', 'start empty instead of loading the demo into an empty store (env SAMSYN_DEMO=0)')
    .option('--jwt-secret <secret>', 'HS256 secret (env SAMSYN_JWT_SECRET)')
    .option('--jwks-url <url>', 'identity provider keys (env SAMSYN_JWKS_URL)')
    .action(async (opts: { port?: string; host?: string; postgresUrl?: string; eventstoreUrl?: string; demo: boolean; jwtSecret?: string; jwksUrl?: string }, cmd) => {
      const flags = globalFlags(cmd);
      const env: Record<string, string | undefined> = { ...io.env };
      const set = (name: string, value: string | undefined) => {
        if (value !== undefined) env[name] = value;
      };
      set('PORT', opts.port);
      set('HOST', opts.host);
      set('SAMSYN_DATA_DIR', flags.dataDir);
      set('SAMSYN_STORE', flags.store);
      set('SAMSYN_POSTGRES_URL', opts.postgresUrl);
      set('EVENTSTORE_URL', opts.eventstoreUrl);
      set('SAMSYN_JWT_SECRET', opts.jwtSecret);
      set('SAMSYN_JWKS_URL', opts.jwksUrl);
      if (!opts.demo) env.SAMSYN_DEMO = '0';
      let config;
      try {
        config = configFromEnv(env as NodeJS.ProcessEnv);
      } catch (e) {
        throw new CliError((e as Error).message);
      }
      // Loaded on demand: the auditor's commands should not pay for NestJS.
      const { serve } = await import('../../../api/src/main');
      await serve(config);
    });
};
