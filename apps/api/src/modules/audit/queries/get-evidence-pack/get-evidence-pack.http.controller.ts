import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { GetEvidencePackQuery } from './get-evidence-pack.query-handler';
import { GetEvidencePackRequestDto } from './get-evidence-pack.request.dto';
import { ApiTextAnswer } from '../../../../infrastructure/swagger/api-answers';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('processes')
export class GetEvidencePackHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/evidence')
  @RequireAnyRole('auditor', 'admin')
  @ApiOperation({ summary: "The process's evidence pack (HTML that prints well): revisions, proposals, reviews, escalations, decisions, adoptions, deviations and status over time, each entry with its inclusion proof against a signed head (auditor or admin)" })
  @ApiParam({ name: 'id' })
  @ApiTextAnswer('text/html', 'an HTML document')
  @ApiReadErrors({ auditOnly: true, notFound: true })
  async evidence(@Param('id') id: string, @Query() query: GetEvidencePackRequestDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const html = await this.queryBus.execute(new GetEvidencePackQuery(id, toAsOf(query)));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return html;
  }
}
