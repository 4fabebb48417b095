import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { keyIdOf, publicKeyPem } from '@samsyn/audit-proofs';
import { AUDIT_SIGNER, type AuditSigner } from '../../proofs/audit-signer';
import { GetPublicKeyQuery, type PublicKeyView } from './get-public-key.query';

@QueryHandler(GetPublicKeyQuery)
export class GetPublicKeyHandler implements IQueryHandler<GetPublicKeyQuery> {
  constructor(@Inject(AUDIT_SIGNER) private readonly signer: AuditSigner) {}

  async execute(): Promise<PublicKeyView> {
    const { publicKey } = this.signer.key();
    return { algorithm: 'Ed25519', keyId: keyIdOf(publicKey), publicKey: publicKeyPem(publicKey) };
  }
}
