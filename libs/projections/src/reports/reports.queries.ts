import { dict } from '@samsyn/domain/shared/dict';
import type { AsOf, ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { catalogueProjection } from '../catalogue/catalogue.projection';
import { directoryProjection } from '../directory/directory.projection';
import { processHistoryStateAsOf } from '../process-history/process-history.as-of';
import type { ProposalsState } from '../proposals/proposals.projection';
import { proposalRecordsAsOf } from '../proposals/proposals.as-of';
import { adoptionLagPerRevision, adoptionLagReport, type AdoptionLagReport } from './adoption-lag-report';
import { governanceReport } from './governance-report';
import { harmonizationReport, harmonizationReportView } from './harmonization-report';
import { seriesPoint, type SeriesPoint } from './harmonization-series';
import { nomenclatureReport } from './nomenclature-report';
import { variantReport, type ApprovedAt } from './variant-report';
import { proposalAsOf } from '../proposals/proposals.as-of';

/** The adoption lag on its own (`samsyn replay --model adoption-lag`); the HTTP API answers it within the harmonization report. */
export interface AdoptionLagQuery {
  adoptionLagReport(asOf?: AsOf): Promise<AdoptionLagReport>;
}

/** The reports have no read model of their own: each is computed from the read models it names, as of the same moment. */
export const reportQueries = (
  read: ReadModelReader,
): Pick<ReadModelQueries, 'harmonizationReport' | 'harmonizationSeries' | 'governanceReport' | 'nomenclatureReport' | 'variantReport'> & AdoptionLagQuery => ({
  async harmonizationReport(asOf) {
    const [cat, history, now] = await Promise.all([read.state(catalogueProjection, asOf), processHistoryStateAsOf(read, asOf), read.instantOf(asOf)]);
    return harmonizationReportView(cat, history, now);
  },

  /** The index at each of `ends` (intervalEnds), each point exactly what the report answers as of that instant. */
  async harmonizationSeries(ends, interval) {
    const points: SeriesPoint[] = [];
    for (const at of ends) points.push(seriesPoint(at, harmonizationReport(await read.state(catalogueProjection, { instant: at })), points[points.length - 1]));
    const last = ends.length ? { instant: ends[ends.length - 1] } : undefined;
    return { interval, from: ends[0] ?? null, to: last?.instant ?? null, points, adoptionLag: adoptionLagPerRevision(await processHistoryStateAsOf(read, last)) };
  },

  async adoptionLagReport(asOf) {
    return adoptionLagReport(await processHistoryStateAsOf(read, asOf));
  },

  async governanceReport(asOf) {
    const proposals: ProposalsState['proposals'] = dict();
    for (const p of await proposalRecordsAsOf(read, asOf)) proposals[p.id] = p;
    return governanceReport({ proposals });
  },

  async nomenclatureReport(asOf) {
    const [cat, dir] = await Promise.all([read.state(catalogueProjection, asOf), read.state(directoryProjection, asOf)]);
    return nomenclatureReport(cat, dir);
  },

  /** The variants as of one moment: the catalogue's deviations, each dated by its proposal's record as of the same moment. */
  async variantReport(asOf) {
    const cat = await read.state(catalogueProjection, asOf);
    const approvedAt: ApprovedAt = dict();
    for (const p of Object.values(cat.processes)) {
      for (const d of Object.values(p.deviations)) approvedAt[d.proposalId] = (await proposalAsOf(read, d.proposalId, asOf))?.closedAt ?? null;
    }
    return variantReport(cat, approvedAt);
  },
});
