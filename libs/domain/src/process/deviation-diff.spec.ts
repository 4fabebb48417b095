import type { ProcessDefinition } from './definition';
import { compareDeviation } from './deviation-diff';
import { definition } from './process.fixtures';

const rev = (revision: number, change: (d: ProcessDefinition) => void = () => undefined) => {
  const d = definition();
  change(d);
  return { revision, definition: d };
};

describe('compareDeviation: a deviation against the current baseline', () => {
  it('given a patch that still applies to the head, then it answers head → variant with old and new values', () => {
    const head = rev(3, (d) => (d.steps.s1.name = 'Analyse'));
    const c = compareDeviation(head, rev(1), [{ op: 'replace', path: '/steps/s2/name', value: 'Approve locally' }]);
    expect(c).toMatchObject({ applies: true, against: 'head', againstRevision: 3 });
    expect(c.steps.values).toEqual({ s2: [{ field: 'name', old: 'Approve', new: 'Approve locally' }] });
  });

  it('given the head keeps the value the deviation wrote, then the head side shows the head value as old', () => {
    const head = rev(2, (d) => (d.steps.s2.name = 'Decide'));
    const c = compareDeviation(head, rev(1), [{ op: 'replace', path: '/steps/s2/name', value: 'Approve locally' }]);
    expect(c.steps.values.s2).toEqual([{ field: 'name', old: 'Decide', new: 'Approve locally' }]);
  });

  it('given a head that removed the step the deviation changes, then it answers base → variant and why', () => {
    const head = rev(2, (d) => {
      delete d.steps.s2;
      delete d.handovers.h1;
      delete d.handovers.h2;
    });
    const c = compareDeviation(head, rev(1), [{ op: 'replace', path: '/steps/s2/name', value: 'Approve locally' }]);
    expect(c).toMatchObject({ applies: false, against: 'base', againstRevision: 1, conflict: { code: 'PATCH_DOES_NOT_APPLY' } });
    expect(c.steps.values.s2).toEqual([{ field: 'name', old: 'Approve', new: 'Approve locally' }]);
  });

  it('given a deviation without a patch, then there is nothing to compare', () => {
    const c = compareDeviation(rev(1), rev(1), []);
    expect(c.applies).toBe(true);
    expect(c.steps).toEqual({ added: [], removed: [], changed: [], values: {} });
  });
});
