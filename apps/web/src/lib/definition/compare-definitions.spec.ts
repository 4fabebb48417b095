import fc from 'fast-check';
import { applyPatch, deepClone } from 'fast-json-patch';
import type { Definition } from '../types';
import { compareDefinitions, isEmptyComparison } from './compare-definitions';

const base: Definition = {
  purpose: 'Hantera felanmälningar.',
  participants: ['ksn', 'uppsalahem'],
  steps: {
    ta_emot: { name: 'Ta emot felanmälan', performer: 'uppsalahem', order: 1, terms: ['felanmalan'] },
    atgarda: { name: 'Åtgärda fel', performer: 'uppsalahem', order: 2, systems: ['felanmalningsportal'] },
  },
  handovers: { h1: { from: 'ta_emot', to: 'atgarda', artifact: 'Arbetsorder' } },
};

describe('compareDefinitions (old → new)', () => {
  it('names every value that changed with its old and new value', () => {
    const after = deepClone(base) as Definition;
    after.purpose = 'Hantera fel snabbt.';
    after.steps.atgarda.performer = 'ksn';
    after.steps.ny = { name: 'Följ upp', performer: 'ksn', order: 3 };
    delete (after.handovers as Record<string, unknown>).h1;
    after.participants = ['ksn', 'uppsalahem', 'utbn'];
    const c = compareDefinitions(base, after);
    expect(c.purpose).toEqual({ field: 'purpose', old: 'Hantera felanmälningar.', new: 'Hantera fel snabbt.' });
    expect(c.participants).toEqual({ added: ['utbn'], removed: [] });
    expect(c.elements).toEqual([
      { kind: 'step', id: 'atgarda', change: 'changed', fields: [{ field: 'performer', old: 'uppsalahem', new: 'ksn' }] },
      { kind: 'step', id: 'ny', change: 'added', fields: expect.arrayContaining([{ field: 'name', old: undefined, new: 'Följ upp' }]) },
      { kind: 'handover', id: 'h1', change: 'removed', fields: expect.arrayContaining([{ field: 'artifact', old: 'Arbetsorder', new: undefined }]) },
    ]);
  });

  it('a definition compared with itself (or a reordered copy of its keys) has no changes', () => {
    const reordered = { handovers: base.handovers, steps: { atgarda: base.steps.atgarda, ta_emot: base.steps.ta_emot }, participants: base.participants, purpose: base.purpose };
    expect(isEmptyComparison(compareDefinitions(base, reordered))).toBe(true);
  });

  it('for random single-field edits, the comparison reports exactly that field with old and new', () => {
    fc.assert(
      fc.property(fc.constantFrom('ta_emot', 'atgarda'), fc.constantFrom('name', 'performer', 'description'), fc.string({ minLength: 1, maxLength: 20 }), (id, field, value) => {
        const after = applyPatch(deepClone(base), [{ op: 'add', path: `/steps/${id}/${field}`, value }], false, false).newDocument as Definition;
        const old = (base.steps[id] as unknown as Record<string, unknown>)[field];
        const c = compareDefinitions(base, after);
        if (old === value) return expect(isEmptyComparison(c)).toBe(true);
        expect(c.elements).toEqual([{ kind: 'step', id, change: 'changed', fields: [{ field, old, new: value }] }]);
      }),
    );
  });
});
