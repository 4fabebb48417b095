import fc from 'fast-check';
import { applyPatch, deepClone } from 'fast-json-patch';
import type { Definition } from '../../../lib/types';
import { buildPatch, pointer } from './build-patch';
import { edits } from './edit-definition';

const id = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }).filter((s) => s !== '__proto__' && s !== 'constructor' && s !== 'prototype');
const orgs = ['ksn', 'utbn', 'ifn', 'uppsalahem'];
const step = fc.record(
  { name: fc.string({ maxLength: 12 }), performer: fc.constantFrom(...orgs), order: fc.integer({ min: 1, max: 9 }), description: fc.string({ maxLength: 8 }), terms: fc.array(fc.constantFrom('lokal', 'hyresgast'), { minLength: 1, maxLength: 2 }), systems: fc.array(fc.constantFrom('ekonomisystem'), { minLength: 1, maxLength: 1 }) },
  { requiredKeys: ['name', 'performer'] },
);
const definition: fc.Arbitrary<Definition> = fc
  .record({ purpose: fc.string({ maxLength: 20 }), participants: fc.subarray(orgs), steps: fc.dictionary(id, step, { maxKeys: 5 }) })
  .chain((d) => {
    const ids = Object.keys(d.steps);
    const handover = ids.length ? fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), artifact: fc.string({ maxLength: 6 }) }, { requiredKeys: ['from', 'to'] }) : fc.constant(null);
    return fc.dictionary(id, handover, { maxKeys: 3 }).map((hs) => ({ ...d, handovers: Object.fromEntries(Object.entries(hs).filter(([, h]) => h !== null)) }) as Definition);
  });

const apply = (d: Definition, ops: ReturnType<typeof buildPatch>): Definition => applyPatch(deepClone(d), deepClone(ops), true, false).newDocument as Definition;

/** An edit the form can make, chosen at random against the definition it is made on. */
const edit = (d: Definition): fc.Arbitrary<Definition> => {
  const steps = Object.keys(d.steps);
  const hs = Object.keys(d.handovers);
  const options: fc.Arbitrary<Definition>[] = [
    fc.string({ maxLength: 10 }).map((p) => edits.setPurpose(d, p)),
    fc.constantFrom(...orgs).map((s) => edits.toggleParticipant(d, s)),
    fc.tuple(id, step).map(([i, s]) => edits.addStep(d, `n${i}`, s)),
  ];
  if (steps.length) {
    const s = fc.constantFrom(...steps);
    options.push(
      fc.tuple(s, fc.constantFrom('name', 'performer', 'description') as fc.Arbitrary<'name' | 'performer' | 'description'>, fc.constantFrom(...orgs, '', 'Nytt namn')).map(([i, f, v]) => edits.setStepField(d, i, f, f === 'name' || f === 'performer' ? v || 'x' : v)),
      fc.tuple(s, fc.constantFrom('terms', 'systems') as fc.Arbitrary<'terms' | 'systems'>, fc.constantFrom('lokal', 'felanmalan', 'ekonomisystem')).map(([i, f, v]) => edits.toggleStepList(d, i, f, v)),
      s.map((i) => edits.removeStep(d, i)),
      fc.tuple(id, s, s, fc.string({ maxLength: 5 })).map(([h, from, to, artifact]) => edits.setHandover(d, `h${h}`, { from, to, artifact })),
    );
  }
  if (hs.length) options.push(fc.constantFrom(...hs).map((h) => edits.removeHandover(d, h)));
  return fc.oneof(...options);
};

const edited = (d: Definition, n: number): fc.Arbitrary<Definition> => (n === 0 ? fc.constant(d) : edit(d).chain((next) => edited(next, n - 1)));

describe('the page\'s JSON Patch', () => {
  it('applied to the definition gives exactly the edited definition, for random sequences of form edits', () => {
    fc.assert(
      fc.property(
        definition.chain((d) => fc.integer({ min: 1, max: 6 }).chain((n) => edited(d, n).map((after) => [d, after] as const))),
        ([before, after]) => {
          expect(apply(before, buildPatch(before, after))).toEqual(after);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('applied to a definition gives exactly any other definition (ids with "/" and "~" too)', () => {
    fc.assert(
      fc.property(definition, definition, (before, after) => {
        expect(apply(before, buildPatch(before, after))).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });

  it('is empty when nothing was edited, and names fields, not whole steps', () => {
    const d: Definition = { purpose: 'p', participants: ['ksn'], steps: { 'a/b': { name: 'A', performer: 'ksn', order: 1 } }, handovers: {} };
    expect(buildPatch(d, d)).toEqual([]);
    expect(buildPatch(d, edits.setStepField(d, 'a/b', 'name', 'B'))).toEqual([{ op: 'replace', path: '/steps/a~1b/name', value: 'B' }]);
    expect(pointer('steps', 'x~y')).toBe('/steps/x~0y');
  });

  it('removing a step removes the handovers that name it, and the patch still applies', () => {
    const d: Definition = { purpose: 'p', participants: ['ksn'], steps: { a: { name: 'A', performer: 'ksn' }, b: { name: 'B', performer: 'ksn' } }, handovers: { h: { from: 'a', to: 'b' } } };
    const after = edits.removeStep(d, 'a');
    expect(after.handovers).toEqual({});
    expect(apply(d, buildPatch(d, after))).toEqual(after);
  });
});
