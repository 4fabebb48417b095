import type { Command } from 'commander';
import type { CliIo } from './cli-io';

/** What a command gets: where to write, and an exit code it may set (run() returns it). */
export interface CliContext extends CliIo {
  exitCode: number;
}

/** Each subcommand lives in its own file and registers itself (`samsyn token` is the API's). */
export type CommandRegistrar = (program: Command, ctx: CliContext) => void;

/** The options every command shares, declared on the root program. */
export const globalFlags = (cmd: Command): { dataDir?: string; store?: string; projections?: string } => cmd.optsWithGlobals();
