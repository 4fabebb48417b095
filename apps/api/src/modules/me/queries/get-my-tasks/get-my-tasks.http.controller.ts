import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { answerPage } from '../../../../infrastructure/http/paging/paging';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import type { MyTasks } from '@samsyn/projections/my-work/my-tasks';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiError, ApiErrorCodes } from '../../../../infrastructure/errors/api-error';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import type { SamsynRequest } from '../../../../infrastructure/http/samsyn-request';
import { GetMyTasksQuery } from './get-my-tasks.query-handler';
import { GetMyTasksRequestDto } from './get-my-tasks.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { MyTasksResponse } from '../../me.response';

// Not a @CachedRead: the answer is the signed-in principal's own, and the cache keys by URL.
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class GetMyTasksHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('tasks')
  @ApiOperation({ summary: "The signed-in principal's tasks: reviews, decisions, its own proposals, adoptions; counts per kind" })
  @ApiReadAnswer(MyTasksResponse, { paged: true, description: '{principal, counts, total, tasks: [{kind, resource, link, why: {code, sv, en}, since, …}]}' })
  @ApiReadErrors()
  async getMyTasks(@Query() query: GetMyTasksRequestDto, @Req() req: SamsynRequest, @Res({ passthrough: true }) res: Response): Promise<MyTasks> {
    if (!req.principal) throw new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, 'a bearer token is required');
    const seenUpTo = query.seenUpTo === undefined ? undefined : BigInt(query.seenUpTo);
    return answerPage(res, query, await this.queryBus.execute(new GetMyTasksQuery(req.principal, seenUpTo, toAsOf(query))), 'tasks');
  }
}
