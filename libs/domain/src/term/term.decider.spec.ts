import { ErrorCodes, fold, type Role } from '../shared';
import type { StakeholderState } from '../stakeholder/stakeholder.state';
import { DeciderSpecification } from '../testing/decider-spec';
import type { DefineTerm, DeprecateTerm, MapLocalSynonym, ReviseTerm } from './term.commands';
import { termDecider } from './term.decider';
import type { TermEvent } from './term.events';
import type { TermState } from './term.state';
import { termStream } from './term.stream';

const spec = DeciderSpecification.for(termDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const as = (...roles: Role[]) => ({ principal: { id: 'p', roles }, now: NOW });
const admin = as({ role: 'admin' });
const reviewerKsn = as({ role: 'reviewer', stakeholder: 'ksn' });
const reviewerOther = as({ role: 'reviewer', stakeholder: 'uppsalahem' });
const ownerKsn = as({ role: 'process-owner', stakeholder: 'ksn' });

const ksn: StakeholderState = { exists: true, id: 'ksn', name: 'Kommunstyrelsen', kind: 'committee', retired: false };
const otherTerm = (over: Partial<TermState> = {}): TermState => ({
  ...termDecider.initialState(),
  exists: true,
  id: 'lokalbehov',
  label: 'Lokalbehov',
  definition: 'Behov av lokaler',
  version: 1,
  ...over,
});

const define = (data: Partial<DefineTerm['data']> = {}, context = admin): DefineTerm => ({
  type: 'DefineTerm',
  data: { id: 'hyresavtal', label: 'Hyresavtal', definition: 'Avtal om hyra av lokal', ...data },
  context,
});
const revise = (data: Partial<ReviseTerm['data']> = {}, context = admin): ReviseTerm => ({
  type: 'ReviseTerm',
  data: { id: 'hyresavtal', label: 'Hyresavtal', definition: 'Avtal om förhyrning av lokal', ...data },
  context,
});
const deprecate = (replacedBy: string | null = null, replacement?: TermState, context = admin, reason = 'obsolete'): DeprecateTerm => ({
  type: 'DeprecateTerm',
  data: { id: 'hyresavtal', reason, replacedBy },
  refs: { replacement },
  context,
});
const mapSynonym = (label: string, stakeholder: StakeholderState = ksn, context = admin, stakeholderId = 'ksn'): MapLocalSynonym => ({
  type: 'MapLocalSynonym',
  data: { id: 'hyresavtal', stakeholder: stakeholderId, label },
  refs: { stakeholder },
  context,
});

const defined: TermEvent = { type: 'TermDefined', data: { id: 'hyresavtal', label: 'Hyresavtal', definition: 'Avtal om hyra av lokal' } };
const deprecated: TermEvent = { type: 'TermDeprecated', data: { id: 'hyresavtal', reason: 'obsolete', replacedBy: null } };
const mapped: TermEvent = { type: 'LocalSynonymMapped', data: { id: 'hyresavtal', stakeholder: 'ksn', label: 'Inhyrningskontrakt' } };

describe('Term decider', () => {
  describe('define', () => {
    it('defines a term', () => spec.given([]).when(define()).then([defined]));
    it('refuses an existing term', () => spec.given([defined]).when(define()).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it.each(['id', 'label', 'definition'] as const)('refuses an empty %s', (field) =>
      spec.given([]).when(define({ [field]: ' ' })).thenThrows(ErrorCodes.INVALID_INPUT, field));
    it('refuses a reviewer', () => spec.given([]).when(define({}, reviewerKsn)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('revise', () => {
    it('revises and increments the version', () =>
      spec.given([defined]).when(revise()).then([
        { type: 'TermRevised', data: { id: 'hyresavtal', label: 'Hyresavtal', definition: 'Avtal om förhyrning av lokal', version: 2 } },
      ]));
    it('keeps counting versions', () =>
      spec
        .given([defined, { type: 'TermRevised', data: { id: 'hyresavtal', label: 'H', definition: 'D', version: 2 } }])
        .when(revise())
        .thenEvents(([e]) => expect(e.data).toMatchObject({ version: 3 })));
    it('appends nothing when label and definition are unchanged', () =>
      spec.given([defined]).when(revise({ definition: 'Avtal om hyra av lokal' })).then([]));
    it('refuses a deprecated term', () => spec.given([defined, deprecated]).when(revise()).thenThrows(ErrorCodes.TERM_DEPRECATED));
    it('refuses a missing term', () => spec.given([]).when(revise()).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses an empty label', () => spec.given([defined]).when(revise({ label: '' })).thenThrows(ErrorCodes.INVALID_INPUT, 'label'));
    it('refuses a non-admin', () => spec.given([defined]).when(revise({}, ownerKsn)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('deprecate', () => {
    it('deprecates without a replacement', () => spec.given([defined]).when(deprecate()).then([deprecated]));
    it('deprecates in favour of a live term', () =>
      spec.given([defined]).when(deprecate('lokalbehov', otherTerm())).then([
        { type: 'TermDeprecated', data: { id: 'hyresavtal', reason: 'obsolete', replacedBy: 'lokalbehov' } },
      ]));
    it('refuses a replacement that does not exist', () =>
      spec.given([defined]).when(deprecate('lokalbehov', undefined)).thenThrows(ErrorCodes.TERM_UNKNOWN));
    it('refuses a replacement state of another term', () =>
      spec.given([defined]).when(deprecate('annat', otherTerm())).thenThrows(ErrorCodes.TERM_UNKNOWN));
    it('refuses a deprecated replacement', () =>
      spec.given([defined]).when(deprecate('lokalbehov', otherTerm({ deprecated: true }))).thenThrows(ErrorCodes.TERM_DEPRECATED));
    it('refuses a term replacing itself', () =>
      spec.given([defined]).when(deprecate('hyresavtal', otherTerm({ id: 'hyresavtal' }))).thenThrows(ErrorCodes.INVALID_INPUT));
    it('refuses a second deprecation', () => spec.given([defined, deprecated]).when(deprecate()).thenThrows(ErrorCodes.ALREADY_DEPRECATED));
    it('refuses a missing term', () => spec.given([]).when(deprecate()).thenThrows(ErrorCodes.NOT_FOUND));
    it('requires a reason', () =>
      spec.given([defined]).when(deprecate(null, undefined, admin, '')).thenThrows(ErrorCodes.INVALID_INPUT, 'reason'));
    it('refuses a non-admin', () => spec.given([defined]).when(deprecate(null, undefined, reviewerKsn)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('map local synonym', () => {
    it('maps a synonym as admin', () => spec.given([defined]).when(mapSynonym('Inhyrningskontrakt')).then([mapped]));
    it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])('maps synonyms for a stakeholder named %s like any other (no member of Object.prototype in the way)', (id) => {
      const named: StakeholderState = { ...ksn, id };
      const mappedFor = (label: string): TermEvent => ({ type: 'LocalSynonymMapped', data: { id: 'hyresavtal', stakeholder: id, label } });
      spec.given([defined]).when(mapSynonym('Kontrakt', named, admin, id)).then([mappedFor('Kontrakt')]);
      spec.given([defined, mappedFor('Kontrakt')]).when(mapSynonym('Avtal', named, admin, id)).then([mappedFor('Avtal')]);
      spec.given([defined, mappedFor('Kontrakt')]).when(mapSynonym('kontrakt', named, admin, id)).thenThrows(ErrorCodes.ALREADY_EXISTS);
    });
    it('maps a synonym as a reviewer of that stakeholder', () =>
      spec.given([defined]).when(mapSynonym('Inhyrningskontrakt', ksn, reviewerKsn)).then([mapped]));
    it('refuses a reviewer of another stakeholder', () =>
      spec.given([defined]).when(mapSynonym('Inhyrningskontrakt', ksn, reviewerOther)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses a process owner of that stakeholder', () =>
      spec.given([defined]).when(mapSynonym('Inhyrningskontrakt', ksn, ownerKsn)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses an unknown stakeholder', () =>
      spec
        .given([defined])
        .when(mapSynonym('X', { ...ksn, exists: false }))
        .thenThrows(ErrorCodes.STAKEHOLDER_UNKNOWN));
    it('refuses a stakeholder state that belongs to another stakeholder', () =>
      spec.given([defined]).when(mapSynonym('X', ksn, admin, 'uppsalahem')).thenThrows(ErrorCodes.STAKEHOLDER_UNKNOWN));
    it('refuses a retired stakeholder', () =>
      spec.given([defined]).when(mapSynonym('X', { ...ksn, retired: true })).thenThrows(ErrorCodes.STAKEHOLDER_RETIRED));
    it('refuses a missing term', () => spec.given([]).when(mapSynonym('X')).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses a deprecated term', () => spec.given([defined, deprecated]).when(mapSynonym('X')).thenThrows(ErrorCodes.TERM_DEPRECATED));
    it('refuses the same synonym twice for a stakeholder, whatever the case', () =>
      spec.given([defined, mapped]).when(mapSynonym(' inhyrningskontrakt ')).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it('allows the same synonym for another stakeholder', () =>
      spec
        .given([defined, mapped])
        .when(mapSynonym('Inhyrningskontrakt', { ...ksn, id: 'uppsalahem' }, admin, 'uppsalahem'))
        .thenEvents(([e]) => expect(e.data).toEqual({ id: 'hyresavtal', stakeholder: 'uppsalahem', label: 'Inhyrningskontrakt' })));
    it('refuses an empty label', () => spec.given([defined]).when(mapSynonym('  ')).thenThrows(ErrorCodes.INVALID_INPUT, 'label'));
  });

  describe('evolve', () => {
    it('starts as not existing', () => expect(termDecider.initialState().exists).toBe(false));
    it('folds the history', () =>
      expect(
        fold(termDecider, [
          defined,
          { type: 'TermRevised', data: { id: 'hyresavtal', label: 'Hyresavtal', definition: 'Ny', version: 2 } },
          mapped,
          { type: 'LocalSynonymMapped', data: { id: 'hyresavtal', stakeholder: 'ksn', label: 'Hyreskontrakt' } },
          { type: 'TermDeprecated', data: { id: 'hyresavtal', reason: 'r', replacedBy: 'lokalbehov' } },
        ]),
      ).toEqual({
        exists: true,
        id: 'hyresavtal',
        label: 'Hyresavtal',
        definition: 'Ny',
        version: 2,
        deprecated: true,
        replacedBy: 'lokalbehov',
        synonyms: { ksn: ['Inhyrningskontrakt', 'Hyreskontrakt'] },
      }));
    it('leaves the state alone for an unknown event type', () => {
      const state = fold(termDecider, [defined]);
      expect(termDecider.evolve(state, { type: 'SomethingElse', data: {} } as never)).toBe(state);
    });
  });

  it('names its stream', () => expect(termStream('hyresavtal')).toBe('term-hyresavtal'));
});
