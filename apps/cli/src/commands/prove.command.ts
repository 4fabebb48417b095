import { storeProofs } from '@samsyn/audit-proofs';
import { globalFlags, type CommandRegistrar } from '../command-context';
import { provable, signingKey, wholeNumber } from '../audit-support';
import { CliError } from '../cli-io';
import { openSink, toJson } from '../output';
import { openStore, storeSettings } from '../store-options';

/**
 * `samsyn prove <position>`: the event, its inclusion proof and the signed head it is proved
 * against — everything a third party needs (docs/verify-proof.py checks it without our code).
 */
export const registerProve: CommandRegistrar = (program, io) => {
  program
    .command('prove <position>')
    .description('print an event with its inclusion proof against a signed tree head')
    .option('--tree-size <n>', 'prove against the tree of this size (default: the whole store)')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (position: string, opts: { treeSize?: string; out?: string }, cmd) => {
      const at = wholeNumber('position', position, 1n);
      const size = opts.treeSize === undefined ? undefined : wholeNumber('--tree-size', opts.treeSize, 1n);
      const settings = storeSettings(globalFlags(cmd), io);
      const key = signingKey(io, settings.dataDir);
      const store = await openStore(settings, true);
      try {
        const proofs = storeProofs(provable(store));
        const { event, proof } = await proofs.inclusion(at, size).catch((e: Error & { code?: string }) => {
          throw e.code ? new CliError(e.message) : e;
        });
        const head = await proofs.signedHead(key.privateKey, new Date().toISOString(), BigInt(proof.treeSize));
        const sink = await openSink(io, opts.out);
        await sink.write(toJson({ event, inclusion: proof, head }) + '\n');
        await sink.close();
      } finally {
        await store.close();
      }
    });
};
