import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { ListTermsQuery } from './list-terms.query';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { TermResponse } from '../../terms.response';

@ApiTags('terms')
@ApiBearerAuth()
@CachedRead()
@Controller('terms')
export class ListTermsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @ApiOperation({ summary: "The common nomenclature with local synonyms" })
  @ApiReadAnswer([TermResponse], { description: "The common nomenclature with local synonyms" })
  @ApiReadErrors()
  listTerms(@Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new ListTermsQuery(toAsOf(query)));
  }
}
