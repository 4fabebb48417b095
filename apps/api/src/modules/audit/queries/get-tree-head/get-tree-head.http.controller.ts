import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SignedTreeHead } from '@samsyn/audit-proofs';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { GetTreeHeadQuery } from './get-tree-head.query-handler';
import { GetTreeHeadRequestDto } from './get-tree-head.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { SignedTreeHeadResponse } from '../../audit.response';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class GetTreeHeadHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('head')
  @RequireAnyRole('auditor', 'admin')
  @ApiOperation({ summary: 'A signed tree head {treeSize, rootHash, timestamp, signature, keyId}, of the whole store or as of a position (auditor or admin)' })
  @ApiReadAnswer(SignedTreeHeadResponse, { description: 'the signed head' })
  @ApiReadErrors({ auditOnly: true })
  head(@Query() query: GetTreeHeadRequestDto): Promise<SignedTreeHead> {
    return this.queryBus.execute(new GetTreeHeadQuery(query.asOfPosition === undefined ? undefined : BigInt(query.asOfPosition)));
  }
}
