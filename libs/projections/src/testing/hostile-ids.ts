import type { EventStore } from '@samsyn/event-store';

/** Ids that are names of Object.prototype's members: a read model keeping a map in a plain object
 * answers a function for them, or loses the entry (`__proto__`). */
export const HOSTILE_IDS = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf'] as const;

/** The ids of testing/scenario.ts, by kind. */
export const SCENARIO_IDS: Record<string, string[]> = {
  stakeholders: ['ksn', 'fsn', 'uhem'],
  bodies: ['port', 'adm', 'obj'],
  terms: ['lokalbehov', 'hyra'],
  systems: ['fastsys', 'diarie'],
  processes: ['VA-01'],
  proposals: ['p1', 'p2', 'p3', 'p4', 'p5'],
  steps: ['s1', 's2', 's3'],
  handovers: ['h1', 'h2'],
};

/**
 * Rotation k of the hostile ids over every kind: the i-th id of each kind becomes
 * HOSTILE_IDS[(k + i) % 5], so over five rotations every kind meets every hostile id, and one
 * name is a stakeholder, a body, a proposal and a step at once.
 */
export const hostileRenaming = (k: number): Map<string, string> => {
  const map = new Map<string, string>();
  for (const ids of Object.values(SCENARIO_IDS)) ids.forEach((id, i) => map.set(id, HOSTILE_IDS[(k + i) % HOSTILE_IDS.length]));
  return map;
};

/** Every id of the map replaced, as a key, as a string, or as a word of a string (a JSON pointer, a summary). */
const renameWords = (text: string, names: Map<string, string>): string => text.replace(/[A-Za-z0-9_-]+/g, (w) => names.get(w) ?? w);

export const renameIds = (value: unknown, names: Map<string, string>): unknown => {
  if (typeof value === 'string') return renameWords(value, names);
  if (Array.isArray(value)) return value.map((v) => renameIds(v, names));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) out[renameWords(key, names)] = renameIds((value as Record<string, unknown>)[key], names);
  return out;
};

/** `stakeholder-ksn` → `stakeholder-constructor`. */
const renameStream = (streamId: string, names: Map<string, string>): string => {
  const i = streamId.indexOf('-');
  const id = streamId.slice(i + 1);
  return `${streamId.slice(0, i)}-${names.get(id) ?? id}`;
};

/** Appends every event of `from` to `to` with its ids renamed (same metadata, same positions). */
export const copyRenamed = async (from: EventStore, to: EventStore, names: Map<string, string>): Promise<void> => {
  for (const e of await from.readAll({})) {
    await to.append(renameStream(e.streamId, names), [{ type: e.type, schemaVersion: e.schemaVersion, data: renameIds(e.data, names), metadata: e.metadata }], {
      expectedRevision: 'any',
    });
  }
};

/** JSON text of a value with every array sorted by its elements' JSON: ids renamed change the
 * order of lists sorted by id, never their content. */
export const orderFree = (value: unknown): string => JSON.stringify(sortDeep(value));

const sortDeep = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortDeep).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort()) out[key] = sortDeep((value as Record<string, unknown>)[key]);
  return out;
};
