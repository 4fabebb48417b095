import { storeProofs } from '@samsyn/audit-proofs';
import { globalFlags, type CommandRegistrar } from '../command-context';
import { provable, signingKey } from '../audit-support';
import { openSink } from '../output';
import { openStore, storeSettings } from '../store-options';

/** `samsyn digest --out head.json`: the signed tree head of the store as it is now, to keep. */
export const registerDigest: CommandRegistrar = (program, io) => {
  program
    .command('digest')
    .description('print (or save) the signed tree head of the store: keep it to verify later with verify --against')
    .option('--out <file>', 'write the head to a file instead of stdout')
    .action(async (opts: { out?: string }, cmd) => {
      const settings = storeSettings(globalFlags(cmd), io);
      const key = signingKey(io, settings.dataDir);
      const store = await openStore(settings, true);
      try {
        const head = await storeProofs(provable(store)).signedHead(key.privateKey, new Date().toISOString());
        const sink = await openSink(io, opts.out);
        await sink.write(JSON.stringify(head, null, 2) + '\n');
        await sink.close();
        if (opts.out) io.stderr.write(`saved the signed head of ${head.treeSize} events (root ${head.rootHash}) to ${opts.out}\n`);
      } finally {
        await store.close();
      }
    });
};
