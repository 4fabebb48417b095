import type { ProcessDefinition } from './definition';
import { describeDiff } from './definition-diff-values';
import { diffDefinitions } from './definition-diff';
import { definition } from './process.fixtures';

const changed = (change: (d: ProcessDefinition) => void): ProcessDefinition => {
  const d = definition();
  change(d);
  return d;
};

describe('describeDiff: the comparison names old and new values', () => {
  it('given two equal definitions, then no values are listed', () =>
    expect(describeDiff(definition(), definition())).toEqual({
      steps: { added: [], removed: [], changed: [], values: {} },
      handovers: { added: [], removed: [], changed: [], values: {} },
    }));

  it('given a renamed and reassigned step, then each changed field has its old and new value', () => {
    const d = describeDiff(definition(), changed((x) => {
      x.steps.s1.name = 'Analyse';
      x.steps.s1.performer = 'fsn';
      x.steps.s2.order = 5;
    }));
    expect(d.steps.changed).toEqual([
      { id: 's1', fields: ['name', 'performer'] },
      { id: 's2', fields: ['order'] },
    ]);
    expect(d.steps.values).toEqual({
      s1: [
        { field: 'name', old: 'Analyse need', new: 'Analyse' },
        { field: 'performer', old: 'ksn', new: 'fsn' },
      ],
      s2: [{ field: 'order', old: 2, new: 5 }],
    });
  });

  it('given changed terms and systems, then the elements added and removed are named beside the lists', () => {
    const d = describeDiff(definition(), changed((x) => {
      x.steps.s1.terms = ['tenant'];
      x.steps.s2.systems = ['dalux'];
    }));
    expect(d.steps.values.s1).toEqual([{ field: 'terms', old: ['lease'], new: ['tenant'], added: ['tenant'], removed: ['lease'] }]);
    expect(d.steps.values.s2).toEqual([{ field: 'systems', old: null, new: ['dalux'], added: ['dalux'], removed: [] }]);
  });

  it('given a removed description, then its new value is null', () =>
    expect(describeDiff(definition(), changed((x) => delete x.steps.s3.description)).steps.values.s3).toEqual([
      { field: 'description', old: 'contract', new: null },
    ]));

  it('given added and removed steps and handovers, then every field they arrive with or leave with is listed', () => {
    const d = describeDiff(definition(), changed((x) => {
      delete x.steps.s3;
      delete x.handovers.h2;
      x.steps.s4 = { name: 'Archive', performer: 'ksn', order: 4 };
      x.handovers.h3 = { from: 's2', to: 's4', artifact: 'file' };
      x.handovers.h1.artifact = 'analysis';
    }));
    expect(d.steps.values.s4).toEqual([
      { field: 'name', old: null, new: 'Archive' },
      { field: 'performer', old: null, new: 'ksn' },
      { field: 'order', old: null, new: 4 },
    ]);
    expect(d.steps.values.s3).toEqual([
      { field: 'name', old: 'Sign lease', new: null },
      { field: 'performer', old: 'uhem', new: null },
      { field: 'order', old: 3, new: null },
      { field: 'description', old: 'contract', new: null },
      { field: 'systems', old: ['dalux'], new: null, added: [], removed: ['dalux'] },
    ]);
    expect(d.handovers.values).toEqual({
      h3: [
        { field: 'from', old: null, new: 's2' },
        { field: 'to', old: null, new: 's4' },
        { field: 'artifact', old: null, new: 'file' },
      ],
      h2: [
        { field: 'from', old: 's2', new: null },
        { field: 'to', old: 's3', new: null },
        { field: 'artifact', old: 'decision', new: null },
      ],
      h1: [{ field: 'artifact', old: 'needs analysis', new: 'analysis' }],
    });
  });

  it('given changed purpose and participants, then both lists are given whole beside what came and went', () => {
    const d = describeDiff(definition(), changed((x) => {
      x.purpose = 'New';
      x.participants = ['ksn', 'fsn', 'new'];
    }));
    expect(d.purpose).toEqual({ from: 'Lease premises for the municipality', to: 'New' });
    expect(d.participants).toEqual({ added: ['new'], removed: ['uhem'], old: ['ksn', 'fsn', 'uhem'], new: ['ksn', 'fsn', 'new'] });
  });

  it('keeps every field of the structural diff as it was (additive for existing clients)', () => {
    const after = changed((x) => {
      x.steps.s2.name = 'Decide';
      x.handovers.h3 = { from: 's1', to: 's3', artifact: 'draft' };
      x.participants.push('new');
    });
    const plain = diffDefinitions(definition(), after);
    const described = describeDiff(definition(), after);
    expect(described).toMatchObject(plain as unknown as Record<string, unknown>);
    expect(described.steps.changed).toEqual(plain.steps.changed);
  });

  it('does not share values with the definitions it compares', () => {
    const after = changed((x) => (x.steps.s1.terms = ['tenant']));
    const d = describeDiff(definition(), after);
    (d.steps.values.s1[0].new as string[]).push('mutated');
    expect(after.steps.s1.terms).toEqual(['tenant']);
  });
});
