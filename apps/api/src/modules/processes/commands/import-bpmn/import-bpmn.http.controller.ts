import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { BpmnImport } from '@samsyn/bpmn';
import { ApiError, ApiErrorCodes } from '../../../../infrastructure/errors/api-error';
import { ApiErrorDto } from '../../../../infrastructure/errors/api-error.dto';
import { ImportBpmnCommand } from './import-bpmn.command';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { BpmnImportResponse } from '../../processes.response';

/** The content types create-api-app reads as text; anything else leaves the body unread. */
export const BPMN_CONTENT_TYPES = ['application/bpmn+xml', 'application/xml', 'text/xml'];

/** The raw body parser gives a Buffer for these types only; anything else was not read. */
export const bpmnBody = (body: unknown): Uint8Array => {
  if (!Buffer.isBuffer(body)) throw new ApiError(415, ApiErrorCodes.UNSUPPORTED_MEDIA_TYPE, `send the BPMN document as ${BPMN_CONTENT_TYPES.join(', ')}`);
  return body;
};

@ApiTags('processes')
@ApiBearerAuth()
@Controller('bpmn')
export class ImportBpmnHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('definition')
  @HttpCode(200)
  @ApiOperation({ summary: 'Read a BPMN 2.0 document into a process definition (writes nothing): the definition for POST /processes or a proposal, and warnings about what was skipped or guessed' })
  @ApiConsumes(...BPMN_CONTENT_TYPES)
  @ApiBody({ description: 'BPMN 2.0 XML, as a modelling tool saves it or GET /processes/:id/bpmn answers', schema: { type: 'string' } })
  @ApiReadAnswer(BpmnImportResponse, { description: '{definition, warnings: [{code, params, message}], process: {id, name?}, unmatched: [{element, elementId, name, id}]}' })
  @ApiResponse({ status: 400, description: 'INVALID_BPMN (details: {reason, params}): not XML, not BPMN 2.0, no process or no task in it', type: ApiErrorDto })
  @ApiResponse({ status: 401, description: 'UNAUTHENTICATED: no or invalid bearer token', type: ApiErrorDto })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: auditors are read-only (this is a POST)', type: ApiErrorDto })
  @ApiResponse({ status: 413, description: 'PAYLOAD_TOO_LARGE', type: ApiErrorDto })
  @ApiResponse({ status: 422, description: 'BPMN_TOO_LARGE (details: {limit, max}: elements, depth, steps, handovers, paths) or BPMN_TOO_COMPLEX (details.reason: time | memory)', type: ApiErrorDto })
  @ApiResponse({ status: 415, description: `UNSUPPORTED_MEDIA_TYPE: send ${BPMN_CONTENT_TYPES.join(', ')}`, type: ApiErrorDto })
  importBpmn(@Body() body: unknown): Promise<BpmnImport> {
    return this.commandBus.execute(new ImportBpmnCommand(bpmnBody(body)));
  }
}
