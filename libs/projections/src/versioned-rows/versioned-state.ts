import type { ProjectedEvent } from '../projection';
import type { EntryRow, VersionedTable, VersionRow } from './versioned-table';

/**
 * How one read model's records become rows (docs/read-model-storage.md). `fold` is the read
 * model's own projection applied to a one-record state, so the rows answer exactly what the plain
 * fold does; it may change the record it is given in place.
 */
export interface RowModel<R> {
  /** The key its checkpoint is saved under (stateKeyOf of the projection it stores). */
  readonly key: string;
  /** The record an event is about, or the records (then `foldAll` folds them); undefined: the
   * event changes no record (only, perhaps, the carry). `current` reads a record as it stands. */
  idOf(event: ProjectedEvent, current: (id: string) => R | undefined): string | readonly string[] | undefined;
  /** `carry`: the model's state that belongs to no record (see `carry` below), changed in place. */
  fold(record: R | undefined, event: ProjectedEvent, carry: unknown): R | undefined;
  /** An event about several records (idOf answered a list): the fold of all of them at once. */
  foldAll?(records: ReadonlyMap<string, R | undefined>, event: ProjectedEvent, carry: unknown): ReadonlyMap<string, R | undefined>;
  /** A small state that belongs to no record, kept whole and saved with the checkpoint (its
   * initial value); absent: the model has none. Queries never read it as of a position. */
  readonly carry?: () => unknown;
  /** Lists the fold only ever appends to: rows of their own, never copied into a version. */
  readonly lists: readonly string[];
  /** A field that is the position of the record's latest event: derived from the rows, not stored. */
  readonly latestPositionField?: string;
}

interface Touched<R> {
  record: R;
  since: number;
  scalar: string;
  lengths: number[];
}

type Rec = Record<string, unknown>;

/** Marks a saved row-stored state in a state store's answer (the rows themselves are the state). */
export const ROWS_STATE = { rows: true } as const;

/**
 * A row-stored read model's state as the runner holds it: the table, and the rows folded since
 * the last save (pending) — versions and entries in position order — with the records they touched.
 * Queries read the table as of the checkpoint with the pending rows on top. A fresh state (a
 * rebuild, a replay without a runner) never reads the table: its pending rows are all it has, and
 * its first save replaces the table's rows.
 */
export class VersionedRowsState<R> {
  versions: VersionRow[] = [];
  entries: EntryRow[] = [];
  /** The model's state that belongs to no record, as of the last event folded. */
  carry: unknown;
  private touched = new Map<string, Touched<R>>();

  constructor(
    readonly model: RowModel<R>,
    private readonly table: VersionedTable | null,
    public fresh: boolean,
    public checkpoint: bigint | null,
  ) {
    const saved = !fresh && table ? table.carried(model.key) : null;
    // Parsed into the model's own initial value (a dict without a prototype, say).
    this.carry = saved !== null ? Object.assign(model.carry!() as object, JSON.parse(saved)) : model.carry?.();
  }

  /** What a save writes besides the rows: the carry, whole (undefined: the model has none). */
  carryJson(): string | undefined {
    return this.model.carry ? JSON.stringify(this.carry) : undefined;
  }

  apply(event: ProjectedEvent): this {
    const read = new Map<string, Touched<R> | undefined>();
    const current = (id: string): Touched<R> | undefined => {
      if (!read.has(id)) read.set(id, this.touched.get(id) ?? this.loadCurrent(id));
      return read.get(id);
    };
    const ids = this.model.idOf(event, (id) => current(id)?.record);
    if (ids === undefined) {
      if (this.model.carry) this.model.fold(undefined, event, this.carry);
      return this;
    }
    const position = Number(event.position);
    if (typeof ids === 'string') {
      const before = current(ids);
      this.changed(ids, before, this.model.fold(before?.record, event, this.carry), position);
      return this;
    }
    const befores = ids.map((id) => [id, current(id)] as const);
    const after = this.model.foldAll!(new Map(befores.map(([id, b]) => [id, b?.record])), event, this.carry);
    for (const [id, before] of befores) this.changed(id, before, after.get(id), position);
    return this;
  }

  /** The rows of one record's change by the event at `position`. */
  private changed(id: string, before: Touched<R> | undefined, record: R | undefined, position: number): void {
    if (!record) return;
    const since = before?.since ?? position;
    const scalar = this.scalarOf(record);
    const lengths = this.model.lists.map((l) => (((record as Rec)[l] as unknown[] | undefined) ?? []).length);
    let grew = false;
    this.model.lists.forEach((list, i) => {
      const items = ((record as Rec)[list] as unknown[] | undefined) ?? [];
      const from = before ? before.lengths[i] : 0;
      if (items.length < from) throw new Error(`${this.model.key}: the list ${list} of ${id} shrank; a row-stored list may only grow`);
      for (let seq = from; seq < items.length; seq++) this.entries.push({ id, position, list, seq, item: JSON.stringify(items[seq]) });
      if (items.length > from) grew = true;
    });
    // A version whenever anything but a list changed — and, for a model that derives the
    // record's latest position from its rows, for an event that changed nothing else.
    if (!before || scalar !== before.scalar || (!grew && this.model.latestPositionField)) this.versions.push({ id, since, validFrom: position, record: scalar });
    this.touched.set(id, { record, since, scalar, lengths });
  }

  /** The pending rows were written with the checkpoint at `position`. */
  committed(position: bigint): void {
    this.versions = [];
    this.entries = [];
    this.touched = new Map();
    this.fresh = false;
    this.checkpoint = position;
  }

  /** One record as of `at` (null: as it stands). */
  recordAt(id: string, at: bigint | null): R | undefined {
    const p = at === null ? Infinity : Number(at);
    const stored = this.fromTable() ? this.table!.recordAt(id, Math.min(p, Number(this.checkpoint))) : null;
    const acc = new Map<string, Building>();
    if (stored) acc.set(id, { ...stored.version, entries: stored.entries });
    this.overlay(acc, p, id);
    const b = acc.get(id);
    return b && this.build(b);
  }

  /** Every record as of `at` (null: as it stands), in the order they began. */
  recordsAt(at: bigint | null): R[] {
    return this.keyedRecordsAt(at).map(([, r]) => r);
  }

  /** Every record as of `at` with its id, in the order they began (for records that do not name themselves). */
  keyedRecordsAt(at: bigint | null): Array<[string, R]> {
    const p = at === null ? Infinity : Number(at);
    const acc = new Map<string, Building>();
    if (this.fromTable()) {
      const { versions, entries } = this.table!.recordsAt(Math.min(p, Number(this.checkpoint)));
      for (const v of versions) acc.set(v.id, { ...v, entries: [] });
      for (const e of entries) acc.get(e.id)?.entries.push(e);
    }
    this.overlay(acc, p);
    return [...acc.values()].sort((a, b) => a.since - b.since || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((b) => [b.id, this.build(b)]);
  }

  private fromTable(): boolean {
    return !this.fresh && this.table !== null && this.checkpoint !== null;
  }

  /** The pending rows at or before `p` on top of the table's (all of them lie after the checkpoint). */
  private overlay(acc: Map<string, Building>, p: number, only?: string): void {
    for (const v of this.versions) {
      if (v.validFrom > p) break;
      if (only !== undefined && v.id !== only) continue;
      const had = acc.get(v.id);
      acc.set(v.id, { ...v, entries: had?.entries ?? [] });
    }
    for (const e of this.entries) {
      if (e.position > p) break;
      if (only === undefined || e.id === only) acc.get(e.id)?.entries.push(e);
    }
  }

  private loadCurrent(id: string): Touched<R> | undefined {
    if (!this.fromTable()) return undefined;
    const stored = this.table!.recordAt(id, Number(this.checkpoint));
    if (!stored) return undefined;
    const record = this.build({ ...stored.version, entries: stored.entries });
    return { record, since: stored.version.since, scalar: stored.version.record, lengths: this.model.lists.map((l) => (((record as Rec)[l] as unknown[] | undefined) ?? []).length) };
  }

  private scalarOf(record: R): string {
    const out: Rec = {};
    const skip = new Set<string>([...this.model.lists, ...(this.model.latestPositionField ? [this.model.latestPositionField] : [])]);
    for (const k of Object.keys(record as Rec)) if (!skip.has(k)) out[k] = (record as Rec)[k];
    return JSON.stringify(out);
  }

  private build(b: Building): R {
    const record = JSON.parse(b.record) as Rec;
    for (const l of this.model.lists) record[l] = [];
    let latest = b.validFrom;
    for (const e of b.entries) {
      (record[e.list] as unknown[]).push(JSON.parse(e.item));
      if (e.position > latest) latest = e.position;
    }
    if (this.model.latestPositionField) record[this.model.latestPositionField] = String(latest);
    return record as R;
  }
}

type Building = VersionRow & { entries: EntryRow[] };

export const isVersionedRowsState = (s: unknown): s is VersionedRowsState<unknown> => s instanceof VersionedRowsState;
