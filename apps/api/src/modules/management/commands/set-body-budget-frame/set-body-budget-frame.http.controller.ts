import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { GetBodyQuery } from '../../../bodies/queries/get-body/get-body.query-handler';
import { SetBodyBudgetFrameCommand } from './set-body-budget-frame.command';
import { SetBodyBudgetFrameRequestDto } from './set-body-budget-frame.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { GovernanceBodyResponse } from '../../../bodies/bodies.response';

@ApiTags('bodies')
@ApiBearerAuth()
@Controller('bodies')
export class SetBodyBudgetFrameHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put(':id/budget-frame')
  @Represented({ read: (_r, req) => new GetBodyQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Set a body's budget frame, the budget mandate for management plans (admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(GovernanceBodyResponse, { description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  setBodyBudgetFrame(@Param('id') id: string, @Body() body: SetBodyBudgetFrameRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new SetBodyBudgetFrameCommand(id, body, options));
  }
}
