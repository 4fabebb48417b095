import { loadOrCreateSigningKey, type LoadedSigningKey } from '@samsyn/audit-proofs';

export const AUDIT_SIGNER = Symbol('AuditSigner');

/**
 * The key that signs tree heads, loaded on first use (SAMSYN_SIGNING_KEY, else generated into the
 * data directory, mode 0600), so a server that is never asked for a head creates no key file.
 */
export class AuditSigner {
  private loaded: LoadedSigningKey | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly configured: string | undefined,
  ) {}

  key(): LoadedSigningKey {
    return (this.loaded ??= loadOrCreateSigningKey(this.dataDir, this.configured));
  }
}
