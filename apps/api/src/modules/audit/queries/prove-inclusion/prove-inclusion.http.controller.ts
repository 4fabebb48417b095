import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ProveInclusionQuery } from './prove-inclusion.query-handler';
import { ProveInclusionRequestDto } from './prove-inclusion.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { InclusionProofResponse } from '../../audit.response';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class ProveInclusionHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('proof/inclusion')
  @RequireAnyRole('auditor', 'admin')
  @ApiOperation({ summary: 'The event at a position and its RFC 9162 audit path in the tree of treeSize (auditor or admin)' })
  @ApiReadAnswer(InclusionProofResponse, { description: '{event, inclusion: {position, leafIndex, treeSize, leafInput, leafHash, proof, rootHash}}' })
  @ApiReadErrors({ auditOnly: true, notFound: true })
  prove(@Query() query: ProveInclusionRequestDto): Promise<unknown> {
    return this.queryBus.execute(new ProveInclusionQuery(BigInt(query.position), query.treeSize === undefined ? undefined : BigInt(query.treeSize)));
  }
}
