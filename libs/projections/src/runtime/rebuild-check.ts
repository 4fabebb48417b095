import type { EventStore } from '@samsyn/event-store';
import { type AnyProjection, reviveState, stateKeyOf } from '../projection';
import type { ProjectionStateStore } from '../state-store/projection-state-store.port';
import { stateAsOf } from './time-travel';

export interface RebuildComparison {
  projection: string;
  /** The position of the live saved state (null: never saved), which the rebuild replays up to. */
  position: string | null;
  equal: boolean;
  /** Where the two first differ (a path of keys), when they do. */
  firstDifference?: string;
}

/**
 * Rebuilds a projection aside — fresh state, every event from the first up to the position its
 * live state was saved at, nothing written — and compares that with the saved state, key order
 * aside. Equal means the saved read model is what its events give today.
 */
export const compareWithRebuild = async (projection: AnyProjection, deps: { store: EventStore; stateStore: ProjectionStateStore }): Promise<RebuildComparison> => {
  const live = await deps.stateStore.load(stateKeyOf(projection));
  if (live.position === null || live.state === null) {
    return { projection: projection.name, position: null, equal: false, firstDifference: '(no saved state)' };
  }
  const head = (await deps.store.headPosition()) ?? 0n;
  if (live.position > head) return { projection: projection.name, position: live.position.toString(), equal: false, firstDifference: `(saved at ${live.position}, beyond the store's head ${head})` };
  // No snapshots: they are derived from the live fold too, and would be compared with themselves.
  const rebuilt = await stateAsOf(projection, { position: live.position }, { store: deps.store });
  const at = firstDifference(reviveState(projection, live.state), rebuilt.state, '');
  return { projection: projection.name, position: live.position.toString(), equal: at === null, ...(at === null ? {} : { firstDifference: at || '(the whole state)' }) };
};

/** The first path where two JSON values differ (object keys compared as sets), null when equal. */
export const firstDifference = (a: unknown, b: unknown, path: string): string | null => {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return JSON.stringify(a) === JSON.stringify(b) ? null : path;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of [...keys].sort()) {
    const inA = Object.prototype.hasOwnProperty.call(ra, key);
    const inB = Object.prototype.hasOwnProperty.call(rb, key);
    const sub = path ? `${path}.${key}` : key;
    if (inA !== inB) return sub;
    const d = firstDifference(ra[key], rb[key], sub);
    if (d !== null) return d;
  }
  return null;
};
