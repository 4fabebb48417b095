import type { CsvTables } from '../../../../infrastructure/http/csv/csv-response';

type Row = Record<string, any>;
const list = (v: unknown): Row[] => (Array.isArray(v) ? (v.filter((x) => x !== null && typeof x === 'object') as Row[]) : []);

/** One handover per row, both sides flattened, so a spreadsheet filters on an organisation or a reason. */
export const HANDOVER_TABLES: CsvTables<Row> = {
  handovers: (r) => ({
    columns: ['processId', 'revision', 'handoverId', 'artifact', 'fromStakeholder', 'fromStep', 'fromSystems', 'fromTerms', 'toStakeholder', 'toStep', 'toSystems', 'toTerms', 'commonSystems', 'commonTerms', 'artifactTerm', 'flagged', 'reasons'],
    rows: list(r.handovers).map((h) => ({
      processId: h.processId,
      revision: h.revision,
      handoverId: h.handoverId,
      artifact: h.artifact,
      fromStakeholder: h.from?.stakeholder,
      fromStep: h.from?.step,
      fromSystems: h.from?.systems,
      fromTerms: h.from?.terms,
      toStakeholder: h.to?.stakeholder,
      toStep: h.to?.step,
      toSystems: h.to?.systems,
      toTerms: h.to?.terms,
      commonSystems: h.commonSystems,
      commonTerms: h.commonTerms,
      artifactTerm: h.artifactTerm,
      flagged: h.flagged,
      reasons: h.reasons,
    })),
  }),
};
