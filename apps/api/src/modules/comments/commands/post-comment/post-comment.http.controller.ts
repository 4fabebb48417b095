import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, segment } from '../../../../infrastructure/http/represented.decorator';
import { GetCommentThreadQuery } from '../../queries/get-comment-thread/get-comment-thread.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { PostCommentCommand } from './post-comment.command';
import { PostCommentRequestDto } from './post-comment.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { CommentThreadSchema } from '../../comments.response';

/** The thread the write started or replied in, as GET /comments/:thread shows it (docs/api.md). */
const threadOf = (r: ExecutionResult): string => (r.resource as { id: string }).id;

const THREAD = {
  read: (r: ExecutionResult) => new GetCommentThreadQuery(threadOf(r), undefined),
  location: (r: ExecutionResult) => `/comments/${segment(threadOf(r))}`,
};

const SUMMARY = 'Start a comment thread, or reply in one with `thread` (participants’ process owners and reviewers, body members, admins)';

@ApiTags('comments')
@ApiBearerAuth()
@Controller()
export class PostCommentHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('processes/:id/comments')
  @Represented(THREAD)
  @HttpCode(201)
  @ApiOperation({ operationId: 'postProcessComment', summary: `${SUMMARY}: on a process` })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(CommentThreadSchema, { status: 201, location: true, description: 'the thread as GET /comments/:thread shows it (a new thread or a reply); ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  onProcess(@Param('id') id: string, @Body() body: PostCommentRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new PostCommentCommand({ kind: 'process', processId: id }, body, options));
  }

  @Post('processes/:id/steps/:step/comments')
  @Represented(THREAD)
  @HttpCode(201)
  @ApiOperation({ operationId: 'postStepComment', summary: `${SUMMARY}: on a step of the process's head revision` })
  @ApiParam({ name: 'id' })
  @ApiParam({ name: 'step' })
  @ApiWriteAnswer(CommentThreadSchema, { status: 201, location: true, description: 'the thread as GET /comments/:thread shows it (a new thread or a reply); ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  onStep(@Param('id') id: string, @Param('step') step: string, @Body() body: PostCommentRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new PostCommentCommand({ kind: 'step', processId: id, stepId: step }, body, options));
  }

  @Post('proposals/:id/comments')
  @Represented(THREAD)
  @HttpCode(201)
  @ApiOperation({ operationId: 'postProposalComment', summary: `${SUMMARY}: on a proposal` })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(CommentThreadSchema, { status: 201, location: true, description: 'the thread as GET /comments/:thread shows it (a new thread or a reply); ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  onProposal(@Param('id') id: string, @Body() body: PostCommentRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new PostCommentCommand({ kind: 'proposal', proposalId: id }, body, options));
  }
}
