import { pickedProposals, proposalPicks } from '../../apps/web/src/features/management/model/minutes-decisions';
import type { Decision } from '../../apps/web/src/lib/types';

const decided = (id: string, rationale: string, decisions: Decision[]) => ({ id, rationale, decisions });

describe('the minutes form offers the decisions the body took', () => {
  it('lists the proposals the body approved or rejected, with the last decision, never an escalation or another body\'s decision', () => {
    const proposals = [
      decided('P-005', 'Annonsera endast i egen kanal.\nMer om det', [{ body: 'objekt-lokal', outcome: 'reject', motivation: 'm' }]),
      decided('P-006', 'Eskalerat', [{ body: 'objekt-lokal', outcome: 'escalate', motivation: 'm' }]),
      decided('P-007', 'Annan styrgrupp', [{ body: 'forvaltning-lokal', outcome: 'approve', motivation: 'm' }]),
      decided('P-008', 'Ändrat och beslutat igen', [
        { body: 'objekt-lokal', outcome: 'reject', motivation: 'm' },
        { body: 'objekt-lokal', outcome: 'approve', motivation: 'm' },
      ]),
      decided('P-009', 'Inget beslut', []),
    ];
    expect(proposalPicks(proposals, 'objekt-lokal')).toEqual([
      { ref: 'P-005', summary: 'Annonsera endast i egen kanal.', outcome: 'reject' },
      { ref: 'P-008', summary: 'Ändrat och beslutat igen', outcome: 'approve' },
    ]);
    expect(proposalPicks(proposals, 'nobody')).toEqual([]);
  });

  it('names each proposal once, ticked or typed; none is fine', () => {
    expect(pickedProposals(['P-005'], ['P-005', 'P-010'])).toEqual(['P-005', 'P-010']);
    expect(pickedProposals([], [])).toEqual([]);
  });
});
