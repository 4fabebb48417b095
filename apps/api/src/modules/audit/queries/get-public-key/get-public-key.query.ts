import { Query } from '@nestjs/cqrs';

export interface PublicKeyView {
  algorithm: 'Ed25519';
  keyId: string;
  /** SPKI PEM: `openssl pkeyutl -verify -pubin -inkey` takes it as it is. */
  publicKey: string;
}

export class GetPublicKeyQuery extends Query<PublicKeyView> {}
