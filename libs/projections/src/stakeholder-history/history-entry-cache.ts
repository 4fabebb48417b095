import type { StakeholderHistoryEntry } from './stakeholder-history-entry';

/** Renders the entries of these positions (of one stakeholder), in order, one per position. */
export type RenderEntries = (positions: readonly string[]) => Promise<StakeholderHistoryEntry[]>;

/**
 * Rendered stakeholder-history entries, kept per stakeholder as a prefix of its position list.
 * An entry is a function of the stakeholder and the event at its position, and a stored event
 * never changes, so a rendered entry stays right for good; a stakeholder's positions are only
 * ever appended to, so the entries of a history as of any moment are a prefix of the kept ones
 * (the position list cut by binary search, queries/positions.ts). What a read adds to the prefix
 * is rendered from the store once and kept.
 *
 * Bounded by the number of entries held (least recently read stakeholders go first); a history
 * longer than the bound keeps its first `maxEntries` and renders the rest on every read. Entries
 * are frozen (historyEntry), so the shared objects cannot be changed by a caller; every answer
 * is a new array.
 */
export class HistoryEntryCache {
  private readonly lists = new Map<string, StakeholderHistoryEntry[]>();
  private held = 0;

  constructor(readonly maxEntries: number) {}

  get size(): number {
    return this.held;
  }

  /** The entries of the first `n` of these positions (the stakeholder's list, oldest first). */
  async entries(stakeholder: string, positions: readonly string[], n: number, render: RenderEntries): Promise<StakeholderHistoryEntry[]> {
    if (this.maxEntries <= 0) return render(n === positions.length ? positions : positions.slice(0, n));
    let list = this.lists.get(stakeholder);
    if (list && !this.agrees(list, positions)) {
      this.drop(stakeholder, list);
      list = undefined;
    }
    if (list) {
      // Most recently read last: Map order is the recency order.
      this.lists.delete(stakeholder);
      this.lists.set(stakeholder, list);
      if (n <= list.length) return list.slice(0, n);
    }
    const start = list?.length ?? 0;
    const rendered = await render(positions.slice(start, n));
    if (rendered.length !== n - start) throw new Error(`rendered ${rendered.length} history entries for ${n - start} positions`);
    const kept = list ? list.slice(0, start) : [];
    for (const e of rendered) kept.push(e);
    // Another read may have changed the list while this one rendered: keep whichever is longer.
    const now = this.lists.get(stakeholder);
    const more = rendered.slice(0, Math.max(0, this.maxEntries - start));
    if (now === list && (list?.length ?? 0) === start && more.length > 0) {
      if (!list) {
        list = [];
        this.lists.set(stakeholder, list);
      }
      for (const e of more) list.push(e);
      this.held += more.length;
      this.evict(stakeholder);
    }
    return kept;
  }

  /**
   * The entries of positions[start, end) (a page): from the kept prefix when the page starts
   * within it (what it adds is kept), else rendered alone and not kept.
   */
  async range(stakeholder: string, positions: readonly string[], start: number, end: number, render: RenderEntries): Promise<StakeholderHistoryEntry[]> {
    const list = this.lists.get(stakeholder);
    const kept = list && this.agrees(list, positions) ? list.length : 0;
    if (this.maxEntries > 0 && start <= kept && start < this.maxEntries) return (await this.entries(stakeholder, positions, end, render)).slice(start);
    return render(positions.slice(start, end));
  }

  /**
   * The kept entries and this list are prefixes of the same history (a replayed state as of a
   * past position holds a shorter list than the live one). Every position is compared: some
   * thousand string comparisons, cheap next to rendering one entry.
   */
  private agrees(list: StakeholderHistoryEntry[], positions: readonly string[]): boolean {
    const n = Math.min(list.length, positions.length);
    for (let i = 0; i < n; i++) if (list[i].position !== positions[i]) return false;
    return true;
  }

  private evict(keep: string): void {
    for (const [k, l] of this.lists) {
      if (this.held <= this.maxEntries) return;
      if (k !== keep) this.drop(k, l);
    }
  }

  private drop(stakeholder: string, list: StakeholderHistoryEntry[]): void {
    this.lists.delete(stakeholder);
    this.held -= list.length;
  }
}
