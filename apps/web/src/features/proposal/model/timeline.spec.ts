import type { Proposal } from '../../../lib/types';
import { isOutsideMandate, timelineOf } from './timeline';

const proposal = (over: Partial<Proposal>): Proposal =>
  ({ id: 'P-1', processId: 'FF-01', submittedBy: 'eva', submittedAt: '2024-03-01T10:00:00.000Z', reviews: [], escalations: [], decisions: [], closedAt: null, status: 'submitted', appliedRevision: null, ...over }) as Proposal;

describe('a proposal timeline', () => {
  it('orders submission, reviews, escalations, decisions and closing by time; a tie keeps that order', () => {
    const t = timelineOf(
      proposal({
        reviews: [{ stakeholder: 'ksn', reviewer: 'bjorn', verdict: 'reject', comment: 'nej', version: 1, at: '2024-03-02T10:00:00.000Z' }],
        escalations: [{ toBody: 'objekt-lokal', reason: 'rejected-in-review', by: 'bjorn', at: '2024-03-02T10:00:00.000Z' }],
        decisions: [{ body: 'objekt-lokal', outcome: 'approve', motivation: 'ja', decidedBy: 'sara', at: '2024-03-05T10:00:00.000Z' }],
        closedAt: '2024-03-05T10:00:00.000Z',
        status: 'applied',
        appliedRevision: 3,
      }),
    );
    expect(t.map((e) => e.kind)).toEqual(['submitted', 'review', 'escalation', 'decision', 'closed']);
    expect(t[4]).toEqual({ at: '2024-03-05T10:00:00.000Z', kind: 'closed', status: 'applied', appliedRevision: 3 });
  });

  it('a body below the required level is outside its mandate; at or above it is not', () => {
    expect(isOutsideMandate('object', 'administration')).toBe(true);
    expect(isOutsideMandate('administration', 'administration')).toBe(false);
    expect(isOutsideMandate('portfolio', 'object')).toBe(false);
  });
});
