import { existsSync } from 'node:fs';
import type { EventStore } from '@samsyn/event-store';

export type StoreKind = 'sqlite' | 'postgres' | 'eventstoredb';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres', 'eventstoredb'];
export const isStoreKind = (value: string): value is StoreKind => STORE_KINDS.some((kind) => kind === value);

/** Where the events are (docs/api.md "Running the server": SAMSYN_STORE, SAMSYN_DATA_DIR,
 * SAMSYN_POSTGRES_URL, EVENTSTORE_URL). */
export interface StoreLocation {
  store: StoreKind;
  /** The data directory: the embedded store is its events.sqlite. */
  dataDir: string;
  postgresUrl?: string;
  eventStoreUrl?: string;
}

export interface OpenStoreOptions {
  /** Refuse to create an empty embedded store (the CLI's reading commands). By default the data
   * directory and the store are created when missing, the directory private to its owner. */
  mustExist?: boolean;
}

/** A setting is missing, or no store is where it points: the operator's mistake, in one line. */
export class StoreLocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreLocationError';
  }
}

/** The configured storage adapter, for the server and the CLI alike. Drivers of the other stores
 * load only when chosen. */
export const openEventStore = async (where: StoreLocation, options: OpenStoreOptions = {}): Promise<EventStore> => {
  switch (where.store) {
    case 'sqlite': {
      const { makeDataDir, sqliteEventStore, sqliteEventsPathIn } = await import('@samsyn/store-sqlite');
      const path = sqliteEventsPathIn(where.dataDir);
      if (!options.mustExist) makeDataDir(where.dataDir);
      else if (!existsSync(path)) throw new StoreLocationError(`no event store at ${path}`);
      const store = sqliteEventStore({ path });
      // A file that is not a store fails here, not half-way through the first command.
      await store.headPosition().catch(async (error: unknown) => {
        await store.close().catch(() => undefined);
        throw error;
      });
      return store;
    }
    case 'postgres': {
      if (!where.postgresUrl) throw new StoreLocationError('the postgres store needs SAMSYN_POSTGRES_URL, which is not set');
      const { createPostgresEventStore } = await import('@samsyn/store-postgres');
      return createPostgresEventStore({ connectionString: where.postgresUrl });
    }
    case 'eventstoredb': {
      if (!where.eventStoreUrl) throw new StoreLocationError('the eventstoredb store needs EVENTSTORE_URL, which is not set');
      const { createEventStoreDbEventStore } = await import('@samsyn/store-eventstoredb');
      return createEventStoreDbEventStore({ connectionString: where.eventStoreUrl });
    }
  }
};
