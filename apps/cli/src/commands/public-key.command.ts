import { publicKeyPem } from '@samsyn/audit-proofs';
import { globalFlags, type CommandRegistrar } from '../command-context';
import { signingKey } from '../audit-support';
import { openSink } from '../output';
import { storeSettings } from '../store-options';

/** `samsyn public-key`: the PEM an auditor checks signed heads with. */
export const registerPublicKey: CommandRegistrar = (program, io) => {
  program
    .command('public-key')
    .description('print the Ed25519 public key that signs tree heads (PEM)')
    .option('--out <file>', 'write it to a file instead of stdout')
    .action(async (opts: { out?: string }, cmd) => {
      const key = signingKey(io, storeSettings(globalFlags(cmd), io).dataDir);
      const sink = await openSink(io, opts.out);
      await sink.write(publicKeyPem(key.publicKey));
      await sink.close();
    });
};
