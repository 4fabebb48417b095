import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { toBpmnXml } from '@samsyn/bpmn';
import type { EventStore } from '@samsyn/event-store';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { versioned } from '../../../../infrastructure/http/write-result.interceptor';
import { EVENT_STORE, READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { recordedLayout } from './recorded-layout';

export class ExportProcessBpmnQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    /** undefined: the head revision (as of `asOf`). */
    readonly revision: number | undefined,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

@QueryHandler(ExportProcessBpmnQuery)
export class ExportProcessBpmnHandler implements IQueryHandler<ExportProcessBpmnQuery> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Drawn as the diagram it was proposed from, when it was (recorded-layout.ts). Like GET /processes/:id/revisions/:n, the revision number is the ETag: a revision never changes. */
  async execute(q: ExportProcessBpmnQuery): Promise<unknown> {
    const process = (await this.queries.process(q.id, q.asOf)) as { name: string; headRevision: number } | null;
    if (!process) throw notFound(`process ${q.id}`);
    const n = q.revision ?? process.headRevision;
    const found = (await this.queries.revision(q.id, n, q.asOf)) as { definition: ProcessDefinition } | null;
    if (!found) throw notFound(`revision ${n} of process ${q.id}`);
    const stakeholders = (await this.queries.stakeholders(q.asOf)) as { id: string; name: string }[];
    const stakeholderNames = Object.fromEntries(stakeholders.map((s) => [s.id, s.name]));
    const layout = await recordedLayout(this.queries, this.store, q.id, n, q.asOf);
    return versioned(await toBpmnXml({ id: q.id, name: process.name, revision: n, stakeholderNames }, found.definition, layout), BigInt(n));
  }
}
