import { DomainError, ErrorCodes } from '../shared';
import { applyChanges } from './apply-patch';
import type { PatchOperation } from './definition';
import { definition } from './process.fixtures';

const refusal = (changes: unknown): DomainError => {
  try {
    applyChanges(definition(), changes as PatchOperation[]);
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('applyChanges', () => {
  it('applies add, replace, remove, move and copy', () => {
    const result = applyChanges(definition(), [
      { op: 'replace', path: '/steps/s1/name', value: 'Analyse' },
      { op: 'add', path: '/steps/s4', value: { name: 'Archive', performer: 'ksn', order: 4 } },
      { op: 'remove', path: '/steps/s3/description' },
      { op: 'move', from: '/handovers/h2', path: '/handovers/h9' },
      { op: 'copy', from: '/steps/s2/name', path: '/steps/s4/description' },
      { op: 'add', path: '/participants/-', value: 'new' },
    ]);
    expect(result.steps.s1.name).toBe('Analyse');
    expect(result.steps.s4).toEqual({ name: 'Archive', performer: 'ksn', order: 4, description: 'Approve' });
    expect(result.steps.s3.description).toBeUndefined();
    expect(Object.keys(result.handovers)).toEqual(['h1', 'h9']);
    expect(result.participants).toEqual(['ksn', 'fsn', 'uhem', 'new']);
  });

  it('never mutates the definition or the operations', () => {
    const before = definition();
    const value = { name: 'Archive', performer: 'ksn', order: 4 };
    const changes: PatchOperation[] = [
      { op: 'add', path: '/steps/s4', value },
      { op: 'replace', path: '/steps/s4/name', value: 'Store' },
      { op: 'remove', path: '/steps/s1' },
    ];
    const result = applyChanges(before, changes);
    expect(before).toEqual(definition());
    expect(value.name).toBe('Archive');
    expect(result.steps.s4.name).toBe('Store');
  });

  it('honours a test that holds', () =>
    expect(
      applyChanges(definition(), [
        { op: 'test', path: '/steps/s1/name', value: 'Analyse need' },
        { op: 'replace', path: '/steps/s1/name', value: 'Analyse' },
      ]).steps.s1.name,
    ).toBe('Analyse'));

  it('refuses when a test fails, naming its index', () => {
    const e = refusal([
      { op: 'replace', path: '/steps/s2/name', value: 'Decide' },
      { op: 'test', path: '/steps/s1/name', value: 'Something else' },
    ]);
    expect(e.code).toBe(ErrorCodes.PATCH_DOES_NOT_APPLY);
    expect(e.details).toMatchObject({ index: 1, reason: 'TEST_OPERATION_FAILED' });
  });

  it('refuses a test on a path through a missing step', () =>
    expect(refusal([{ op: 'test', path: '/steps/s9/name', value: 'x' }]).details).toMatchObject({ index: 0 }));

  it.each([
    ['replace of a missing step', { op: 'replace', path: '/steps/s9/name', value: 'x' }, 'OPERATION_PATH_UNRESOLVABLE'],
    ['remove of a missing handover', { op: 'remove', path: '/handovers/h9' }, 'OPERATION_PATH_UNRESOLVABLE'],
    ['add under a missing parent', { op: 'add', path: '/steps/s9/name', value: 'x' }, 'OPERATION_PATH_CANNOT_ADD'],
    ['move from a missing path', { op: 'move', from: '/steps/s9', path: '/steps/s8' }, 'OPERATION_FROM_UNRESOLVABLE'],
    ['an add without a value', { op: 'add', path: '/purpose' }, 'OPERATION_VALUE_REQUIRED'],
    ['a path without a leading slash', { op: 'replace', path: 'purpose', value: 'x' }, 'OPERATION_PATH_INVALID'],
    ['an array index out of bounds', { op: 'add', path: '/participants/9', value: 'x' }, 'OPERATION_VALUE_OUT_OF_BOUNDS'],
    ['an unknown op', { op: 'merge', path: '/purpose', value: 'x' }, 'OPERATION_OP_INVALID'],
    ["the library's private _get", { op: '_get', path: '/purpose' }, 'OPERATION_OP_INVALID'],
    ['a non-object operation', 'replace', 'OPERATION_OP_INVALID'],
  ])('refuses %s with the index of the failing operation', (_name, op, reason) => {
    const e = refusal([{ op: 'replace', path: '/purpose', value: 'ok' }, op]);
    expect(e.code).toBe(ErrorCodes.PATCH_DOES_NOT_APPLY);
    expect(e.details).toMatchObject({ index: 1, reason });
  });

  it('refuses changes that are not a list', () => expect(refusal({ op: 'remove', path: '/purpose' }).details).toMatchObject({ index: null }));

  it('refuses a prototype modification as a failing operation, not a crash', () =>
    expect(refusal([{ op: 'add', path: '/__proto__/polluted', value: 1 }]).code).toBe(ErrorCodes.PATCH_DOES_NOT_APPLY));

  it('applies an empty patch as a copy', () => {
    const d = definition();
    const result = applyChanges(d, []);
    expect(result).toEqual(d);
    expect(result).not.toBe(d);
  });
});
