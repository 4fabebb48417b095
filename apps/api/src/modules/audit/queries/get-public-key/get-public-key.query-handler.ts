import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import { keyIdOf, publicKeyPem } from '@samsyn/audit-proofs';
import { AUDIT_SIGNER, type AuditSigner } from '../../proofs/audit-signer';

export interface PublicKeyView {
  algorithm: 'Ed25519';
  keyId: string;
  /** SPKI PEM: `openssl pkeyutl -verify -pubin -inkey` takes it as it is. */
  publicKey: string;
}

export class GetPublicKeyQuery extends Query<PublicKeyView> {}

@QueryHandler(GetPublicKeyQuery)
export class GetPublicKeyHandler implements IQueryHandler<GetPublicKeyQuery> {
  constructor(@Inject(AUDIT_SIGNER) private readonly signer: AuditSigner) {}

  async execute(): Promise<PublicKeyView> {
    const { publicKey } = this.signer.key();
    return { algorithm: 'Ed25519', keyId: keyIdOf(publicKey), publicKey: publicKeyPem(publicKey) };
  }
}
