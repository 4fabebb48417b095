import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { decimal, freeForm, nullableString } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: the audit routes' answers (docs/api.md "Reads", docs/audit-proofs.md). */
export class EventMetadataSchema {
  @ApiProperty() actor: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiPropertyOptional() correlationId?: string;
  @ApiPropertyOptional() causationId?: string;
}

/** One stored event with its place in the hash chain. */
export class AuditEventResponse {
  @ApiProperty(decimal) position: string;
  @ApiProperty({ example: 'process-LF-01' }) streamId: string;
  @ApiProperty({ ...decimal, description: 'the event\'s revision in its stream (from 0)' }) revision: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ProposalSubmitted' }) type: string;
  @ApiProperty() schemaVersion: number;
  @ApiProperty({ ...freeForm, description: 'the event\'s data, as its type defines it (libs/domain)' }) data: Record<string, unknown>;
  @ApiProperty({ type: EventMetadataSchema }) metadata: EventMetadataSchema;
  @ApiProperty({ description: 'sha-256 hex' }) hash: string;
  @ApiProperty({ description: 'the previous event\'s hash' }) previousHash: string;
}

/** GET /audit/events: a page of events, oldest first. */
export class AuditEventsPageResponse {
  @ApiProperty({ type: [AuditEventResponse] }) events: AuditEventResponse[];
  @ApiProperty({ ...nullableString, description: 'pass as ?after= for the next page; null at the end' }) nextAfter: string | null;
}

/** GET /audit/verify. */
export class ChainVerificationResponse {
  @ApiProperty() ok: boolean;
  @ApiProperty() checked: number;
  @ApiProperty({ ...decimal, nullable: true }) headPosition: string | null;
  @ApiProperty(nullableString) headHash: string | null;
  @ApiPropertyOptional({ ...decimal, description: 'the first event whose hash or link does not verify' }) brokenAt?: string;
  @ApiPropertyOptional() reason?: string;
}

/** GET /audit/public-key. */
export class PublicKeyResponse {
  @ApiProperty({ example: 'Ed25519' }) algorithm: string;
  @ApiProperty({ description: 'sha-256 hex of the raw public key' }) keyId: string;
  @ApiProperty({ description: 'PEM (SPKI)' }) publicKey: string;
}

/** GET /audit/head: an Ed25519-signed tree head (RFC 9162). */
export class SignedTreeHeadResponse {
  @ApiProperty() treeSize: number;
  @ApiProperty() rootHash: string;
  @ApiProperty({ format: 'date-time' }) timestamp: string;
  @ApiProperty({ description: 'base64 Ed25519 signature' }) signature: string;
  @ApiProperty() keyId: string;
}

export class InclusionSchema {
  @ApiProperty(decimal) position: string;
  @ApiProperty() leafIndex: number;
  @ApiProperty() treeSize: number;
  @ApiProperty() leafInput: string;
  @ApiProperty() leafHash: string;
  @ApiProperty({ type: [String] }) proof: string[];
  @ApiProperty() rootHash: string;
}

/** GET /audit/proof/inclusion. */
export class InclusionProofResponse {
  @ApiProperty({ type: AuditEventResponse }) event: AuditEventResponse;
  @ApiProperty({ type: InclusionSchema }) inclusion: InclusionSchema;
}

/** GET /audit/proof/consistency. */
export class ConsistencyProofResponse {
  @ApiProperty() from: number;
  @ApiProperty() to: number;
  @ApiProperty() fromRoot: string;
  @ApiProperty() toRoot: string;
  @ApiProperty({ type: [String] }) proof: string[];
}
