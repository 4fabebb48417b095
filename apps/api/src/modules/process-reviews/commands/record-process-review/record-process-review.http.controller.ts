import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RecordProcessReviewCommand } from './record-process-review.command';
import { RecordProcessReviewRequestDto } from './record-process-review.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ProcessReviewStateResponse } from '../../process-reviews.response';

@ApiTags('processes')
@ApiBearerAuth()
@Controller('processes')
export class RecordProcessReviewHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/review-cycle/reviews')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record "reviewed, no change" with a comment (the review owner); the next review falls due an interval later' })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(ProcessReviewStateResponse, { status: 201, description: 'the review cycle; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  record(@Param('id') id: string, @Body() body: RecordProcessReviewRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RecordProcessReviewCommand(id, body.comment, options));
  }
}
