import { ErrorCodes, fold, type CommandContext, type Role } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import { proposalDecider } from '../proposal/proposal.decider';
import type { SubmitProposal } from '../proposal/proposal.commands';
import type { PatchOperation } from './definition';
import { DEFINITION_BOUNDS, measureJson, PATCH_BOUNDS } from './definition-bounds';
import { processDecider } from './process.decider';
import type { ProcessEvent } from './process.events';
import type { ApplyChangeProposal, RegisterProcess } from './process.commands';
import { body, definition, refs } from './process.fixtures';

const NOW = '2026-03-01T09:00:00.000Z';
const as = (id: string, ...roles: Role[]): CommandContext => ({ principal: { id, roles }, now: NOW });
const olga = as('olga', { role: 'process-owner', stakeholder: 'ksn' });
const registered: ProcessEvent = {
  type: 'ProcessRegistered',
  data: { id: 'VA-03', name: 'Leasing in', owner: { principal: 'olga', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: definition() },
};
const process = fold(processDecider, [registered]);

const submit = (changes: unknown[]): SubmitProposal => ({
  type: 'SubmitProposal',
  data: { id: 'p1', processId: 'VA-03', kind: 'change', baseRevision: 1, changes: changes as PatchOperation[], rationale: 'r' },
  context: olga,
  refs: { ...refs(), process },
});
const apply = (changes: unknown[]): ApplyChangeProposal => ({
  type: 'ApplyChangeProposal',
  data: { id: 'VA-03', proposalId: 'p1', baseRevision: 1, changes: changes as PatchOperation[], rationale: 'r' },
  context: as('system'),
  refs: refs(),
});
const register = (over: Record<string, unknown>): RegisterProcess => ({
  type: 'RegisterProcess',
  data: { id: 'VA-03', name: 'Leasing in', ownerStakeholder: 'ksn', governingBody: 'obj', definition: { ...definition(), ...over } },
  context: olga,
  refs: { ...refs(), body: body('obj', 'object', 'adm', ['bo']) },
});

/** The attack of issue 10: one value, then copies of the growing list into itself. */
const doublingCopies = (n: number): unknown[] => [
  { op: 'add', path: '/participants/-', value: 'x' },
  ...Array.from({ length: n }, () => ({ op: 'copy', from: '/participants', path: '/participants/-' })),
];
const deep = (levels: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};

const proposals = DeciderSpecification.for(proposalDecider);
const processes = DeciderSpecification.for(processDecider);

describe('patch bounds (given a process, when a patch goes past PATCH_BOUNDS, then PATCH_TOO_LARGE)', () => {
  it('refuses the doubling copy chain of issue 10 while applying, in well under a second', () => {
    const started = Date.now();
    proposals.given([]).when(submit(doublingCopies(60))).thenThrows(ErrorCodes.PATCH_TOO_LARGE, 'at most');
    // A generous bound only: without the budget, 22 copies took 11 s and 718 MB.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('names the operation and the limit it passed', () => {
    let caught: { code?: string; details?: unknown } = {};
    try {
      proposalDecider.decide(submit(doublingCopies(60)), proposalDecider.initialState());
    } catch (e) {
      caught = e as typeof caught;
    }
    expect(caught.code).toBe(ErrorCodes.PATCH_TOO_LARGE);
    expect(caught.details).toMatchObject({ limit: 'producedBytes', max: PATCH_BOUNDS.maxProducedBytes });
    expect((caught.details as { index: number }).index).toBeLessThan(40);
  });

  it('refuses copies that are removed again in between (the budget counts what is produced, not what stays)', () => {
    const big = { op: 'add', path: '/steps/s2/description', value: 'd'.repeat(60_000) };
    const churn = Array.from({ length: 20 }, () => [
      { op: 'copy', from: '/steps/s2', path: '/steps/c' },
      { op: 'remove', path: '/steps/c' },
    ]).flat();
    proposals.given([]).when(submit([big, ...churn])).thenThrows(ErrorCodes.PATCH_TOO_LARGE);
  });

  it('refuses more operations than allowed', () =>
    proposals
      .given([])
      .when(submit(Array.from({ length: PATCH_BOUNDS.maxOperations + 1 }, () => ({ op: 'test', path: '/purpose', value: definition().purpose }))))
      .thenThrows(ErrorCodes.PATCH_TOO_LARGE, 'operations'));

  it('refuses a huge value in add, replace and test', () => {
    const huge = 'x'.repeat(PATCH_BOUNDS.maxValueBytes + 1);
    for (const op of ['add', 'replace', 'test']) {
      proposals.given([]).when(submit([{ op, path: '/steps/s1/description', value: huge }])).thenThrows(ErrorCodes.PATCH_TOO_LARGE, 'bytes');
    }
  });

  it('refuses a deeply nested value before cloning it', () =>
    proposals.given([]).when(submit([{ op: 'add', path: '/steps/s1/description', value: deep(5_000) }])).thenThrows(ErrorCodes.PATCH_TOO_LARGE, 'levels'));

  it('refuses many adds that are small each but large together', () =>
    proposals
      .given([])
      .when(submit(Array.from({ length: 20 }, (_, i) => ({ op: 'add', path: `/steps/s${i + 10}`, value: { name: 'n', performer: 'ksn', order: i, description: 'd'.repeat(30_000) } }))))
      .thenThrows(ErrorCodes.PATCH_TOO_LARGE, 'in all'));

  it('moves cost nothing: a patch of moves is not refused for its size', () =>
    proposals
      .given([])
      .when(submit([{ op: 'move', from: '/steps/s3/description', path: '/steps/s2/description' }]))
      .thenEvents((events) => expect(events[0].type).toBe('ProposalSubmitted')));

  it('the same bounds hold when a proposal is applied to the process', () =>
    processes.given([registered]).when(apply(doublingCopies(60))).thenThrows(ErrorCodes.PATCH_TOO_LARGE));
});

describe('definition bounds (when a definition goes past DEFINITION_BOUNDS, then DEFINITION_TOO_LARGE)', () => {
  const steps = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, { name: 'n', performer: 'ksn', order: i }]));

  it('refuses too many steps, with the limit in the details', () =>
    processes.given([]).when(register({ steps: steps(DEFINITION_BOUNDS.maxSteps + 1), handovers: {} })).thenThrows(ErrorCodes.DEFINITION_TOO_LARGE, 'steps'));

  it('refuses too many participants', () =>
    processes
      .given([])
      .when(register({ participants: Array.from({ length: DEFINITION_BOUNDS.maxParticipants + 1 }, (_, i) => `p${i}`) }))
      .thenThrows(ErrorCodes.DEFINITION_TOO_LARGE, 'participants'));

  it('refuses too many handovers', () => {
    const handovers = Object.fromEntries(Array.from({ length: DEFINITION_BOUNDS.maxHandovers + 1 }, (_, i) => [`h${i}`, { from: 's1', to: 's2', artifact: 'a' }]));
    processes.given([]).when(register({ handovers })).thenThrows(ErrorCodes.DEFINITION_TOO_LARGE, 'handovers');
  });

  it.each([
    ['purpose', { purpose: 'p'.repeat(DEFINITION_BOUNDS.maxLength.purpose + 1) }],
    ['name', { steps: { ...definition().steps, s1: { ...definition().steps.s1, name: 'n'.repeat(DEFINITION_BOUNDS.maxLength.name + 1) } } }],
    ['description', { steps: { ...definition().steps, s1: { ...definition().steps.s1, description: 'd'.repeat(DEFINITION_BOUNDS.maxLength.description + 1) } } }],
    ['artifact', { handovers: { h1: { from: 's1', to: 's2', artifact: 'a'.repeat(DEFINITION_BOUNDS.maxLength.artifact + 1) } } }],
    ['condition', { handovers: { h1: { from: 's1', to: 's2', artifact: 'a', condition: 'c'.repeat(DEFINITION_BOUNDS.maxLength.condition + 1) } } }],
  ])('refuses a %s longer than allowed', (field, over) =>
    processes.given([]).when(register(over)).thenThrows(ErrorCodes.DEFINITION_TOO_LARGE, field));

  it('refuses a definition larger than allowed in all', () =>
    processes
      .given([])
      .when(register({ steps: Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`s${i}`, { name: 'n', performer: 'ksn', order: i, description: 'd'.repeat(9_000) }])), handovers: {} }))
      .thenThrows(ErrorCodes.DEFINITION_TOO_LARGE, 'bytes'));

  it('a patch that stays within its budget may still not push the definition past its own bound', () => {
    const grow = Array.from({ length: 8 }, (_, i) => ({ op: 'add', path: `/steps/g${i}`, value: { name: 'n', performer: 'ksn', order: i, description: 'd'.repeat(9_000) } }));
    proposals.given([]).when(submit(grow)).thenEvents((events) => expect(events).toHaveLength(1));
    const longer = [{ op: 'add', path: '/purpose', value: 'p'.repeat(DEFINITION_BOUNDS.maxLength.purpose + 1) }];
    proposals.given([]).when(submit(longer)).thenThrows(ErrorCodes.DEFINITION_TOO_LARGE, 'purpose');
  });
});

describe('measureJson', () => {
  it('matches JSON.stringify on plain values (no escapes)', () => {
    const d = definition();
    expect(measureJson(d, 1e9).bytes).toBe(JSON.stringify(d).length);
  });
  it('stops at the limit, however large the value', () => {
    const shared: unknown[] = ['x'.repeat(1000)];
    let v: unknown[] = shared;
    for (let i = 0; i < 40; i++) v = [v, v]; // 2^40 leaves by sharing
    expect(measureJson(v, 10_000).bytes).toBeGreaterThan(10_000);
  });
  it('measures depth without recursion', () => expect(measureJson(deep(100_000), 1e9, 20).depth).toBeGreaterThan(20));
});
