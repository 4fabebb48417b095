import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { GetProcessRevisionsQuery } from './get-process-revisions.query';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProcessRevisionSummaryResponse } from '../../processes.response';

@ApiTags('processes')
@ApiBearerAuth()
@CachedRead()
@Controller('processes')
export class GetProcessRevisionsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/revisions')
  @ApiOperation({ summary: "A process's revisions with the proposal behind each" })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer([ProcessRevisionSummaryResponse], { description: "A process's revisions with the proposal behind each" })
  @ApiReadErrors({ notFound: true })
  getProcessRevisions(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetProcessRevisionsQuery(id, toAsOf(query)));
  }
}
