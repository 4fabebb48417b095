import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Represented, requestId, segment } from '../../../../infrastructure/http/represented.decorator';
import { GetTermQuery } from '../../queries/get-term/get-term.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { TermUseCases } from '@samsyn/application/registers.port';
import type { TermState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { TERM_USE_CASES } from '../../terms.di-tokens';
import { DefineTermRequestDto } from './define-term.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { TermResponse } from '../../terms.response';

@ApiTags('terms')
@ApiBearerAuth()
@Controller('terms')
export class DefineTermHttpController {
  constructor(@Inject(TERM_USE_CASES) private readonly terms: TermUseCases) {}

  @Post('')
  @Represented({ read: (_r, req) => new GetTermQuery(requestId(req), undefined), location: (_r, req) => `/terms/${segment(requestId(req))}` })
  @HttpCode(201)
  @ApiOperation({ summary: "Define a term of the common nomenclature (admin)" })
  @ApiWriteAnswer(TermResponse, { status: 201, location: true, description: 'the term as GET /terms/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  defineTerm(@Body() body: DefineTermRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<TermState>> {
    return this.terms.defineTerm({ id: body.id, label: body.label, definition: body.definition }, options);
  }
}
