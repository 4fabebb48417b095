import type { ProcessDefinition } from './definition';
import { diffDefinitions, isEmptyDiff, summarizeDiff } from './definition-diff';
import { definition } from './process.fixtures';

const changed = (change: (d: ProcessDefinition) => void): ProcessDefinition => {
  const d = definition();
  change(d);
  return d;
};

describe('diffDefinitions', () => {
  it('finds nothing between equal definitions', () => {
    const diff = diffDefinitions(definition(), definition());
    expect(diff).toEqual({ steps: { added: [], removed: [], changed: [] }, handovers: { added: [], removed: [], changed: [] } });
    expect(isEmptyDiff(diff)).toBe(true);
    expect(summarizeDiff(diff)).toBe('no structural change');
  });

  it('reports a changed purpose with both values', () =>
    expect(diffDefinitions(definition(), changed((d) => (d.purpose = 'New'))).purpose).toEqual({ from: 'Lease premises for the municipality', to: 'New' }));

  it('reports participants added and removed, ignoring their order', () => {
    expect(diffDefinitions(definition(), changed((d) => (d.participants = ['uhem', 'ksn', 'fsn']))).participants).toBeUndefined();
    expect(diffDefinitions(definition(), changed((d) => (d.participants = ['ksn', 'fsn', 'new'])))?.participants).toEqual({
      added: ['new'],
      removed: ['uhem'],
    });
  });

  it('reports steps added, removed and changed with the fields that changed', () => {
    const after = changed((d) => {
      delete d.steps.s3;
      d.steps.s4 = { name: 'Archive', performer: 'ksn', order: 4 };
      d.steps.s1.name = 'Analyse';
      d.steps.s1.performer = 'fsn';
      delete d.steps.s2.description;
      d.steps.s2.description = 'new text';
    });
    expect(diffDefinitions(definition(), after).steps).toEqual({
      added: ['s4'],
      removed: ['s3'],
      changed: [
        { id: 's1', fields: ['name', 'performer'] },
        { id: 's2', fields: ['description'] },
      ],
    });
  });

  it('ignores the order of terms and systems, and an absent list equals an empty one', () => {
    const after = changed((d) => {
      d.steps.s1.terms = ['lease'];
      d.steps.s1.systems = ['agresso'];
      d.steps.s2.terms = [];
    });
    expect(isEmptyDiff(diffDefinitions(definition(), after))).toBe(true);
    const reordered = changed((d) => (d.steps.s1.terms = ['tenant', 'lease']));
    expect(diffDefinitions(changed((d) => (d.steps.s1.terms = ['lease', 'tenant'])), reordered).steps.changed).toEqual([]);
  });

  it('reports a changed term list as a changed field', () =>
    expect(diffDefinitions(definition(), changed((d) => (d.steps.s2.terms = ['tenant']))).steps.changed).toEqual([{ id: 's2', fields: ['terms'] }]));

  it('reports handovers added, removed and changed', () => {
    const after = changed((d) => {
      delete d.handovers.h1;
      d.handovers.h2.artifact = 'signed decision';
      d.handovers.h3 = { from: 's1', to: 's3', artifact: 'draft' };
    });
    expect(diffDefinitions(definition(), after).handovers).toEqual({
      added: ['h3'],
      removed: ['h1'],
      changed: [{ id: 'h2', fields: ['artifact'] }],
    });
  });

  it('reports a changed condition or gateway kind as a change of that handover', () => {
    const before = changed((d) => Object.assign(d.handovers.h1, { condition: 'Ja', split: 'exclusive' }));
    const after = changed((d) => Object.assign(d.handovers.h1, { condition: 'Nej', split: 'inclusive', join: 'parallel' }));
    expect(diffDefinitions(before, after).handovers.changed).toEqual([{ id: 'h1', fields: ['condition', 'split', 'join'] }]);
  });

  it('does not mistake an inherited property name for an existing step', () =>
    expect(diffDefinitions(definition(), changed((d) => (d.steps['constructor'] = { name: 'C', performer: 'ksn', order: 9 }))).steps.added).toEqual([
      'constructor',
    ]));

  it('summarizes on one line', () => {
    const after = changed((d) => {
      d.purpose = 'New';
      d.participants.push('new');
      d.steps.s2.name = 'Decide';
      d.handovers.h3 = { from: 's1', to: 's3', artifact: 'draft' };
    });
    expect(summarizeDiff(diffDefinitions(definition(), after))).toBe('purpose changed; participants added: new; steps changed: s2; handovers added: h3');
  });
});
