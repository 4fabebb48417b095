import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import type { AsOf, ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { processHistoryAsOf } from './process-history.as-of';
import { processDiffView, revisionView } from './process-history.view';

/** The definition of revision `n` as of a moment: read from the event that carried it. */
export const definitionAt = async (read: ReadModelReader, id: string, n: number, asOf: AsOf): Promise<ProcessDefinition | null> => {
  const r = (await processHistoryAsOf(read, id, asOf))?.revisions.find((x) => x.revision === n);
  if (!r) return null;
  const e = await read.eventAt(r.position);
  return e.type === 'ProcessRegistered' || e.type === 'ProcessRevised' ? e.data.definition : null;
};

export const processHistoryQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'revisions' | 'revision' | 'diff'> => ({
  async revisions(id, asOf) {
    const p = await processHistoryAsOf(read, id, asOf);
    return p ? p.revisions.map(revisionView) : null;
  },

  async revision(id, n, asOf) {
    const definition = await definitionAt(read, id, n, asOf);
    return definition ? { processId: id, revision: n, definition } : null;
  },

  async diff(id, from, to, asOf) {
    const [a, b] = await Promise.all([definitionAt(read, id, from, asOf), definitionAt(read, id, to, asOf)]);
    return a && b ? processDiffView(id, from, to, a, b) : null;
  },
});
