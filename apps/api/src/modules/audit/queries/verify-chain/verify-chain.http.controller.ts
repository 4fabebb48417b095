import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ChainVerification } from '@samsyn/event-store';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { VerifyChainQuery } from './verify-chain.query-handler';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ChainVerificationResponse } from '../../audit.response';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class VerifyChainHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('verify')
  @RequireAnyRole('auditor', 'admin')
  @ApiOperation({ summary: 'Walk the hash chain: {ok, checked, headPosition, headHash, brokenAt?} (auditor or admin)' })
  @ApiReadAnswer(ChainVerificationResponse, { description: 'the verification' })
  @ApiReadErrors({ auditOnly: true })
  verifyChain(): Promise<ChainVerification> {
    return this.queryBus.execute(new VerifyChainQuery());
  }
}
