import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId, routeParam } from '../../../../infrastructure/http/represented.decorator';
import { GetManagementPlanQuery } from '../../queries/get-management-plan/get-management-plan.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { DecideManagementPlanCommand } from './decide-management-plan.command';
import { DecideManagementPlanRequestDto } from './decide-management-plan.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ManagementPlanResponse } from '../../management.response';

@ApiTags('management')
@ApiBearerAuth()
@Controller('management-objects')
export class DecideManagementPlanHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/plans/:year/decision')
  @Represented({ read: (_r, req) => new GetManagementPlanQuery(requestId(req), Number(routeParam(req, 'year')), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Approve or reject the plan's current revision with a motivation (a member of the body holding it); a budget beyond the body's frame escalates to its parent" })
  @ApiParam({ name: 'id' })
  @ApiParam({ name: 'year' })
  @ApiWriteAnswer(ManagementPlanResponse, { description: 'the plan as GET /management-objects/:id/plans/:year shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  decideManagementPlan(@Param('id') id: string, @Param('year') year: string, @Body() body: DecideManagementPlanRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new DecideManagementPlanCommand(id, year, body, options));
  }
}
