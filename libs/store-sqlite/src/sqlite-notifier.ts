import { EventEmitter } from 'node:events';
import { resolve as resolvePath } from 'node:path';

/** The wake-up of the store's catch-up subscriptions: told after each commit that wrote events. */
export interface AppendNotifier {
  notify(): void;
  /** Returns the removal of the listener. */
  listen(listener: () => void): () => void;
  /** The store is closed: a shared wake-up is dropped with its last user. */
  release(): void;
}

// Stores in one process that share a file share a wake-up, so a subscription on one connection
// hears appends made through another at once. (Other processes' appends are seen by polling.)
const byFile = new Map<string, { emitter: EventEmitter; users: number }>();

export const appendNotifier = (path: string): AppendNotifier => {
  const key = path === ':memory:' ? null : resolvePath(path);
  let emitter: EventEmitter;
  if (key === null) {
    emitter = new EventEmitter().setMaxListeners(0);
  } else {
    let shared = byFile.get(key);
    if (!shared) byFile.set(key, (shared = { emitter: new EventEmitter().setMaxListeners(0), users: 0 }));
    shared.users++;
    emitter = shared.emitter;
  }
  return {
    notify: () => emitter.emit('appended'),
    listen: (listener) => {
      emitter.on('appended', listener);
      return () => emitter.off('appended', listener);
    },
    release: () => {
      if (key === null) return;
      const shared = byFile.get(key);
      if (shared && --shared.users === 0) byFile.delete(key);
    },
  };
};
