import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { entryOf } from '../../../../infrastructure/http/entry-of';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { GetStakeholderQuery } from './get-stakeholder.query';

/** The register's entry, so that a write can answer it and `Location` can point at it (docs/api.md). */
@QueryHandler(GetStakeholderQuery)
export class GetStakeholderHandler implements IQueryHandler<GetStakeholderQuery> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  async execute(q: GetStakeholderQuery): Promise<unknown> {
    return entryOf(await this.queries.stakeholders(q.asOf), q.id, 'stakeholder');
  }
}
