import { proposalAccepted, proposalAmended, proposalApplied, proposalDecided, proposalEscalated, proposalSubmitted, proposalWithdrawn, reviewSubmitted } from '../testing/given-events';
import { projectionSpec } from '../testing/projection-spec';
import { proposalsProjection } from './proposals.projection';

const spec = projectionSpec(proposalsProjection, { actor: 'kalle' });
const submitted = proposalSubmitted('p1', { submittedAt: '2026-01-01T00:00:00.000Z' });

describe('proposals projection (given events, when one more, then the proposal board)', () => {
  it('a submitted proposal is on the board, its first and latest position the same', () =>
    spec
      .given([])
      .when({ ...submitted, streamId: 'proposal-p1' })
      .then((s) =>
        expect(s.proposals.p1).toMatchObject({ status: 'submitted', version: 1, heldBy: null, reviews: [], decidedAt: null, closedAt: null, streamId: 'proposal-p1', position: '1', lastPosition: '1' }),
      ));

  it('reviews are kept in order; every event of the proposal moves its latest position', () =>
    spec.given([submitted, reviewSubmitted('p1', 'ksn', 'accept')]).when(reviewSubmitted('p1', 'fsn')).then((s) => {
      expect(s.proposals.p1.reviews.map((r) => [r.stakeholder, r.verdict, r.at])).toEqual([
        ['ksn', 'accept', '2026-01-01T00:01:00.000Z'],
        ['fsn', 'reject', '2026-01-01T00:02:00.000Z'],
      ]);
      expect([s.proposals.p1.position, s.proposals.p1.lastPosition]).toEqual(['1', '3']);
    }));

  it('an escalation hands it to a body; that body’s rejection decides and closes it', () => {
    const held = [submitted, reviewSubmitted('p1', 'fsn'), proposalEscalated('p1', 'obj')];
    spec.given(held).when().then((s) => expect([s.proposals.p1.status, s.proposals.p1.heldBy]).toEqual(['escalated', 'obj']));
    spec.given(held).when(proposalDecided('p1', 'reject')).then((s) =>
      expect(s.proposals.p1).toMatchObject({ status: 'rejected', heldBy: null, decidedAt: '2026-01-01T00:03:00.000Z', closedAt: '2026-01-01T00:03:00.000Z' }),
    );
  });

  it('consensus decides without closing; applying closes with the revision it became', () =>
    spec.given([submitted, proposalAccepted('p1')]).when(proposalApplied('p1', 2)).then((s) =>
      expect(s.proposals.p1).toMatchObject({ status: 'applied', appliedRevision: 2, decidedAt: '2026-01-01T00:01:00.000Z', closedAt: '2026-01-01T00:02:00.000Z' }),
    ));

  it('an amendment puts the new version up for review again, undecided and held by nobody', () =>
    spec.given([submitted, proposalEscalated('p1', 'obj')]).when(proposalAmended('p1', 2, ['ksn'])).then((s) =>
      expect(s.proposals.p1).toMatchObject({ status: 'submitted', version: 2, heldBy: null, decidedAt: null, reviewers: ['ksn'], rationale: 'r2', requiredLevel: 'object' }),
    ));

  it('a withdrawal closes it', () => spec.given([submitted]).when(proposalWithdrawn('p1')).then((s) => expect([s.proposals.p1.status, s.proposals.p1.closedAt]).toEqual(['withdrawn', '2026-01-01T00:01:00.000Z'])));

  it('events of a proposal it never saw submitted change nothing', () => spec.given([submitted]).when(reviewSubmitted('p2', 'ksn')).thenUnchanged());
});
