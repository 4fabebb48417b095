import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { TermResponse } from '../../terms.response';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetTermQuery } from './get-term.query-handler';

@ApiTags('terms')
@ApiBearerAuth()
@CachedRead()
@Controller('terms')
export class GetTermHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'One term with its local synonyms, as GET /terms lists it' })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(TermResponse, { description: 'One term with its local synonyms, as GET /terms lists it' })
  @ApiReadErrors({ notFound: true })
  get(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetTermQuery(id, toAsOf(query)));
  }
}
