import type { SamsynEvent } from './samsyn-event';
import { currentSchemaVersion } from './schema-versions';
import { UPCASTERS } from './upcasters';

export interface StoredEventShape {
  type: string;
  schemaVersion: number;
  data: unknown;
}

export class UnsupportedSchemaVersionError extends Error {
  constructor(
    readonly eventType: string,
    readonly schemaVersion: number,
    reason: string,
  ) {
    super(`cannot read ${eventType} schema version ${schemaVersion}: ${reason}`);
    this.name = 'UnsupportedSchemaVersionError';
  }
}

/** Turns a stored event of any schema version this code knows into its current shape. */
export const upcast = (stored: StoredEventShape): SamsynEvent => {
  const { type, schemaVersion } = stored;
  const current = currentSchemaVersion(type);
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new UnsupportedSchemaVersionError(type, schemaVersion, 'a schema version is a positive integer');
  }
  if (schemaVersion > current) {
    // Written by newer code; reading it with an older shape would silently lose data.
    throw new UnsupportedSchemaVersionError(type, schemaVersion, `this code knows up to version ${current}`);
  }
  let data = stored.data;
  for (let v = schemaVersion; v < current; v++) {
    const step = UPCASTERS[type as keyof typeof UPCASTERS]?.[v];
    if (!step) throw new UnsupportedSchemaVersionError(type, schemaVersion, `no upcaster from version ${v} to ${v + 1}`);
    data = step(data);
  }
  return { type, data } as SamsynEvent;
};
