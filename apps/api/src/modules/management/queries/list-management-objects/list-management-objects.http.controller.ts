import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { answerPage } from '../../../../infrastructure/http/paging/paging';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ListManagementObjectsQuery } from './list-management-objects.query-handler';
import { ListManagementObjectsRequestDto } from './list-management-objects.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ManagementObjectResponse } from '../../management.response';

@ApiTags('management')
@ApiBearerAuth()
@CachedRead()
@Controller('management-objects')
export class ListManagementObjectsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('')
  @ApiOperation({ summary: 'The management objects with their systems, processes, body, roles and plan years; `body` keeps those of its area' })
  @ApiReadAnswer([ManagementObjectResponse], { paged: true, description: '[{id, name, systems, processes, body, roles, planYears, registeredAt, updatedAt}]' })
  @ApiReadErrors()
  async list(@Query() query: ListManagementObjectsRequestDto, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    return answerPage(res, query, (await this.queryBus.execute(new ListManagementObjectsQuery(query.body, toAsOf(query)))) as unknown[]);
  }
}
