import { join } from 'node:path';

/** Where the embedded store lives in a data directory: the server and the CLI must agree. */
export const sqliteEventsPathIn = (dataDir: string): string => join(dataDir, 'events.sqlite');
