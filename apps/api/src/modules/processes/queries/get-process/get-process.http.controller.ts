import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { GetProcessQuery } from './get-process.query-handler';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CatalogueEntryResponse } from '../../processes.response';

@ApiTags('processes')
@ApiBearerAuth()
@CachedRead()
@Controller('processes')
export class GetProcessHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: "One catalogue entry (ETag: <process stream revision>-<body digest>)" })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(CatalogueEntryResponse, { description: "One catalogue entry (ETag: <process stream revision>-<body digest>)" })
  @ApiReadErrors({ notFound: true })
  getProcess(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetProcessQuery(id, toAsOf(query)));
  }
}
