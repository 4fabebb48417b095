import { Module } from '@nestjs/common';
import { ListAuditEventsHandler } from './queries/list-audit-events/list-audit-events.handler';
import { ListAuditEventsHttpController } from './queries/list-audit-events/list-audit-events.http.controller';
import { VerifyChainHandler } from './queries/verify-chain/verify-chain.handler';
import { VerifyChainHttpController } from './queries/verify-chain/verify-chain.http.controller';

@Module({
  controllers: [ListAuditEventsHttpController, VerifyChainHttpController],
  providers: [ListAuditEventsHandler, VerifyChainHandler],
})
export class AuditModule {}
