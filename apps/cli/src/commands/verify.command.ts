import type { CommandRegistrar } from '../command-context';
import { globalFlags } from '../command-context';
import { progress } from '../cli-io';
import { openStore, storeSettings } from '../store-options';
import { verifyAgainst } from './verify-against';

/** Exit 0 only when the chain is intact end to end; 1 names the first broken position. */
export const registerVerify: CommandRegistrar = (program, io) => {
  program
    .command('verify')
    .description('check the hash chain of every event, end to end')
    .option('--json', 'print the verification as JSON')
    .option('--against <file>', 'also prove that the store extends the signed head(s) in this file (digest, or the heads outlet)')
    .option('--public-key <file>', 'the Ed25519 public key (PEM) the heads must be signed with')
    .action(async (opts: { json?: boolean; against?: string; publicKey?: string }, cmd) => {
      const settings = storeSettings(globalFlags(cmd), io);
      const store = await openStore(settings, true);
      try {
        if (opts.against) return await verifyAgainst(io, store, settings.dataDir, { ...opts, against: opts.against });
        const bar = progress(io, 'verify', 0);
        const r = await store.verifyChain((checked, total) => bar.update(checked, total));
        bar.stop();
        if (opts.json) {
          io.stdout.write(JSON.stringify({ ...r, headPosition: r.headPosition?.toString() ?? null, brokenAt: r.brokenAt?.toString() }) + '\n');
        } else if (r.ok) {
          io.stdout.write(`ok: ${r.checked} events verified, head position ${r.headPosition ?? 'none'}, head hash ${r.headHash ?? 'none'}\n`);
        } else {
          io.stdout.write(`BROKEN at position ${r.brokenAt}: ${r.reason ?? 'hash chain does not verify'} (${r.checked} events checked)\n`);
        }
        if (!r.ok) io.exitCode = 1;
      } finally {
        await store.close();
      }
    });
};
