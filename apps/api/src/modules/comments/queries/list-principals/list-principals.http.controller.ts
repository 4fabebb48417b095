import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { answerPage } from '../../../../infrastructure/http/paging/paging';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ListPrincipalsQuery } from './list-principals.query';
import { ListPrincipalsRequestDto } from './list-principals.request.dto';

@ApiTags('comments')
@ApiBearerAuth()
@CachedRead()
@Controller('principals')
export class ListPrincipalsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @ApiOperation({ summary: 'The principals the log knows (body members, owners, submitters, reviewers, recipients, commenters): who an @mention can name' })
  @ApiOkResponse({ description: '[{id, since}] by id' })
  @ApiReadErrors()
  async list(@Query() query: ListPrincipalsRequestDto, @Res({ passthrough: true }) res: Response): Promise<unknown[]> {
    return answerPage(res, query, (await this.queryBus.execute(new ListPrincipalsQuery(query.prefix, toAsOf(query)))) as unknown[]);
  }
}
