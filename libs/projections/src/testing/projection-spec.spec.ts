import { dict } from '@samsyn/domain/shared/dict';
import type { Projection } from '../projection';
import { processRegistered, stakeholderRegistered } from './given-events';
import { projectionSpec } from './projection-spec';

/** Counts registrations per id in a dict; `revive` can be left out to show what the save check catches. */
const counting = (revive: boolean): Projection<{ seen: Record<string, number> }> => ({
  name: 'counting',
  version: 1,
  initialState: () => ({ seen: dict() }),
  ...(revive ? { revive: (s: { seen: Record<string, number> }) => ({ seen: Object.assign(dict<number>(), s.seen) }) } : {}),
  apply(s, e) {
    if (e.type === 'StakeholderRegistered') s.seen[e.data.id] = (s.seen[e.data.id] ?? 0) + 1;
    return s;
  },
});

describe('projectionSpec', () => {
  const spec = projectionSpec(counting(true));

  it('then: the read model equals the one expected, or passes the callback', () => {
    spec.given([stakeholderRegistered('ksn')]).when(stakeholderRegistered('ksn')).then({ seen: { ksn: 2 } });
    spec.given([]).when().then((s) => expect(s.seen).toEqual({}));
    expect(() => spec.given([stakeholderRegistered('ksn')]).when(stakeholderRegistered('fsn')).then({ seen: { ksn: 1 } })).toThrow();
    expect(() => spec.given([]).when(stakeholderRegistered('ksn')).then((s) => expect(s.seen.ksn).toBe(2))).toThrow();
  });

  it('thenUnchanged: the when event left the read model as the given events made it', () => {
    spec.given([stakeholderRegistered('ksn')]).when(processRegistered()).thenUnchanged();
    expect(() => spec.given([]).when(stakeholderRegistered('ksn')).thenUnchanged()).toThrow();
  });

  it('every then also folds on from the given state as saved and read back: a state that does not survive its save fails', () => {
    // Read back without revive, the map has Object.prototype again: `constructor` is found there.
    const forgetful = projectionSpec(counting(false));
    const given = [stakeholderRegistered('ksn')];
    expect(() => forgetful.given(given).when(stakeholderRegistered('constructor')).then((s) => expect(s.seen.constructor).toBe(1))).toThrow();
    spec.given(given).when(stakeholderRegistered('constructor')).then((s) => expect(s.seen.constructor).toBe(1));
  });

  it('events stand at positions 1, 2, … one step apart, unless they name their own', () => {
    const seen: [bigint, string][] = [];
    const recorder: Projection<null> = { name: 'r', version: 1, initialState: () => null, apply: (s, e) => (seen.push([e.position, e.metadata.occurredAt]), s) };
    projectionSpec(recorder, { start: '2026-05-01T00:00:00.000Z', stepMs: 1000 })
      .given([stakeholderRegistered('a'), { ...stakeholderRegistered('b'), position: 9n }])
      .when(stakeholderRegistered('c'))
      .then(null);
    expect(seen.slice(0, 3)).toEqual([
      [1n, '2026-05-01T00:00:00.000Z'],
      [9n, '2026-05-01T00:00:01.000Z'],
      [3n, '2026-05-01T00:00:02.000Z'],
    ]);
  });
});
