import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId, routeParam } from '../../../../infrastructure/http/represented.decorator';
import { GetManagementPlanQuery } from '../../queries/get-management-plan/get-management-plan.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { FollowUpManagementPlanCommand } from './follow-up-management-plan.command';
import { FollowUpManagementPlanRequestDto } from './follow-up-management-plan.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ManagementPlanResponse } from '../../management.response';

@ApiTags('management')
@ApiBearerAuth()
@Controller('management-objects')
export class FollowUpManagementPlanHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/plans/:year/follow-ups')
  @Represented({ read: (_r, req) => new GetManagementPlanQuery(requestId(req), Number(routeParam(req, 'year')), undefined) })
  @HttpCode(201)
  @ApiOperation({ summary: "Follow up a decided plan: activity states and budget spent (an object manager)" })
  @ApiParam({ name: 'id' })
  @ApiParam({ name: 'year' })
  @ApiWriteAnswer(ManagementPlanResponse, { status: 201, description: 'the plan as GET /management-objects/:id/plans/:year shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  followUpManagementPlan(@Param('id') id: string, @Param('year') year: string, @Body() body: FollowUpManagementPlanRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new FollowUpManagementPlanCommand(id, year, body, options));
  }
}
