import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { GetProcessDiffQuery } from './get-process-diff.query-handler';
import { GetProcessDiffRequestDto } from './get-process-diff.request.dto';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProcessDiffResponse } from '../../processes.response';

@ApiTags('processes')
@ApiBearerAuth()
@CachedRead()
@Controller('processes')
export class GetProcessDiffHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/diff')
  @ApiOperation({ summary: 'Steps and handovers added, removed and changed between two revisions' })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(ProcessDiffResponse, { description: 'the structural diff' })
  @ApiReadErrors({ notFound: true })
  getProcessDiff(@Param('id') id: string, @Query() query: GetProcessDiffRequestDto): Promise<unknown> {
    return this.queryBus.execute(new GetProcessDiffQuery(id, Number(query.from), Number(query.to), toAsOf(query)));
  }
}
