import { DomainError, ErrorCodes } from '../shared';
import type { ProcessDefinition } from './definition';
import { definitionProblems, validateDefinition } from './definition-validation';
import { definition, refs, stakeholder } from './process.fixtures';

const caught = (fn: () => void): DomainError => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

const withDef = (change: (d: ProcessDefinition) => void): ProcessDefinition => {
  const d = definition();
  change(d);
  return d;
};

const problemsOf = (d: unknown) => definitionProblems(d, refs());
const refusal = (d: unknown, options = {}) => caught(() => validateDefinition(d, refs(), options));

describe('validateDefinition', () => {
  it('accepts a valid definition', () => expect(() => validateDefinition(definition(), refs())).not.toThrow());
  it('accepts an empty set of handovers and steps without terms or systems', () =>
    expect(problemsOf({ purpose: 'p', participants: ['ksn'], steps: { a: { name: 'A', performer: 'ksn', order: 0 } }, handovers: {} })).toEqual([]));

  describe('shape', () => {
    it.each([null, 'text', 42, [], undefined])('refuses %p as a definition', (d) =>
      expect(refusal(d).code).toBe(ErrorCodes.INVALID_DEFINITION));
    it('refuses steps given as an array', () =>
      expect(problemsOf({ ...definition(), steps: [] }).map((p) => p.path)).toContain('/steps'));
    it('refuses handovers given as an array', () =>
      expect(problemsOf({ ...definition(), handovers: [] }).map((p) => p.path)).toContain('/handovers'));
    it('refuses unknown fields at every level', () => {
      const d = withDef((x) => {
        (x as unknown as Record<string, unknown>).colour = 'red';
        (x.steps.s1 as unknown as Record<string, unknown>).colour = 'red';
        (x.handovers.h1 as unknown as Record<string, unknown>).colour = 'red';
      });
      expect(problemsOf(d).map((p) => p.path)).toEqual(['/colour', '/steps/s1/colour', '/handovers/h1/colour']);
    });
    it('refuses a step that is not an object', () =>
      expect(problemsOf(withDef((x) => (x.steps.s4 = 'nope' as never))).map((p) => p.path)).toContain('/steps/s4'));
    it('refuses terms that are not a list', () =>
      expect(problemsOf(withDef((x) => (x.steps.s1.terms = 'lease' as never))).map((p) => p.path)).toEqual(['/steps/s1/terms']));
    it('refuses a description that is not a string', () =>
      expect(problemsOf(withDef((x) => (x.steps.s1.description = 3 as never))).map((p) => p.path)).toEqual(['/steps/s1/description']));
  });

  describe('purpose and participants', () => {
    it.each(['', '   ', 7])('refuses the purpose %p', (purpose) =>
      expect(problemsOf(withDef((x) => (x.purpose = purpose as never))).map((p) => p.path)).toEqual(['/purpose']));
    it('refuses no participants', () => {
      const d = { purpose: 'p', participants: [], steps: {}, handovers: {} };
      expect(problemsOf(d).map((p) => p.path)).toEqual(['/participants']);
    });
    it('refuses a participant listed twice', () =>
      expect(problemsOf(withDef((x) => x.participants.push('ksn')))).toEqual([
        expect.objectContaining({ code: ErrorCodes.INVALID_DEFINITION, path: '/participants/3' }),
      ]));
    it('refuses an unknown stakeholder with STAKEHOLDER_UNKNOWN when that is the only problem', () => {
      const e = refusal(withDef((x) => x.participants.push('nobody')));
      expect(e.code).toBe(ErrorCodes.STAKEHOLDER_UNKNOWN);
      expect(e.details).toEqual({ problems: [expect.objectContaining({ path: '/participants/3' })] });
    });
    it('refuses a retired stakeholder with STAKEHOLDER_RETIRED', () =>
      expect(refusal(withDef((x) => x.participants.push('old'))).code).toBe(ErrorCodes.STAKEHOLDER_RETIRED));
    it('does not treat an inherited property name as a stakeholder', () =>
      expect(refusal(withDef((x) => x.participants.push('constructor'))).code).toBe(ErrorCodes.STAKEHOLDER_UNKNOWN));
    it('tolerates a participant retired since the baseline, but not a newly added one', () => {
      const baseline = withDef((x) => x.participants.push('old'));
      expect(() => validateDefinition(baseline, refs(), { baseline })).not.toThrow();
      expect(refusal(baseline, { baseline: definition() }).code).toBe(ErrorCodes.STAKEHOLDER_RETIRED);
    });
  });

  describe('steps', () => {
    it.each(['', 'a/b', 'a b', '~1', '-x'])('refuses the step id %p', (id) =>
      expect(refusal(withDef((x) => (x.steps[id] = { name: 'X', performer: 'ksn', order: 9 }))).code).toBe(ErrorCodes.INVALID_DEFINITION));
    it.each(['Task_1', 'step.2', 'VA-03'])('accepts the BPMN-like step id %p', (id) =>
      expect(problemsOf(withDef((x) => (x.steps[id] = { name: 'X', performer: 'ksn', order: 9 })))).toEqual([]));
    it('refuses an empty step name', () =>
      expect(problemsOf(withDef((x) => (x.steps.s1.name = ' '))).map((p) => p.path)).toEqual(['/steps/s1/name']));
    it.each([NaN, Infinity, '1', undefined])('refuses the order %p', (order) =>
      expect(problemsOf(withDef((x) => (x.steps.s1.order = order as never))).map((p) => p.path)).toEqual(['/steps/s1/order']));
    it('refuses a performer that is not a participant', () =>
      expect(problemsOf(withDef((x) => (x.steps.s1.performer = 'nobody')))).toEqual([
        expect.objectContaining({ code: ErrorCodes.INVALID_DEFINITION, path: '/steps/s1/performer' }),
      ]));
    it('refuses an unknown term with TERM_UNKNOWN', () =>
      expect(refusal(withDef((x) => (x.steps.s2.terms = ['nope']))).code).toBe(ErrorCodes.TERM_UNKNOWN));
    it('refuses a deprecated term with TERM_DEPRECATED', () =>
      expect(refusal(withDef((x) => (x.steps.s2.terms = ['obsolete']))).code).toBe(ErrorCodes.TERM_DEPRECATED));
    it('tolerates a term that step already used at the baseline', () => {
      const baseline = withDef((x) => (x.steps.s2.terms = ['obsolete']));
      expect(() => validateDefinition(baseline, refs(), { baseline })).not.toThrow();
      const moved = withDef((x) => (x.steps.s3.terms = ['obsolete']));
      expect(refusal(moved, { baseline }).code).toBe(ErrorCodes.TERM_DEPRECATED);
    });
    it('refuses a term listed twice in a step', () =>
      expect(refusal(withDef((x) => (x.steps.s1.terms = ['lease', 'lease']))).code).toBe(ErrorCodes.INVALID_DEFINITION));
    it('refuses an unknown system with SYSTEM_UNKNOWN', () =>
      expect(refusal(withDef((x) => (x.steps.s2.systems = ['nope']))).code).toBe(ErrorCodes.SYSTEM_UNKNOWN));
    it('refuses a retired system with SYSTEM_RETIRED', () =>
      expect(refusal(withDef((x) => (x.steps.s2.systems = ['legacy']))).code).toBe(ErrorCodes.SYSTEM_RETIRED));
  });

  describe('handovers', () => {
    it('refuses a handover from a missing step', () =>
      expect(problemsOf(withDef((x) => (x.handovers.h1.from = 's9'))).map((p) => p.path)).toEqual(['/handovers/h1/from']));
    it('refuses a handover to a missing step', () =>
      expect(problemsOf(withDef((x) => (x.handovers.h1.to = 's9'))).map((p) => p.path)).toEqual(['/handovers/h1/to']));
    it('refuses a handover without an artifact', () =>
      expect(problemsOf(withDef((x) => (x.handovers.h1.artifact = ''))).map((p) => p.path)).toEqual(['/handovers/h1/artifact']));
    it('refuses a handover id that is not a slug', () =>
      expect(problemsOf(withDef((x) => (x.handovers['h 3'] = { from: 's1', to: 's2', artifact: 'a' }))).map((p) => p.path)).toEqual(['/handovers/h 3']));
    it('accepts a condition and the gateway kinds a handover leaves and reaches its steps through', () =>
      expect(problemsOf(withDef((x) => Object.assign(x.handovers.h1, { condition: 'Ja', split: 'exclusive', join: 'inclusive' })))).toEqual([]));
    it('refuses an empty condition and a gateway kind that is not one', () =>
      expect(problemsOf(withDef((x) => Object.assign(x.handovers.h1, { condition: ' ', split: 'xor', join: 7 }))).map((p) => p.path)).toEqual([
        '/handovers/h1/condition',
        '/handovers/h1/split',
        '/handovers/h1/join',
      ]));
    it('accepts a condition on a handover out of a parallel split (a nested choice further down the path)', () =>
      expect(problemsOf(withDef((x) => Object.assign(x.handovers.h1, { condition: 'Ja', split: 'parallel' })))).toEqual([]));
    it('refuses an id used by a step and a handover', () =>
      expect(problemsOf(withDef((x) => (x.handovers.s1 = { from: 's1', to: 's2', artifact: 'a' }))).map((p) => p.message)).toEqual([
        'id s1 is used by a step and a handover',
      ]));
  });

  it('lists every problem and falls back to INVALID_DEFINITION when they are of several kinds', () => {
    const d = withDef((x) => {
      x.purpose = '';
      x.participants.push('nobody');
      x.steps.s2.terms = ['nope'];
      x.handovers.h2.to = 's9';
    });
    const e = refusal(d);
    expect(e.code).toBe(ErrorCodes.INVALID_DEFINITION);
    expect((e.details as { problems: { path: string; code: string }[] }).problems).toEqual([
      expect.objectContaining({ path: '/purpose', code: ErrorCodes.INVALID_DEFINITION }),
      expect.objectContaining({ path: '/participants/3', code: ErrorCodes.STAKEHOLDER_UNKNOWN }),
      expect.objectContaining({ path: '/steps/s2/terms/0', code: ErrorCodes.TERM_UNKNOWN }),
      expect.objectContaining({ path: '/handovers/h2/to', code: ErrorCodes.INVALID_DEFINITION }),
    ]);
  });

  it('checks stakeholders against the refs it is given', () =>
    expect(caught(() => validateDefinition(definition(), refs({ stakeholders: { ksn: stakeholder('ksn'), fsn: stakeholder('fsn') } }))).code).toBe(
      ErrorCodes.STAKEHOLDER_UNKNOWN,
    ));
});
