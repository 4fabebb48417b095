import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { GetCatalogueQuery } from './get-catalogue.query';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';

@ApiTags('processes')
@ApiBearerAuth()
@CachedRead()
@Controller('catalogue')
export class GetCatalogueHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @ApiOperation({ summary: "The harmonized process catalogue" })
  @ApiOkResponse({ description: "The harmonized process catalogue" })
  @ApiReadErrors()
  getCatalogue(@Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetCatalogueQuery(toAsOf(query)));
  }
}
