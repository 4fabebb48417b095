import type { CommandRegistrar } from '../command-context';
import { registerBackup } from './backup.command';
import { registerBpmn } from './bpmn.command';
import { registerExport } from './export.command';
import { registerRebuild } from './rebuild.command';
import { registerReplay } from './replay.command';
import { registerSeed } from './seed.command';
import { registerServe } from './serve.command';
import { registerTokenCommand } from './token.command';
import { registerVerify } from './verify.command';

/** Every subcommand of `samsyn`. Add one by writing `<name>.command.ts` and listing it here. */
export const COMMANDS: CommandRegistrar[] = [registerVerify, registerReplay, registerRebuild, registerExport, registerSeed, registerServe, registerTokenCommand, registerBpmn, registerBackup];
