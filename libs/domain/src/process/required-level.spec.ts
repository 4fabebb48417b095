import { applyChanges } from './apply-patch';
import type { ProcessDefinition } from './definition';
import { definition } from './process.fixtures';
import { requiredLevel } from './required-level';

const after = (change: (d: ProcessDefinition) => void): ProcessDefinition => {
  const d = definition();
  change(d);
  return d;
};
const level = (change: (d: ProcessDefinition) => void) => requiredLevel(definition(), after(change));

describe('requiredLevel', () => {
  describe('object: only steps of one stakeholder', () => {
    it('no change at all', () => expect(level(() => undefined)).toBe('object'));
    it('a step renamed', () => expect(level((d) => (d.steps.s1.name = 'Analyse'))).toBe('object'));
    it('two steps of the same performer changed', () =>
      expect(
        level((d) => {
          d.steps.s1.order = 10;
          d.steps.s4 = { name: 'Follow up', performer: 'ksn', order: 11 };
        }),
      ).toBe('object'));
    it('a step without terms added', () => expect(level((d) => (d.steps.s4 = { name: 'Archive', performer: 'uhem', order: 4 }))).toBe('object'));
    it('a step without terms or handovers removed', () =>
      expect(
        requiredLevel(
          after((d) => (d.steps.s4 = { name: 'Archive', performer: 'uhem', order: 4 })),
          definition(),
        ),
      ).toBe('object'));
    it("a step's systems changed", () => expect(level((d) => (d.steps.s3.systems = ['dalux', 'agresso']))).toBe('object'));
    it('terms merely reordered', () =>
      expect(requiredLevel(after((d) => (d.steps.s1.terms = ['lease', 'tenant'])), after((d) => (d.steps.s1.terms = ['tenant', 'lease'])))).toBe('object'));
    it('participants merely reordered', () => expect(level((d) => d.participants.reverse())).toBe('object'));
  });

  describe('administration', () => {
    it('steps of two stakeholders changed', () =>
      expect(
        level((d) => {
          d.steps.s1.name = 'Analyse';
          d.steps.s2.name = 'Decide';
        }),
      ).toBe('administration'));
    it("a step's performer changed (touches old and new performer)", () => expect(level((d) => (d.steps.s2.performer = 'ksn'))).toBe('administration'));
    it('the purpose changed', () => expect(level((d) => (d.purpose = 'Lease and let premises'))).toBe('administration'));
    it("a handover's condition changed", () => expect(level((d) => (d.handovers.h1.condition = 'Om beloppet överstiger 100 000 kr'))).toBe('administration'));
    it("a handover's split kind changed", () => expect(level((d) => (d.handovers.h1.split = 'parallel'))).toBe('administration'));
    it('a handover added', () => expect(level((d) => (d.handovers.h3 = { from: 's1', to: 's3', artifact: 'draft' }))).toBe('administration'));
    it('a handover removed', () => expect(level((d) => delete d.handovers.h2)).toBe('administration'));
    it('a handover changed, even between steps of one performer', () => expect(level((d) => (d.handovers.h1.artifact = 'report'))).toBe('administration'));
    it('a step of one stakeholder added and one of another removed', () =>
      expect(
        level((d) => {
          d.steps.s4 = { name: 'Archive', performer: 'ksn', order: 4 };
          delete d.steps.s3;
          delete d.handovers.h2;
        }),
      ).toBe('administration'));
  });

  describe('portfolio', () => {
    it('a participant added', () => expect(level((d) => d.participants.push('new'))).toBe('portfolio'));
    it('a participant removed', () =>
      expect(
        level((d) => {
          d.participants = ['ksn', 'fsn'];
          delete d.steps.s3;
          delete d.handovers.h2;
        }),
      ).toBe('portfolio'));
    it("a step's terms changed", () => expect(level((d) => (d.steps.s2.terms = ['tenant']))).toBe('portfolio'));
    it("a step's terms removed", () => expect(level((d) => delete d.steps.s1.terms)).toBe('portfolio'));
    it('a step with terms added', () => expect(level((d) => (d.steps.s4 = { name: 'Archive', performer: 'ksn', order: 4, terms: ['lease'] }))).toBe('portfolio'));
    it('a step with terms removed', () =>
      expect(
        level((d) => {
          delete d.steps.s1;
          delete d.handovers.h1;
        }),
      ).toBe('portfolio'));
    it('a whole-definition replace is judged by its effect, not its path', () => {
      const whole = after((d) => (d.steps.s2.terms = ['tenant']));
      expect(requiredLevel(definition(), applyChanges(definition(), [{ op: 'replace', path: '', value: whole }]))).toBe('portfolio');
    });
  });
});
