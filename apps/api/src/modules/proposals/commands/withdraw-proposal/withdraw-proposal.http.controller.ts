import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { WithdrawProposalCommand } from './withdraw-proposal.command';
import { WithdrawProposalRequestDto } from './withdraw-proposal.request.dto';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('proposals')
export class WithdrawProposalHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: "Withdraw a proposal before a decision (the submitter)" })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  withdrawProposal(@Param('id') id: string, @Body() body: WithdrawProposalRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<ProposalView>> {
    return this.commandBus.execute(new WithdrawProposalCommand(id, body, options));
  }
}
