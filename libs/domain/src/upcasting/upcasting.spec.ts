import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentSchemaVersion, KNOWN_EVENT_TYPES, UnknownEventTypeError } from './schema-versions';
import { upcast, UnsupportedSchemaVersionError } from './upcast';
import { UPCASTERS } from './upcasters';

const v1Review = {
  id: 'p-1',
  version: 1,
  stakeholder: 'ksn',
  reviewer: 'rolf',
  approved: true,
  comment: 'Bra',
};

/** Every `DomainEvent<'Type'` declared in the catalogue's *.events.ts files. */
const declaredEventTypes = (): string[] => {
  const src = join(__dirname, '..');
  return readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(src, d.name))
        .filter((f) => f.endsWith('.events.ts'))
        .map((f) => readFileSync(join(src, d.name, f), 'utf8')),
    )
    .flatMap((text) => [...text.matchAll(/DomainEvent<\s*'([A-Za-z]+)'/g)].map((m) => m[1]));
};

describe('upcasting', () => {
  describe('ReviewSubmitted v1 → v2', () => {
    it('given a v1 approval, when read, then it is an accept verdict', () =>
      expect(upcast({ type: 'ReviewSubmitted', schemaVersion: 1, data: v1Review })).toEqual({
        type: 'ReviewSubmitted',
        data: { id: 'p-1', version: 1, stakeholder: 'ksn', reviewer: 'rolf', verdict: 'accept', comment: 'Bra' },
      }));
    it('given a v1 refusal, when read, then it is a reject verdict without `approved`', () => {
      const event = upcast({ type: 'ReviewSubmitted', schemaVersion: 1, data: { ...v1Review, approved: false } });
      expect(event.data).toMatchObject({ verdict: 'reject' });
      expect(event.data).not.toHaveProperty('approved');
    });
    it('given v1 data without `approved`, when read, then it is refused clearly', () =>
      expect(() => upcast({ type: 'ReviewSubmitted', schemaVersion: 1, data: { id: 'p-1' } })).toThrow(/approved: boolean/));
    it('given a v2 event, when read, then it passes through unchanged', () => {
      const data = { id: 'p-1', version: 2, stakeholder: 'ksn', reviewer: 'rolf', verdict: 'reject', comment: 'Nej' };
      expect(upcast({ type: 'ReviewSubmitted', schemaVersion: 2, data })).toEqual({ type: 'ReviewSubmitted', data });
    });
  });

  it('passes a current-version event of another type through unchanged', () => {
    const data = { id: 'ksn', name: 'Kommunstyrelsen', kind: 'committee' };
    expect(upcast({ type: 'StakeholderRegistered', schemaVersion: 1, data })).toEqual({ type: 'StakeholderRegistered', data });
  });

  it('refuses an unknown event type', () =>
    expect(() => upcast({ type: 'StakeholderVanished', schemaVersion: 1, data: {} })).toThrow(UnknownEventTypeError));
  it('refuses a version newer than it knows', () =>
    expect(() => upcast({ type: 'ReviewSubmitted', schemaVersion: 3, data: {} })).toThrow(UnsupportedSchemaVersionError));
  it.each([0, -1, 1.5, Number.NaN])('refuses the schema version %p', (schemaVersion) =>
    expect(() => upcast({ type: 'ReviewSubmitted', schemaVersion, data: v1Review })).toThrow(UnsupportedSchemaVersionError));

  describe('registry', () => {
    it('knows the current version of a type and refuses an unknown one', () => {
      expect(currentSchemaVersion('ReviewSubmitted')).toBe(2);
      expect(currentSchemaVersion('ProposalSubmitted')).toBe(1);
      expect(() => currentSchemaVersion('NoSuchEvent')).toThrow(UnknownEventTypeError);
      expect(() => currentSchemaVersion('toString')).toThrow(UnknownEventTypeError);
    });
    it('lists exactly the event types declared in the catalogue', () => {
      const declared = declaredEventTypes();
      expect(declared).toContain('ProposalConflicted');
      expect([...KNOWN_EVENT_TYPES].sort()).toEqual([...new Set(declared)].sort());
    });
    it('has an unbroken chain of upcasters from version 1 to the current version of every type', () => {
      for (const type of KNOWN_EVENT_TYPES) {
        for (let v = 1; v < currentSchemaVersion(type); v++) {
          expect([type, v, typeof UPCASTERS[type]?.[v]]).toEqual([type, v, 'function']);
        }
      }
    });
  });
});
