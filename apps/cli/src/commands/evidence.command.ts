import { gatherEvidence, renderEvidenceHtml } from '@samsyn/audit-proofs';
import { globalFlags, type CommandRegistrar } from '../command-context';
import { parseAsOf } from '../as-of';
import { provable, signingKey } from '../audit-support';
import { CliError } from '../cli-io';
import { openSink } from '../output';
import { openStore, storeSettings } from '../store-options';

/** `samsyn evidence <process> [--as-of] [--out pack.html]`: the process's whole story with its proofs. */
export const registerEvidence: CommandRegistrar = (program, io) => {
  program
    .command('evidence <process>')
    .description('write the evidence pack of a process (HTML that prints well): its whole story, each entry with its inclusion proof against a signed head')
    .option('--as-of <instant|position>', 'the story up to an ISO-8601 instant or a global position')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (processId: string, opts: { asOf?: string; out?: string }, cmd) => {
      const asOf = opts.asOf === undefined ? undefined : parseAsOf(opts.asOf);
      const settings = storeSettings(globalFlags(cmd), io);
      const key = signingKey(io, settings.dataDir);
      const store = await openStore(settings, true);
      try {
        const pack = await gatherEvidence(provable(store), processId, { asOf, privateKey: key.privateKey, publicKey: key.publicKey, now: new Date().toISOString() }).catch((e: Error & { code?: string }) => {
          throw e.code ? new CliError(e.message) : e;
        });
        if (!pack) throw new CliError(`no process ${processId}${opts.asOf ? ` as of ${opts.asOf}` : ''}`);
        const sink = await openSink(io, opts.out);
        await sink.write(renderEvidenceHtml(pack));
        await sink.close();
        if (opts.out) io.stderr.write(`wrote the evidence pack of ${processId} (${pack.entries.length} entries, signed head of ${pack.head.treeSize}) to ${opts.out}\n`);
      } finally {
        await store.close();
      }
    });
};
