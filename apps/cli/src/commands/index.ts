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
import { registerDigest } from './digest.command';
import { registerEvidence } from './evidence.command';
import { registerProve } from './prove.command';
import { registerPublicKey } from './public-key.command';

/** Every subcommand of `samsyn`. Add one by writing `<name>.command.ts` and listing it here. */
export const COMMANDS: CommandRegistrar[] = [registerVerify, registerReplay, registerRebuild, registerExport, registerSeed, registerServe, registerTokenCommand, registerBpmn, registerBackup, registerDigest, registerProve, registerPublicKey, registerEvidence];
