import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId, routeParam } from '../../../../infrastructure/http/represented.decorator';
import { GetManagementPlanQuery } from '../../queries/get-management-plan/get-management-plan.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { DraftManagementPlanCommand } from './draft-management-plan.command';
import { DraftManagementPlanRequestDto } from './draft-management-plan.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ManagementPlanResponse } from '../../management.response';

@ApiTags('management')
@ApiBearerAuth()
@Controller('management-objects')
export class DraftManagementPlanHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put(':id/plans/:year')
  @Represented({ read: (_r, req) => new GetManagementPlanQuery(requestId(req), Number(routeParam(req, 'year')), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Draft the year's management plan, or redraft a revision not yet decided (an object manager)" })
  @ApiParam({ name: 'id' })
  @ApiParam({ name: 'year' })
  @ApiWriteAnswer(ManagementPlanResponse, { description: 'the plan as GET /management-objects/:id/plans/:year shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  draftManagementPlan(@Param('id') id: string, @Param('year') year: string, @Body() body: DraftManagementPlanRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new DraftManagementPlanCommand(id, year, body, options));
  }
}
