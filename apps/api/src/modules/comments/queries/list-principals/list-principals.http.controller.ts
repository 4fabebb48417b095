import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { answerPage } from '../../../../infrastructure/http/paging/paging';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ListPrincipalsQuery } from './list-principals.query-handler';
import { ListPrincipalsRequestDto } from './list-principals.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { KnownPrincipalResponse } from '../../comments.response';

@ApiTags('comments')
@ApiBearerAuth()
@CachedRead()
@Controller('principals')
export class ListPrincipalsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @ApiOperation({ summary: 'The principals the log knows (body members, owners, submitters, reviewers, recipients, commenters): who an @mention can name' })
  @ApiReadAnswer([KnownPrincipalResponse], { paged: true, description: '[{id, since}] by id' })
  @ApiReadErrors()
  async list(@Query() query: ListPrincipalsRequestDto, @Res({ passthrough: true }) res: Response): Promise<unknown[]> {
    return answerPage(res, query, (await this.queryBus.execute(new ListPrincipalsQuery(query.prefix, toAsOf(query)))) as unknown[]);
  }
}
