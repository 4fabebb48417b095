import { Command, CommanderError } from 'commander';
import type { CliContext } from './command-context';
import { COMMANDS } from './commands';
import { maskCredentials } from '../../api/src/infrastructure/logging/redaction';
import { CliError, processIo, type CliIo } from './cli-io';

export const buildProgram = (ctx: CliContext): Command => {
  const program = new Command('samsyn')
    .description('Samsyn: event-sourced process harmonization — the auditor\'s tools')
    .option('--data-dir <dir>', 'folder of the embedded store (env SAMSYN_DATA_DIR)', undefined)
    .option('--store <kind>', 'sqlite, postgres or eventstoredb (env SAMSYN_STORE)')
    .option('--projections <file>', 'SQLite file of projection states and snapshots (default <data-dir>/projections.sqlite)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) })
    .showHelpAfterError(false);
  for (const register of COMMANDS) register(program, ctx);
  for (const sub of program.commands) sub.exitOverride().configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) });
  return program;
};

/** Runs one command line in-process and answers its exit code; errors are one line on stderr. */
export const run = async (argv: string[], io: CliIo = processIo()): Promise<number> => {
  const ctx: CliContext = Object.assign(io, { exitCode: 0 });
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2; // commander already printed its one line
    const message = e instanceof CliError ? e.message : e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message.split('\n')[0]}` : String(e);
    // A connection string with credentials can end up in an error's message.
    io.stderr.write(`samsyn: ${maskCredentials(message)}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
};

export const main = async (): Promise<void> => {
  process.exitCode = await run(process.argv.slice(2));
};
