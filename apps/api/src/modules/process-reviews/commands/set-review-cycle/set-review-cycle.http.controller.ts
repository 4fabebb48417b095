import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetReviewCycleQuery } from '../../queries/get-review-cycle/get-review-cycle.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { SetReviewCycleCommand } from './set-review-cycle.command';
import { SetReviewCycleRequestDto } from './set-review-cycle.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ReviewCycleResponse } from '../../process-reviews.response';

@ApiTags('processes')
@ApiBearerAuth()
@Controller('processes')
export class SetReviewCycleHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put(':id/review-cycle')
  @Represented({ read: (_r, req) => new GetReviewCycleQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Set a process's review interval (months) and responsible owner (the process's owner or an admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(ReviewCycleResponse, { description: 'the review cycle as GET /processes/:id/review-cycle shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  set(@Param('id') id: string, @Body() body: SetReviewCycleRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new SetReviewCycleCommand(id, body, options));
  }
}
