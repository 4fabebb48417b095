import type { ProjectedEvent } from '../projection';
import { historyEntry } from './stakeholder-history-entry';

const revised = (data: Record<string, unknown>): ProjectedEvent =>
  ({
    type: 'ProcessRevised',
    position: 42n,
    streamId: 'process-VA-03',
    revision: 3n,
    metadata: { actor: 'system', occurredAt: '2026-03-01T09:00:00.000Z', correlationId: 'c', causationId: 'e-1' },
    data: { id: 'VA-03', revision: 2, proposalId: 'p1', summary: 'steps changed: s1', baseRevision: 1, rebased: false, ...data },
  }) as unknown as ProjectedEvent;

describe('a revision in the stakeholder history (issue 10 item 16)', () => {
  it('names the person behind it and the proposal’s rationale, not the system principal that appended it', () =>
    expect(historyEntry('ksn', revised({ rationale: 'clearer name', initiatedBy: 'olga' }))).toMatchObject({ actor: 'olga', why: 'clearer name', proposalId: 'p1' }));

  it('a revision written before they were recorded still renders, with its appender and no reason', () =>
    expect(historyEntry('ksn', revised({}))).toMatchObject({ actor: 'system', why: null }));

  it('a deviation names who approved it', () =>
    expect(
      historyEntry('fsn', {
        ...revised({}),
        type: 'DeviationRecorded',
        data: { id: 'VA-03', stakeholder: 'fsn', proposalId: 'd1', revision: 1, rationale: 'monthly board', changes: [], initiatedBy: 'bo' },
      } as unknown as ProjectedEvent),
    ).toMatchObject({ actor: 'bo', why: 'monthly board' }));
});
