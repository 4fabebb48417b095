import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { PositiveIntPipe } from '../../../../infrastructure/http/positive-int.pipe';
import { GetProcessRevisionQuery } from './get-process-revision.query-handler';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProcessRevisionResponse } from '../../processes.response';

@ApiTags('processes')
@ApiBearerAuth()
@CachedRead()
@Controller('processes')
export class GetProcessRevisionHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/revisions/:n')
  @ApiOperation({ summary: "That revision's definition" })
  @ApiParam({ name: 'id' })
  @ApiParam({ name: 'n', description: 'revision number, from 1' })
  @ApiReadAnswer(ProcessRevisionResponse, { description: "the revision's definition" })
  @ApiReadErrors({ notFound: true })
  getProcessRevision(@Param('id') id: string, @Param('n', PositiveIntPipe) n: number, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetProcessRevisionQuery(id, n, toAsOf(query)));
  }
}
