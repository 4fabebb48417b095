import { useSyncExternalStore } from 'react';

/**
 * "Since I last looked" (GET /me/tasks?seenUpTo=): the global position up to which the person has
 * marked their decided and escalated proposals as seen. Kept per principal in localStorage, like
 * the language: a position is no secret, and it must outlive the tab to mean "since last time".
 * The API has no stored marker yet (docs/governance-notifications.md).
 */
const key = (principal: string) => `samsyn.seenUpTo.${principal}`;
const listeners = new Set<() => void>();

const read = (principal: string): string | undefined => {
  try {
    const v = localStorage.getItem(key(principal));
    return v !== null && /^\d{1,19}$/.test(v) ? v : undefined;
  } catch {
    return undefined;
  }
};

export const seenMarker = {
  get: read,
  set(principal: string, position: string): void {
    try {
      localStorage.setItem(key(principal), position);
    } catch {
      /* a browser without storage forgets it with the page */
    }
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export const useSeenMarker = (principal: string | undefined): string | undefined =>
  useSyncExternalStore(seenMarker.subscribe, () => (principal ? read(principal) : undefined));
