import { applyChanges } from './apply-patch';
import { definition } from './process.fixtures';
import { definitionPatch } from './definition-patch';
import { requiredLevel } from './required-level';

describe('definitionPatch (given two definitions, when the patch between them is applied to the first, then it gives the second)', () => {
  it('is empty for equal definitions', () => expect(definitionPatch(definition(), definition())).toEqual([]));

  it('removes, adds and replaces whole steps and handovers, and the required level follows the change', () => {
    const before = definition();
    const after = definition();
    delete after.handovers.h1;
    after.handovers.h2 = { ...after.handovers.h2, condition: 'Om avtalet är klart', split: 'exclusive' };
    after.steps.s9 = { name: 'Nytt steg', performer: after.steps.s1.performer, order: 9 };
    after.purpose = 'Ny';
    const patch = definitionPatch(before, after);
    expect(patch.map((op) => `${op.op} ${op.path}`)).toEqual(['remove /handovers/h1', 'replace /purpose', 'add /steps/s9', 'replace /handovers/h2']);
    expect(applyChanges(before, patch)).toEqual(after);
    expect(requiredLevel(before, after)).toBe('administration');
  });
});
