import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { SubmitProposalCommand } from './submit-proposal.command';
import { SubmitProposalRequestDto } from './submit-proposal.request.dto';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('processes')
export class SubmitProposalHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/proposals')
  @HttpCode(201)
  @ApiOperation({ summary: "Submit a change or deviation proposal (process-owner of a participant)" })
  @ApiParam({ name: 'id' })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  submitProposal(@Param('id') id: string, @Body() body: SubmitProposalRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<ProposalView>> {
    return this.commandBus.execute(new SubmitProposalCommand(id, body, options));
  }
}
