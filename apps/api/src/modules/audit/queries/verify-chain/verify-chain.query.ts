import { Query } from '@nestjs/cqrs';
import type { ChainVerification } from '@samsyn/event-store';

export class VerifyChainQuery extends Query<ChainVerification> {}
