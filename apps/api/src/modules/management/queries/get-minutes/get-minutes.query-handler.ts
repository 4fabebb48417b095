import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler, Query } from '@nestjs/cqrs';
import type { BodyEntry } from '@samsyn/projections/directory/directory.projection';
import type { MinutesView } from '@samsyn/projections/management/management.view';
import type { ReadModelQueries, AsOf } from '@samsyn/projections/read-model-queries.port';
import { notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';

export class GetMinutesQuery extends Query<{ minutes: MinutesView; body: BodyEntry | null }> {
  constructor(
    readonly body: string,
    readonly meeting: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

/** The minutes, and the body as of the same moment (its name heads the HTML document). */
@QueryHandler(GetMinutesQuery)
export class GetMinutesHandler implements IQueryHandler<GetMinutesQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetMinutesQuery): Promise<{ minutes: MinutesView; body: BodyEntry | null }> {
    const [minutes, bodies] = await Promise.all([this.queries.minutes(q.body, q.meeting, q.asOf), this.queries.bodies(q.asOf)]);
    if (minutes === null) throw notFound(`minutes of meeting ${q.meeting} of governance body ${q.body}`);
    return { minutes, body: bodies.find((b) => b.id === q.body) ?? null };
  }
}
