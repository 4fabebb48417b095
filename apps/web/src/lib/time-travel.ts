import { useSyncExternalStore } from 'react';

/** "As of": every read passes it (asOf=<instant> or asOfPosition=<global position>); null = now. */
export type AsOfSetting = { kind: 'instant'; instant: string } | { kind: 'position'; position: string } | null;

let current: AsOfSetting = null;
const listeners = new Set<() => void>();

export const timeTravel = {
  get: (): AsOfSetting => current,
  set(next: AsOfSetting): void {
    current = next;
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export const useAsOf = (): AsOfSetting => useSyncExternalStore(timeTravel.subscribe, timeTravel.get);

export const asOfParams = (a: AsOfSetting): Record<string, string> =>
  a === null ? {} : a.kind === 'instant' ? { asOf: a.instant } : { asOfPosition: a.position };
