import { ErrorCodes, fold, SYSTEM_PRINCIPAL, type CommandContext, type Role } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import type { PatchOperation } from '../process/definition';
import { harmonizationStatus } from '../process/harmonization';
import { body, definition, refs, stakeholder } from '../process/process.fixtures';
import { processDecider } from '../process/process.decider';
import type { ProcessEvent } from '../process/process.events';
import type { ProcessState } from '../process/process.state';
import type {
  AmendProposal,
  DecideProposal,
  EscalateOverdueProposal,
  MarkProposalApplied,
  MarkProposalConflicted,
  ProposalCommand,
  ReviewProposal,
  SubmitProposal,
  WithdrawProposal,
} from './proposal.commands';
import { proposalDecider } from './proposal.decider';
import type { ProposalEvent, ProposalSubmitted } from './proposal.events';
import { proposalStream } from './proposal.stream';

const spec = DeciderSpecification.for(proposalDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const as = (id: string, ...roles: Role[]): CommandContext => ({ principal: { id, roles }, now: NOW });
const olga = as('olga', { role: 'process-owner', stakeholder: 'ksn' });
const pelle = as('pelle', { role: 'process-owner', stakeholder: 'uhem' });
const reviewerOf = (s: string) => as(`r-${s}`, { role: 'reviewer', stakeholder: s });
const system: CommandContext = { principal: SYSTEM_PRINCIPAL, now: NOW };

const objectBody = body('obj', 'object', 'adm', ['bo']);
const adminBody = body('adm', 'administration', 'port', ['ba']);
const portfolioBody = body('port', 'portfolio', null, ['bp']);
const member: Record<string, CommandContext> = { obj: as('bo'), adm: as('ba'), port: as('bp') };

// The process the proposals are about: revision 1, and a history with a revision 2.
const registered: ProcessEvent = {
  type: 'ProcessRegistered',
  data: { id: 'VA-03', name: 'Leasing in', owner: { principal: 'olga', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: definition() },
};
const revised: ProcessEvent = {
  type: 'ProcessRevised',
  data: {
    id: 'VA-03',
    revision: 2,
    definition: { ...definition(), purpose: 'Lease premises, revised' },
    proposalId: 'p0',
    baseRevision: 1,
    changes: [{ op: 'replace', path: '/purpose', value: 'Lease premises, revised' }],
    rebased: false,
    summary: 'purpose changed',
  },
};
const processAt1: ProcessState = fold(processDecider, [registered]);
const processAt2: ProcessState = fold(processDecider, [registered, revised]);

const renameS1: PatchOperation[] = [{ op: 'replace', path: '/steps/s1/name', value: 'Analyse' }];
const addHandover: PatchOperation[] = [{ op: 'add', path: '/handovers/h3', value: { from: 's1', to: 's3', artifact: 'draft' } }];
const changeTerms: PatchOperation[] = [{ op: 'add', path: '/steps/s2/terms', value: ['tenant'] }];

const submit = (
  data: Partial<SubmitProposal['data']> = {},
  context = olga,
  over: Partial<SubmitProposal['refs']> = {},
): SubmitProposal => ({
  type: 'SubmitProposal',
  data: { id: 'p1', processId: 'VA-03', kind: 'change', baseRevision: 1, changes: renameS1, rationale: 'clearer name', ...data },
  context,
  refs: { ...refs(), process: processAt1, ...over },
});

const submitted: ProposalSubmitted = {
  type: 'ProposalSubmitted',
  data: {
    id: 'p1',
    processId: 'VA-03',
    kind: 'change',
    submittedBy: 'olga',
    submitterStakeholder: 'ksn',
    stakeholder: null,
    baseRevision: 1,
    changes: renameS1,
    rationale: 'clearer name',
    requiredLevel: 'object',
    reviewers: ['ksn', 'fsn', 'uhem'],
    governingBody: 'obj',
    reviewDeadline: null,
    submittedAt: NOW,
  },
};
const submittedAt = (requiredLevel: 'object' | 'administration' | 'portfolio', over: Partial<ProposalSubmitted['data']> = {}): ProposalEvent => ({
  type: 'ProposalSubmitted',
  data: { ...submitted.data, requiredLevel, ...over },
});

const review = (s: string, verdict: 'accept' | 'reject' = 'accept', context = reviewerOf(s), retired = false): ReviewProposal => ({
  type: 'ReviewProposal',
  data: { id: 'p1', stakeholder: s, verdict, comment: verdict === 'reject' ? 'not for us' : 'fine' },
  context,
  refs: { stakeholder: stakeholder(s, retired) },
});
const reviewed = (s: string, verdict: 'accept' | 'reject' = 'accept', version = 1): ProposalEvent => ({
  type: 'ReviewSubmitted',
  data: { id: 'p1', version, stakeholder: s, reviewer: `r-${s}`, verdict, comment: verdict === 'reject' ? 'not for us' : 'fine' },
});
const escalatedInReview: ProposalEvent = {
  type: 'ProposalEscalated',
  data: { id: 'p1', fromBody: null, toBody: 'obj', toLevel: 'object', reason: 'rejected-in-review', by: 'r-fsn', motivation: 'not for us' },
};
const escalatedTo = (fromBody: string, toBody: string, toLevel: 'administration' | 'portfolio', by: string): ProposalEvent => ({
  type: 'ProposalEscalated',
  data: { id: 'p1', fromBody, toBody, toLevel, reason: 'by-choice', by, motivation: 'beyond us' },
});

const parents: Record<string, ReturnType<typeof body> | undefined> = { obj: adminBody, adm: portfolioBody, port: undefined };
const bodies: Record<string, ReturnType<typeof body>> = { obj: objectBody, adm: adminBody, port: portfolioBody };
const decide = (bodyId: string, outcome: 'approve' | 'reject' | 'escalate', context = member[bodyId]): DecideProposal => ({
  type: 'DecideProposal',
  data: { id: 'p1', body: bodyId, outcome, motivation: outcome === 'escalate' ? 'beyond us' : 'agreed' },
  context,
  refs: { body: bodies[bodyId], parentBody: parents[bodyId] },
});
const decided = (bodyId: string, level: 'object' | 'administration' | 'portfolio', outcome: 'approve' | 'reject'): ProposalEvent => ({
  type: 'ProposalDecided',
  data: { id: 'p1', body: bodyId, level, outcome, motivation: 'agreed', decidedBy: member[bodyId].principal.id },
});

const withdraw = (context = olga): WithdrawProposal => ({ type: 'WithdrawProposal', data: { id: 'p1', reason: 'superseded' }, context });
const withdrawn: ProposalEvent = { type: 'ProposalWithdrawn', data: { id: 'p1', reason: 'superseded', by: 'olga' } };

const amend = (changes: PatchOperation[], baseRevision = 1, context = olga, process = processAt1): AmendProposal => ({
  type: 'AmendProposal',
  data: { id: 'p1', baseRevision, changes, rationale: 'second thoughts' },
  context,
  refs: { ...refs(), process },
});

const accepted: ProposalEvent = { type: 'ProposalAccepted', data: { id: 'p1', version: 1 } };
const allAccepted: ProposalEvent[] = [submitted, reviewed('ksn'), reviewed('fsn'), reviewed('uhem'), accepted];
const applied: ProposalEvent = { type: 'ProposalApplied', data: { id: 'p1', revision: 2, rebased: false } };
const markApplied = (revision: number | null = 2): MarkProposalApplied => ({ type: 'MarkProposalApplied', data: { id: 'p1', revision, rebased: false }, context: system });
const markConflicted: MarkProposalConflicted = {
  type: 'MarkProposalConflicted',
  data: { id: 'p1', headRevision: 2, reason: 'operation 0 does not apply' },
  context: system,
};
const conflicted: ProposalEvent = { type: 'ProposalConflicted', data: { id: 'p1', headRevision: 2, reason: 'operation 0 does not apply' } };
const overdue = (now = '2026-03-20T00:00:00.000Z'): EscalateOverdueProposal => ({
  type: 'EscalateOverdueProposal',
  data: { id: 'p1' },
  context: { principal: SYSTEM_PRINCIPAL, now },
});
const withDeadline = submittedAt('object', { reviewDeadline: '2026-03-15T00:00:00.000Z' });

describe('ChangeProposal decider', () => {
  describe('submit', () => {
    it('submits a change with its computed level, every participant asked to review', () => spec.given([]).when(submit()).then([submitted]));
    it("defaults the kind to 'change'", () =>
      spec.given([]).when(submit({ kind: undefined })).thenEvents(([e]) => expect((e as ProposalSubmitted).data.kind).toBe('change')));
    it('computes the level from the impact: a handover is administration', () =>
      spec.given([]).when(submit({ changes: addHandover })).thenEvents(([e]) => expect((e as ProposalSubmitted).data.requiredLevel).toBe('administration')));
    it("computes the level from the impact: a step's terms are portfolio", () =>
      spec.given([]).when(submit({ changes: changeTerms })).thenEvents(([e]) => expect((e as ProposalSubmitted).data.requiredLevel).toBe('portfolio')));
    it('ignores a level supplied by the client', () =>
      spec
        .given([])
        .when(submit({ changes: changeTerms, requiredLevel: 'object' } as never))
        .thenEvents(([e]) => expect((e as ProposalSubmitted).data.requiredLevel).toBe('portfolio')));
    it('lets a process owner of any participant submit', () =>
      spec.given([]).when(submit({}, pelle)).thenEvents(([e]) => expect((e as ProposalSubmitted).data.submitterStakeholder).toBe('uhem')));
    it('refuses a process owner of no participant', () =>
      spec.given([]).when(submit({}, as('x', { role: 'process-owner', stakeholder: 'old' }))).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses a reviewer', () => spec.given([]).when(submit({}, reviewerOf('ksn'))).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses an existing proposal', () => spec.given([submitted]).when(submit()).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it('records the layout of the diagram the changes were read from (a proposal from BPMN)', () => {
      const layout = { steps: { s1: { x: 10, y: 20, width: 100, height: 80 } }, handovers: { h1: [[110, 60], [200, 60]] as [number, number][] }, participants: { ksn: { x: 0, y: 0, width: 600, height: 200 } } };
      return spec.given([]).when(submit({ layout })).thenEvents(([e]) => expect((e as ProposalSubmitted).data.layout).toEqual(layout));
    });
    it('records no layout when none is given', () => spec.given([]).when(submit()).thenEvents(([e]) => expect('layout' in (e as ProposalSubmitted).data).toBe(false)));
    it('refuses a layout past its bounds, and records nothing', () =>
      spec.given([]).when(submit({ layout: { steps: { s1: { x: Infinity, y: 0, width: 1, height: 1 } }, handovers: {}, participants: {} } })).thenThrows(ErrorCodes.INVALID_INPUT));
    it('refuses a missing process', () =>
      spec.given([]).when(submit({}, olga, { process: processDecider.initialState() })).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses process refs of another process', () => spec.given([]).when(submit({ processId: 'VA-04' })).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses an unknown base revision', () => spec.given([]).when(submit({ baseRevision: 2 })).thenThrows(ErrorCodes.REVISION_UNKNOWN));
    it('allows a base older than the head (rebased on apply)', () =>
      spec
        .given([])
        .when(submit({ baseRevision: 1 }, olga, { process: processAt2 }))
        .thenEvents(([e]) => expect((e as ProposalSubmitted).data.baseRevision).toBe(1)));
    it('refuses a patch that does not apply to its base', () =>
      spec.given([]).when(submit({ changes: [{ op: 'replace', path: '/steps/s9/name', value: 'x' }] })).thenThrows(ErrorCodes.PATCH_DOES_NOT_APPLY));
    it('honours a test operation against the base', () =>
      spec
        .given([])
        .when(submit({ changes: [{ op: 'test', path: '/purpose', value: 'something else' }, ...renameS1] }))
        .thenThrows(ErrorCodes.PATCH_DOES_NOT_APPLY));
    it('refuses a patch whose result is not a valid definition', () =>
      spec.given([]).when(submit({ changes: [{ op: 'remove', path: '/steps/s1' }] })).thenThrows(ErrorCodes.INVALID_DEFINITION));
    it('refuses a patch that adds a retired stakeholder', () =>
      spec.given([]).when(submit({ changes: [{ op: 'add', path: '/participants/-', value: 'old' }] })).thenThrows(ErrorCodes.STAKEHOLDER_RETIRED));
    it('refuses a patch that references a deprecated term', () =>
      spec.given([]).when(submit({ changes: [{ op: 'add', path: '/steps/s2/terms', value: ['obsolete'] }] })).thenThrows(ErrorCodes.TERM_DEPRECATED));
    it('refuses a change with no changes', () => spec.given([]).when(submit({ changes: [] })).thenThrows(ErrorCodes.INVALID_INPUT, 'no effective change'));
    it('refuses a change that changes nothing', () =>
      spec.given([]).when(submit({ changes: [{ op: 'replace', path: '/steps/s1/name', value: 'Analyse need' }] })).thenThrows(ErrorCodes.INVALID_INPUT));
    it('refuses an empty rationale', () => spec.given([]).when(submit({ rationale: ' ' })).thenThrows(ErrorCodes.INVALID_INPUT, 'rationale'));
    it('refuses an unknown kind', () => spec.given([]).when(submit({ kind: 'wish' as never })).thenThrows(ErrorCodes.INVALID_INPUT, 'kind'));
    it('keeps a review deadline in the future', () =>
      spec
        .given([])
        .when(submit({ reviewDeadline: '2026-03-15T00:00:00.000Z' }))
        .thenEvents(([e]) => expect((e as ProposalSubmitted).data.reviewDeadline).toBe('2026-03-15T00:00:00.000Z')));
    it.each(['2026-02-28T00:00:00.000Z', NOW, 'next week'])('refuses the review deadline %p', (reviewDeadline) =>
      spec.given([]).when(submit({ reviewDeadline })).thenThrows(ErrorCodes.INVALID_INPUT, 'reviewDeadline'));
    it('does not ask retired participants to review', () =>
      spec
        .given([])
        .when(submit({}, olga, { stakeholders: { ...refs().stakeholders, uhem: stakeholder('uhem', true) } }))
        .thenEvents(([e]) => expect((e as ProposalSubmitted).data.reviewers).toEqual(['ksn', 'fsn'])));
    it('asks the participants of the head, even for an older base', () => {
      const head = fold(processDecider, [
        registered,
        { ...revised, data: { ...revised.data, definition: { ...definition(), participants: ['ksn', 'fsn', 'uhem', 'new'] } } } as ProcessEvent,
      ]);
      spec
        .given([])
        .when(submit({}, olga, { process: head }))
        .thenEvents(([e]) => expect((e as ProposalSubmitted).data.reviewers).toEqual(['ksn', 'fsn', 'uhem', 'new']));
    });

    describe('a deviation', () => {
      const deviation = (data: Partial<SubmitProposal['data']> = {}, context = pelle) =>
        submit({ kind: 'deviation', stakeholder: 'uhem', changes: [], ...data }, context);
      it('is submitted for the stakeholder that keeps it, even with no structural change', () =>
        spec.given([]).when(deviation()).thenEvents(([e]) =>
          expect((e as ProposalSubmitted).data).toMatchObject({ kind: 'deviation', stakeholder: 'uhem', submitterStakeholder: 'uhem', requiredLevel: 'object' }),
        ));
      it('needs a stakeholder', () => spec.given([]).when(deviation({ stakeholder: null })).thenThrows(ErrorCodes.INVALID_INPUT, 'stakeholder'));
      it('needs a participant', () =>
        spec.given([]).when(deviation({ stakeholder: 'old' }, as('x', { role: 'process-owner', stakeholder: 'old' }))).thenThrows(ErrorCodes.NOT_A_PARTICIPANT));
      it('must be asked for by a process owner of that stakeholder', () => spec.given([]).when(deviation({}, olga)).thenThrows(ErrorCodes.NOT_ALLOWED));
      it('is the only kind that names a stakeholder', () => spec.given([]).when(submit({ stakeholder: 'ksn' })).thenThrows(ErrorCodes.INVALID_INPUT));
    });
  });

  describe('review', () => {
    it('records an accept', () => spec.given([submitted]).when(review('ksn')).then([reviewed('ksn')]));
    it('accepts by consensus on the last accept', () =>
      spec.given([submitted, reviewed('ksn'), reviewed('fsn')]).when(review('uhem')).then([reviewed('uhem'), accepted]));
    it('escalates to the governing body on a reject', () =>
      spec.given([submitted, reviewed('ksn')]).when(review('fsn', 'reject')).then([reviewed('fsn', 'reject'), escalatedInReview]));
    it('escalates a rejection even when it is the last review', () =>
      spec
        .given([submitted, reviewed('ksn'), reviewed('uhem')])
        .when(review('fsn', 'reject'))
        .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ReviewSubmitted', 'ProposalEscalated'])));
    it('refuses a reviewer of another stakeholder', () =>
      spec.given([submitted]).when(review('ksn', 'accept', reviewerOf('fsn'))).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses a process owner of the stakeholder', () => spec.given([submitted]).when(review('ksn', 'accept', olga)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses a stakeholder not asked to review', () => spec.given([submitted]).when(review('new')).thenThrows(ErrorCodes.NOT_A_PARTICIPANT));
    it('refuses a retired stakeholder', () =>
      spec.given([submitted]).when(review('fsn', 'accept', reviewerOf('fsn'), true)).thenThrows(ErrorCodes.STAKEHOLDER_RETIRED));
    it('refuses a second review by the same stakeholder for one version', () =>
      spec.given([submitted, reviewed('ksn')]).when(review('ksn', 'reject')).thenThrows(ErrorCodes.ALREADY_REVIEWED));
    it('refuses a rejection without a comment', () =>
      spec
        .given([submitted])
        .when({ ...review('fsn', 'reject'), data: { id: 'p1', stakeholder: 'fsn', verdict: 'reject', comment: ' ' } })
        .thenThrows(ErrorCodes.INVALID_INPUT, 'comment'));
    it('refuses an acceptance without a comment', () =>
      spec
        .given([submitted])
        .when({ ...review('fsn', 'accept'), data: { id: 'p1', stakeholder: 'fsn', verdict: 'accept', comment: '' } })
        .thenThrows(ErrorCodes.INVALID_INPUT, 'comment'));
    it('refuses an unknown verdict', () =>
      spec.given([submitted]).when({ ...review('fsn'), data: { id: 'p1', stakeholder: 'fsn', verdict: 'maybe' as never, comment: '' } }).thenThrows(ErrorCodes.INVALID_INPUT));
    it('refuses a review of an escalated proposal', () =>
      spec.given([submitted, reviewed('fsn', 'reject'), escalatedInReview]).when(review('ksn')).thenThrows(ErrorCodes.INVALID_PROPOSAL_STATE));
    it('refuses a review of an accepted proposal', () => spec.given(allAccepted).when(review('ksn')).thenThrows(ErrorCodes.INVALID_PROPOSAL_STATE));
    it('refuses a review of a withdrawn proposal', () => spec.given([submitted, withdrawn]).when(review('ksn')).thenThrows(ErrorCodes.PROPOSAL_CLOSED));
    it('refuses a missing proposal', () => spec.given([]).when(review('ksn')).thenThrows(ErrorCodes.NOT_FOUND));
  });

  describe('decide', () => {
    const rejectedInReview = (level: 'object' | 'administration' | 'portfolio') => [submittedAt(level), reviewed('fsn', 'reject'), escalatedInReview];

    it('lets the holding body approve within its mandate', () =>
      spec.given(rejectedInReview('object')).when(decide('obj', 'approve')).then([decided('obj', 'object', 'approve')]));
    it('lets the holding body reject, which closes the proposal', () => {
      spec.given(rejectedInReview('object')).when(decide('obj', 'reject')).then([decided('obj', 'object', 'reject')]);
      spec.given([...rejectedInReview('object'), decided('obj', 'object', 'reject')]).when(withdraw()).thenThrows(ErrorCodes.PROPOSAL_CLOSED);
      spec.given([...rejectedInReview('object'), decided('obj', 'object', 'reject')]).when(decide('obj', 'approve')).thenThrows(ErrorCodes.PROPOSAL_CLOSED);
    });

    it('refuses an object body deciding an administration-level proposal, naming both levels', () => {
      spec.given(rejectedInReview('administration')).when(decide('obj', 'approve')).thenThrows(ErrorCodes.OUTSIDE_MANDATE);
      spec.given(rejectedInReview('administration')).when(decide('obj', 'reject')).thenThrows(ErrorCodes.OUTSIDE_MANDATE);
      expect(() => proposalDecider.decide(decide('obj', 'approve'), fold(proposalDecider, rejectedInReview('administration')))).toThrow(
        expect.objectContaining({ details: { requiredLevel: 'administration', bodyLevel: 'object' } }),
      );
    });

    it('escalates by choice to the parent body', () =>
      spec.given(rejectedInReview('administration')).when(decide('obj', 'escalate')).then([escalatedTo('obj', 'adm', 'administration', 'bo')]));
    it('then the administration body decides an administration-level proposal', () =>
      spec
        .given([...rejectedInReview('administration'), escalatedTo('obj', 'adm', 'administration', 'bo')])
        .when(decide('adm', 'approve'))
        .then([decided('adm', 'administration', 'approve')]));
    it('lets a higher body decide a lower-level proposal', () =>
      spec
        .given([...rejectedInReview('object'), escalatedTo('obj', 'adm', 'administration', 'bo')])
        .when(decide('adm', 'reject'))
        .then([decided('adm', 'administration', 'reject')]));

    describe('escalated twice to portfolio', () => {
      const atAdmin = [...rejectedInReview('portfolio'), escalatedTo('obj', 'adm', 'administration', 'bo')];
      const atPortfolio = [...atAdmin, escalatedTo('adm', 'port', 'portfolio', 'ba')];
      it('is outside the object mandate', () => spec.given(rejectedInReview('portfolio')).when(decide('obj', 'approve')).thenThrows(ErrorCodes.OUTSIDE_MANDATE));
      it('is outside the administration mandate', () => spec.given(atAdmin).when(decide('adm', 'approve')).thenThrows(ErrorCodes.OUTSIDE_MANDATE));
      it('escalates from administration to portfolio', () => spec.given(atAdmin).when(decide('adm', 'escalate')).then([escalatedTo('adm', 'port', 'portfolio', 'ba')]));
      it('is decided by the portfolio body', () => spec.given(atPortfolio).when(decide('port', 'approve')).then([decided('port', 'portfolio', 'approve')]));
      it('cannot escalate beyond portfolio', () => spec.given(atPortfolio).when(decide('port', 'escalate')).thenThrows(ErrorCodes.FINAL_LEVEL));
      it('is no longer held by the lower bodies', () => {
        spec.given(atPortfolio).when(decide('obj', 'approve')).thenThrows(ErrorCodes.NOT_HOLDING_BODY);
        spec.given(atPortfolio).when(decide('adm', 'approve')).thenThrows(ErrorCodes.NOT_HOLDING_BODY);
      });
      it('holds the portfolio body and level in the state', () =>
        expect(fold(proposalDecider, atPortfolio)).toMatchObject({ status: 'escalated', heldBy: 'port', heldLevel: 'portfolio' }));
    });

    it('refuses a body that does not hold the proposal', () =>
      spec.given(rejectedInReview('object')).when(decide('adm', 'approve')).thenThrows(ErrorCodes.NOT_HOLDING_BODY));
    it('refuses body refs that are not the named body', () =>
      spec
        .given(rejectedInReview('object'))
        .when({ ...decide('obj', 'approve'), refs: { body: adminBody } })
        .thenThrows(ErrorCodes.NOT_HOLDING_BODY));
    it('refuses a principal who is not a member of the body', () =>
      spec.given(rejectedInReview('object')).when(decide('obj', 'approve', member.adm)).thenThrows(ErrorCodes.NOT_A_BODY_MEMBER));
    it('refuses a proposal still in review', () => spec.given([submitted]).when(decide('obj', 'approve')).thenThrows(ErrorCodes.INVALID_PROPOSAL_STATE));
    it('refuses an approved proposal', () =>
      spec.given([...rejectedInReview('object'), decided('obj', 'object', 'approve')]).when(decide('obj', 'reject')).thenThrows(ErrorCodes.INVALID_PROPOSAL_STATE));
    it('refuses to escalate without the parent body state', () =>
      spec
        .given(rejectedInReview('object'))
        .when({ ...decide('obj', 'escalate'), refs: { body: objectBody } })
        .thenThrows(ErrorCodes.BODY_UNKNOWN));
    it('refuses to escalate to a parent that is not one level up', () =>
      spec
        .given(rejectedInReview('object'))
        .when({ ...decide('obj', 'escalate'), refs: { body: { ...objectBody, parent: 'port' }, parentBody: portfolioBody } })
        .thenThrows(ErrorCodes.INVALID_BODY_HIERARCHY));
    it('refuses an empty motivation', () =>
      spec
        .given(rejectedInReview('object'))
        .when({ ...decide('obj', 'approve'), data: { id: 'p1', body: 'obj', outcome: 'approve', motivation: '' } })
        .thenThrows(ErrorCodes.INVALID_INPUT, 'motivation'));
    it('refuses an unknown outcome', () =>
      spec
        .given(rejectedInReview('object'))
        .when({ ...decide('obj', 'approve'), data: { id: 'p1', body: 'obj', outcome: 'postpone' as never, motivation: 'x' } })
        .thenThrows(ErrorCodes.INVALID_INPUT, 'outcome'));
  });

  describe('withdraw', () => {
    it('lets the submitter withdraw while in review', () => spec.given([submitted]).when(withdraw()).then([withdrawn]));
    it('lets the submitter withdraw while escalated', () =>
      spec.given([submitted, reviewed('fsn', 'reject'), escalatedInReview]).when(withdraw()).then([withdrawn]));
    it('lets the submitter withdraw a conflicted proposal', () => spec.given([...allAccepted, conflicted]).when(withdraw()).then([withdrawn]));
    it('refuses anyone but the submitter', () => spec.given([submitted]).when(withdraw(pelle)).thenThrows(ErrorCodes.NOT_THE_SUBMITTER));
    it('refuses once accepted (decided by consensus, awaiting application)', () =>
      spec.given(allAccepted).when(withdraw()).thenThrows(ErrorCodes.INVALID_PROPOSAL_STATE));
    it('refuses once applied', () => spec.given([...allAccepted, applied]).when(withdraw()).thenThrows(ErrorCodes.PROPOSAL_CLOSED));
    it('refuses twice', () => spec.given([submitted, withdrawn]).when(withdraw()).thenThrows(ErrorCodes.PROPOSAL_CLOSED));
    it('answers PROPOSAL_CLOSED to a non-submitter too', () => spec.given([submitted, withdrawn]).when(withdraw(pelle)).thenThrows(ErrorCodes.PROPOSAL_CLOSED));
    it('refuses a missing proposal', () => spec.given([]).when(withdraw()).thenThrows(ErrorCodes.NOT_FOUND));
    it('needs a reason', () => spec.given([submitted]).when({ ...withdraw(), data: { id: 'p1', reason: '' } }).thenThrows(ErrorCodes.INVALID_INPUT, 'reason'));
  });

  describe('amend', () => {
    const amended = (version: number, changes: PatchOperation[], requiredLevel: 'object' | 'administration' | 'portfolio', baseRevision = 1): ProposalEvent => ({
      type: 'ProposalAmended',
      data: { id: 'p1', version, baseRevision, changes, rationale: 'second thoughts', requiredLevel, reviewers: ['ksn', 'fsn', 'uhem'] },
    });

    it('records a new version with a recomputed level', () =>
      spec.given([submitted, reviewed('ksn')]).when(amend(changeTerms)).then([amended(2, changeTerms, 'portfolio')]));
    it('restarts reviews: a stakeholder that reviewed version 1 reviews version 2', () =>
      spec.given([submitted, reviewed('ksn'), amended(2, addHandover, 'administration')]).when(review('ksn')).then([reviewed('ksn', 'accept', 2)]));
    it('restarts reviews: consensus needs every stakeholder again', () =>
      spec
        .given([submitted, reviewed('ksn'), reviewed('fsn'), amended(2, addHandover, 'administration'), reviewed('ksn', 'accept', 2)])
        .when(review('uhem'))
        .then([reviewed('uhem', 'accept', 2)]));
    it('brings an escalated proposal back to review, held by no body', () => {
      const history = [submitted, reviewed('fsn', 'reject'), escalatedInReview];
      spec.given(history).when(amend(addHandover)).then([amended(2, addHandover, 'administration')]);
      expect(fold(proposalDecider, [...history, amended(2, addHandover, 'administration')])).toMatchObject({
        status: 'submitted',
        heldBy: null,
        version: 2,
        reviews: {},
        requiredLevel: 'administration',
      });
    });
    it('lets the submitter amend a conflicted proposal against the new head', () =>
      spec.given([...allAccepted, conflicted]).when(amend(renameS1, 2, olga, processAt2)).then([amended(2, renameS1, 'object', 2)]));
    it('refuses anyone but the submitter', () => spec.given([submitted]).when(amend(renameS1, 1, pelle)).thenThrows(ErrorCodes.NOT_THE_SUBMITTER));
    it('refuses an accepted proposal', () => spec.given(allAccepted).when(amend(renameS1)).thenThrows(ErrorCodes.INVALID_PROPOSAL_STATE));
    it('refuses a closed proposal', () => spec.given([submitted, withdrawn]).when(amend(renameS1)).thenThrows(ErrorCodes.PROPOSAL_CLOSED));
    it('checks the new patch against its base', () =>
      spec.given([submitted]).when(amend([{ op: 'remove', path: '/steps/s9' }])).thenThrows(ErrorCodes.PATCH_DOES_NOT_APPLY));
    it('refuses an unknown base revision', () => spec.given([submitted]).when(amend(renameS1, 3, olga, processAt2)).thenThrows(ErrorCodes.REVISION_UNKNOWN));
    it('refuses an amendment that changes nothing', () => spec.given([submitted]).when(amend([])).thenThrows(ErrorCodes.INVALID_INPUT));
    it('refuses process refs of another process', () =>
      spec.given([submitted]).when(amend(renameS1, 1, olga, { ...processAt1, id: 'VA-04' })).thenThrows(ErrorCodes.NOT_FOUND));
  });

  describe('overdue reviews', () => {
    it('escalates to the governing body once the deadline passed with reviews missing', () =>
      spec.given([withDeadline, reviewed('ksn')]).when(overdue()).then([
        {
          type: 'ProposalEscalated',
          data: {
            id: 'p1',
            fromBody: null,
            toBody: 'obj',
            toLevel: 'object',
            reason: 'review-deadline-passed',
            by: 'system',
            motivation: 'review deadline 2026-03-15T00:00:00.000Z passed; reviews missing from fsn, uhem',
          },
        },
      ]));
    it('refuses before the deadline', () => spec.given([withDeadline]).when(overdue('2026-03-14T23:59:59.000Z')).thenThrows(ErrorCodes.DEADLINE_NOT_PASSED));
    it('refuses at the very deadline', () => spec.given([withDeadline]).when(overdue('2026-03-15T00:00:00.000Z')).thenThrows(ErrorCodes.DEADLINE_NOT_PASSED));
    it('refuses a proposal without a deadline', () => spec.given([submitted]).when(overdue()).thenThrows(ErrorCodes.DEADLINE_NOT_PASSED));
    it('refuses when every review is in (accepted)', () =>
      spec.given([withDeadline, reviewed('ksn'), reviewed('fsn'), reviewed('uhem'), accepted]).when(overdue()).thenThrows(ErrorCodes.INVALID_PROPOSAL_STATE));
    it('refuses an already escalated proposal', () =>
      spec.given([withDeadline, reviewed('fsn', 'reject'), escalatedInReview]).when(overdue()).thenThrows(ErrorCodes.INVALID_PROPOSAL_STATE));
    it('refuses a withdrawn proposal', () => spec.given([withDeadline, withdrawn]).when(overdue()).thenThrows(ErrorCodes.PROPOSAL_CLOSED));
  });

  describe('application', () => {
    it('marks an accepted proposal applied', () => spec.given(allAccepted).when(markApplied()).then([applied]));
    it('marks an approved proposal applied', () =>
      spec
        .given([submitted, reviewed('fsn', 'reject'), escalatedInReview, decided('obj', 'object', 'approve')])
        .when(markApplied())
        .then([applied]));
    it('refuses a proposal still in review', () => spec.given([submitted]).when(markApplied()).thenThrows(ErrorCodes.INVALID_PROPOSAL_STATE));
    it('refuses applying twice', () => spec.given([...allAccepted, applied]).when(markApplied()).thenThrows(ErrorCodes.PROPOSAL_CLOSED));
    it('marks an accepted proposal conflicted', () => spec.given(allAccepted).when(markConflicted).then([conflicted]));
    it('refuses to mark a rejected proposal conflicted', () =>
      spec
        .given([submitted, reviewed('fsn', 'reject'), escalatedInReview, decided('obj', 'object', 'reject')])
        .when(markConflicted)
        .thenThrows(ErrorCodes.PROPOSAL_CLOSED));
    it('refuses to mark a conflicted proposal conflicted again', () =>
      spec.given([...allAccepted, conflicted]).when(markConflicted).thenThrows(ErrorCodes.INVALID_PROPOSAL_STATE));
    it('records the applied revision', () => expect(fold(proposalDecider, [...allAccepted, applied])).toMatchObject({ status: 'applied', appliedRevision: 2 }));
  });

  it('carries an approved deviation through to an active deviation, with no new revision', () => {
    // The deviation flow across both deciders, as the application would drive it.
    const run = (history: ProposalEvent[], command: ProposalCommand) => [...history, ...proposalDecider.decide(command, fold(proposalDecider, history))];
    let history = run([], submit({ kind: 'deviation', stakeholder: 'uhem', changes: [], rationale: 'our board meets monthly' }, pelle));
    history = run(history, review('ksn'));
    history = run(history, review('fsn', 'reject'));
    expect(fold(proposalDecider, history)).toMatchObject({ status: 'escalated', heldBy: 'obj', requiredLevel: 'object' });
    history = run(history, decide('obj', 'approve'));
    expect(fold(proposalDecider, history).status).toBe('approved');

    const deviationEvents = processDecider.decide(
      { type: 'RecordDeviation', data: { id: 'VA-03', proposalId: 'p1', stakeholder: 'uhem', rationale: 'our board meets monthly', changes: [] }, context: system },
      processAt1,
    );
    const process = fold(processDecider, [registered, ...deviationEvents]);
    expect(process.head).toBe(1);
    expect(harmonizationStatus(process, 'uhem')).toBe('deviating');

    history = run(history, markApplied(null));
    expect(fold(proposalDecider, history)).toMatchObject({ status: 'applied', appliedRevision: null, kind: 'deviation', stakeholder: 'uhem' });
  });

  describe('evolve', () => {
    it('folds a submission', () =>
      expect(fold(proposalDecider, [submitted])).toEqual({
        exists: true,
        id: 'p1',
        processId: 'VA-03',
        kind: 'change',
        status: 'submitted',
        submittedBy: 'olga',
        submitterStakeholder: 'ksn',
        stakeholder: null,
        version: 1,
        baseRevision: 1,
        changes: renameS1,
        rationale: 'clearer name',
        requiredLevel: 'object',
        reviewers: ['ksn', 'fsn', 'uhem'],
        reviews: {},
        governingBody: 'obj',
        heldBy: null,
        heldLevel: null,
        decisions: [],
        reviewDeadline: null,
        appliedRevision: null,
        conflict: null,
        submittedAt: NOW,
      }));
    it('keeps reviews and decisions', () =>
      expect(fold(proposalDecider, [submitted, reviewed('fsn', 'reject'), escalatedInReview, decided('obj', 'object', 'approve')])).toMatchObject({
        status: 'approved',
        heldBy: null,
        reviews: { fsn: { verdict: 'reject', reviewer: 'r-fsn', comment: 'not for us' } },
        decisions: [{ body: 'obj', level: 'object', outcome: 'approve', motivation: 'agreed', decidedBy: 'bo' }],
      }));
    it('ignores a review of an earlier version', () =>
      expect(
        fold(proposalDecider, [
          submitted,
          { type: 'ProposalAmended', data: { id: 'p1', version: 2, baseRevision: 1, changes: renameS1, rationale: 'r', requiredLevel: 'object', reviewers: ['ksn'] } },
          reviewed('ksn', 'accept', 1),
        ]).reviews,
      ).toEqual({}));
    it('leaves the state alone for an unknown event', () => {
      const state = fold(proposalDecider, [submitted]);
      expect(proposalDecider.evolve(state, { type: 'Else', data: {} } as never)).toBe(state);
    });
  });

  it('refuses an unknown command', () => spec.given([]).when({ type: 'Nope', data: {}, context: system } as never).thenThrows(ErrorCodes.INVALID_INPUT));
  it('names its stream', () => expect(proposalStream('p1')).toBe('proposal-p1'));
});
