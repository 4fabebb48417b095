import type { Definition } from '../../../lib/types';
import { rebaseDraft } from './rebase-draft';

const head: Definition = { purpose: 'p', participants: ['ksn'], steps: { a: { name: 'Nytt namn', performer: 'ksn' } }, handovers: {} };

describe('a conflicted proposal carried onto the new head', () => {
  it('keeps what still applies, drops the tests against the old base, and names what no longer applies', () => {
    const { draft, skipped } = rebaseDraft(head, [
      { op: 'test', path: '/steps/a/name', value: 'Gammalt namn' },
      { op: 'add', path: '/steps/a/description', value: 'Ny beskrivning' },
      { op: 'replace', path: '/steps/gone/name', value: 'x' },
    ]);
    expect(draft.steps.a).toEqual({ name: 'Nytt namn', performer: 'ksn', description: 'Ny beskrivning' });
    expect(skipped).toEqual([{ op: 'replace', path: '/steps/gone/name', value: 'x' }]);
    expect(head.steps.a.description).toBeUndefined();
  });
});
