import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { ReviewProposalCommand } from './review-proposal.command';
import { ReviewProposalRequestDto } from './review-proposal.request.dto';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('proposals')
export class ReviewProposalHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/reviews')
  @HttpCode(201)
  @ApiOperation({ summary: "Review a proposal on behalf of a stakeholder (reviewer of that stakeholder)" })
  @ApiParam({ name: 'id' })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  reviewProposal(@Param('id') id: string, @Body() body: ReviewProposalRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<ProposalView>> {
    return this.commandBus.execute(new ReviewProposalCommand(id, body, options));
  }
}
