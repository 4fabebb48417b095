import { describeFailure, verifyAgainstHeads } from '@samsyn/audit-proofs';
import type { EventStore } from '@samsyn/event-store';
import type { CliContext } from '../command-context';
import { provable, readHeadsFile, readPublicKeyFile, signingKey } from '../audit-support';
import { progress } from '../cli-io';

/**
 * `samsyn verify --against head.json [--public-key key.pem]`: today's store must extend every
 * head in the file (one head, or the JSON Lines of the file outlet). Without --public-key the
 * data directory's key is used, which proves only as much as that directory can be trusted: an
 * auditor passes the key they were given.
 */
export async function verifyAgainst(io: CliContext, store: EventStore, dataDir: string, opts: { against: string; publicKey?: string; json?: boolean }): Promise<void> {
  const heads = readHeadsFile(io, opts.against);
  const publicKey = opts.publicKey ? readPublicKeyFile(io, opts.publicKey) : signingKey(io, dataDir).publicKey;
  if (!opts.publicKey) io.stderr.write('samsyn: no --public-key given: checking the heads with the data directory\'s own key\n');
  const bar = progress(io, 'verify', 0);
  const report = await verifyAgainstHeads(provable(store), heads, publicKey, (n) => bar.update(n));
  bar.stop();
  if (opts.json) {
    io.stdout.write(JSON.stringify(report) + '\n');
  } else if (report.ok) {
    const given = report.heads.filter((h) => h.from === 'given');
    const logged = report.heads.length - given.length;
    io.stdout.write(
      `ok: the store (${report.storeSize} events, root ${report.rootHash}) extends ${given.length === 1 ? 'the signed head' : `all ${given.length} signed heads`} up to size ${given[given.length - 1].treeSize}` +
        `${logged > 0 ? ` and the ${logged} heads it published` : ''}; ${report.chain.checked} events verified\n`,
    );
  } else {
    for (const f of report.failures) io.stdout.write(`FAILED: ${describeFailure(f)}\n`);
  }
  if (!report.ok) io.exitCode = 1;
}
