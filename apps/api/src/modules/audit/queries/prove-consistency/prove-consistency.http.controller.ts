import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ConsistencyProof } from '@samsyn/audit-proofs';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ProveConsistencyQuery } from './prove-consistency.query-handler';
import { ProveConsistencyRequestDto } from './prove-consistency.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ConsistencyProofResponse } from '../../audit.response';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class ProveConsistencyHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('proof/consistency')
  @RequireAnyRole('auditor', 'admin')
  @ApiOperation({ summary: 'RFC 9162 proof that the tree of size `to` extends the tree of size `from` (auditor or admin)' })
  @ApiReadAnswer(ConsistencyProofResponse, { description: '{from, to, fromRoot, toRoot, proof}' })
  @ApiReadErrors({ auditOnly: true })
  prove(@Query() query: ProveConsistencyRequestDto): Promise<ConsistencyProof> {
    return this.queryBus.execute(new ProveConsistencyQuery(BigInt(query.from), BigInt(query.to)));
  }
}
