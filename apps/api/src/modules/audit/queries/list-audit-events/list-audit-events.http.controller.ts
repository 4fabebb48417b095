import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { answerJsonOrCsv } from '../../../../infrastructure/http/csv/csv-response';
import { AUDIT_EVENT_TABLES } from './audit-events.csv-tables';
import { nextPageLink } from '../../../../infrastructure/http/paging/next-page-link';
import type { SamsynRequest } from '../../../../infrastructure/http/samsyn-request';
import type { AuditFilter } from '@samsyn/projections/read-model-queries.port';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import { ListAuditEventsQuery } from './list-audit-events.query-handler';
import { ListAuditEventsRequestDto } from './list-audit-events.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { AuditEventsPageResponse } from '../../audit.response';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class ListAuditEventsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('events')
  @RequireAnyRole('auditor', 'admin')
  @ApiOperation({ summary: 'Every event with its metadata and global position, oldest first, paged (auditor or admin)' })
  @ApiReadAnswer(AuditEventsPageResponse, { csv: true, paged: true, description: '{events, nextAfter}' })
  @ApiReadErrors({ auditOnly: true })
  async listAuditEvents(
    @Query() query: ListAuditEventsRequestDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Req() req: SamsynRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const filter: AuditFilter = { limit: query.limit === undefined ? 100 : Number(query.limit) };
    if (query.after !== undefined) filter.after = BigInt(query.after);
    if (query.stream !== undefined) filter.stream = query.stream;
    if (query.type !== undefined) filter.type = query.type;
    if (query.actor !== undefined) filter.actor = query.actor;
    if (query.from !== undefined) filter.from = new Date(Date.parse(query.from)).toISOString();
    if (query.to !== undefined) filter.to = new Date(Date.parse(query.to)).toISOString();
    const page = (await this.queryBus.execute(new ListAuditEventsQuery(filter, toAsOf(query)))) as { nextAfter?: string | null };
    if (page.nextAfter) res.setHeader('Link', nextPageLink(req.originalUrl, page.nextAfter));
    return answerJsonOrCsv(res, 'audit-events', AUDIT_EVENT_TABLES, { query, accept, acceptLanguage }, page, { byRead: true });
  }
}
