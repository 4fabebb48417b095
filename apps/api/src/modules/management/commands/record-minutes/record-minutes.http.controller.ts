import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, segment, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetMinutesQuery } from '../../queries/get-minutes/get-minutes.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RecordMinutesCommand } from './record-minutes.command';
import { RecordMinutesRequestDto } from './record-minutes.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { MinutesResponse } from '../../management.response';

@ApiTags('bodies')
@ApiBearerAuth()
@Controller('bodies')
export class RecordMinutesHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/minutes')
  @Represented({
    read: (_r, req) => new GetMinutesQuery(requestId(req), (req.body as { meeting: string }).meeting, undefined),
    view: (a: { minutes: unknown }) => a.minutes,
    location: (_r, req) => `/bodies/${segment(requestId(req))}/minutes/${segment((req.body as { meeting: string }).meeting)}` })
  @HttpCode(201)
  @ApiOperation({ summary: "Record a meeting's minutes: date, members present, the body's decisions (a member of the body)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(MinutesResponse, { status: 201, location: true, description: 'the minutes as GET /bodies/:id/minutes/:meeting shows them; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  recordMinutes(@Param('id') id: string, @Body() body: RecordMinutesRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RecordMinutesCommand(id, body, options));
  }
}
