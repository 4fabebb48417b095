import { dict } from '@samsyn/domain/shared/dict';
import { diffDefinitions } from '@samsyn/domain/process/definition-diff';
import { describeDiff } from '@samsyn/domain/process/definition-diff-values';
import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import type { EventStore, LeanSlim, StoredEvent } from '@samsyn/event-store';
import { type AnyProjection, type ProjectableEvent, type Upcaster, domainUpcast, toProjectedEvent } from '../projection';
import {
  type CatalogueState,
  type DirectoryState,
  type ProcessHistoryState,
  type ProposalsState,
  type StakeholderHistoryState,
  allProjections,
} from '../projections';
import type { AsOf, AuditFilter, HistoryPage, ProposalFilter, ReadModelQueries } from '../read-model-queries.port';
import { normalizeInstant } from '../runtime/instant';
import type { ProjectionRunner } from '../runtime/projection-runner';
import { type AsOfTarget, positionAtInstant, stateAsOf } from '../runtime/time-travel';
import type { ProjectionSnapshotStore } from '../state-store/projection-state-store.port';
import { readAuditLog } from './audit-log';
import { adoptionLagReport, governanceReport, harmonizationReport, nomenclatureReport, overdueAdopters } from './reports';
import { currentSchemaVersion, isKnownEventType } from '@samsyn/domain/upcasting/schema-versions';
import { HistoryEntryCache } from './history-entry-cache';
import { HISTORY_ENTRY_OMITS, historyEntry, type StakeholderHistoryEntry } from './stakeholder-history-entry';
import { countUpTo, positionLte, processHistoryAt, processHistoryStateAt, proposalAt } from './temporal';
import type { ProposalRecord } from '../projections/proposals.projection';
import { awaitingReviewFrom, catalogueView, proposalView, systemRegister } from './views';
import type { Principal } from '@samsyn/domain/shared/principal';
import type { MyWorkState } from '../my-work/my-work.projection';
import { myTasks, type MyTasksOptions } from '../my-work/my-tasks';
import { deviationDiff } from './deviations';
import { adoptionLagPerRevision, seriesPoint, type SeriesInterval, type SeriesPoint } from './harmonization-series';

export interface ProjectionQueriesOptions {
  store: EventStore;
  /** The live read models; without one, "now" is answered as of the store's head. */
  runner?: ProjectionRunner;
  snapshots?: ProjectionSnapshotStore;
  upcast?: Upcaster;
  projections?: AnyProjection[];
  /** Rendered stakeholder-history entries kept (history-entry-cache.ts); 0 renders every read. */
  historyCacheEntries?: number;
}

/** About 300 bytes each on the heap (15 MB): at a million events, the whole histories of the eight
 * busiest stakeholders, or of dozens of ordinary ones. */
export const DEFAULT_HISTORY_CACHE_ENTRIES = 50_000;

type PositionReads = {
  readAt?: (positions: readonly bigint[]) => Promise<StoredEvent[]>;
  readAtLean?: (positions: readonly bigint[], slim?: readonly LeanSlim[]) => Promise<ProjectableEvent[]>;
};

/** At the current schema version the domain's upcast changes nothing: those events may be read slimmed. */
const HISTORY_SLIM: readonly LeanSlim[] = Object.entries(HISTORY_ENTRY_OMITS)
  .filter(([type]) => isKnownEventType(type))
  .map(([type, paths]) => ({ type, schemaVersion: currentSchemaVersion(type), paths }));

interface States {
  catalogue: CatalogueState;
  'process-history': ProcessHistoryState;
  proposals: ProposalsState;
  directory: DirectoryState;
  'stakeholder-history': StakeholderHistoryState;
  'my-work': MyWorkState;
}

const byId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);

/** ReadModelQueries over the projections: live from the runner, or as of a past moment. */
export class ProjectionQueries implements ReadModelQueries {
  private readonly upcast: Upcaster;
  private readonly projections: Map<string, AnyProjection>;
  private readonly historyCache: HistoryEntryCache;

  constructor(private readonly options: ProjectionQueriesOptions) {
    this.upcast = options.upcast ?? domainUpcast;
    this.historyCache = new HistoryEntryCache(options.historyCacheEntries ?? DEFAULT_HISTORY_CACHE_ENTRIES);
    this.projections = new Map((options.projections ?? options.runner?.projections ?? allProjections()).map((p) => [p.name, p]));
  }

  async waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.options.runner) return this.options.runner.waitForPosition(position, timeoutMs);
    const head = await this.options.store.headPosition();
    return head !== null && head >= position;
  }

  private async state<K extends keyof States>(name: K, asOf: AsOf): Promise<States[K]> {
    if (asOf === undefined && this.options.runner) return this.options.runner.state<States[K]>(name);
    const projection = this.projections.get(name);
    if (!projection) throw new Error(`projection ${name} is not configured`);
    // An instant becomes a position first (a binary search on the log): the replay then knows
    // where to stop instead of reading a batch past the instant.
    const target: AsOfTarget =
      asOf === undefined
        ? { position: (await this.options.store.headPosition()) ?? 0n }
        : 'position' in asOf
          ? asOf
          : { position: await positionAtInstant(this.options.store, normalizeInstant(asOf.instant)) };
    const { state } = await stateAsOf<States[K]>(projection, target, {
      store: this.options.store,
      snapshots: this.options.snapshots,
      upcast: this.upcast,
    });
    return state;
  }

  /**
   * The live state of a projection whose as-of answers are cut from it (queries/temporal.ts), and
   * the position to cut at — when a runner has applied that position. Otherwise (no runner, or it
   * lags behind the target) null, and the caller replays.
   */
  private async live<K extends keyof States>(name: K, asOf: AsOf): Promise<{ state: States[K]; at: string } | null> {
    const runner = this.options.runner;
    if (!runner) return null;
    const applied = runner.positionOf(name);
    if (applied === null) return null;
    if (asOf === undefined) return { state: runner.state<States[K]>(name), at: applied.toString() };
    const at = 'position' in asOf ? asOf.position : await positionAtInstant(this.options.store, normalizeInstant(asOf.instant));
    if (at > applied) {
      // Past the runner's position: the answer is the live state only if nothing lies in between.
      const head = await this.options.store.headPosition();
      if (head === null || head > applied) return null;
      return { state: runner.state<States[K]>(name), at: applied.toString() };
    }
    return { state: runner.state<States[K]>(name), at: at < 0n ? '0' : at.toString() };
  }

  private async refoldProposal(p: ProposalRecord, at: bigint): Promise<ProposalRecord | undefined> {
    const projection = this.projections.get('proposals')!;
    let state = projection.initialState() as ProposalsState;
    for (const e of await this.options.store.readStream(p.streamId)) {
      if (e.position > at) break;
      state = projection.apply(state, toProjectedEvent(e, this.upcast)) as ProposalsState;
    }
    return state.proposals[p.id];
  }

  /** Every proposal as it was (the live records, refolding only those that changed after the target). */
  private async proposalRecords(asOf: AsOf): Promise<ProposalRecord[]> {
    const t = await this.live('proposals', asOf);
    if (!t) return Object.values((await this.state('proposals', asOf)).proposals);
    const out: ProposalRecord[] = [];
    const inFlight: number[] = [];
    for (const p of Object.values(t.state.proposals)) {
      if (!positionLte(p.position, t.at)) continue;
      // Most records stopped changing before the target: no await for those.
      if (!positionLte(p.lastPosition, t.at)) inFlight.push(out.length);
      out.push(p);
    }
    for (const i of inFlight) out[i] = (await this.refoldProposal(out[i], BigInt(t.at)))!;
    return out;
  }

  private async processHistory(id: string, asOf: AsOf) {
    const t = await this.live('process-history', asOf);
    if (t) return processHistoryAt(t.state.processes[id], t.at);
    return (await this.state('process-history', asOf)).processes[id] ?? null;
  }

  private async processHistoryState(asOf: AsOf): Promise<ProcessHistoryState> {
    const t = await this.live('process-history', asOf);
    if (!t) return this.state('process-history', asOf);
    return asOf === undefined ? t.state : processHistoryStateAt(t.state, t.at);
  }

  private async eventAt(position: string) {
    const p = BigInt(position);
    const [e] = await this.options.store.readAll({ after: p - 1n, maxCount: 1 });
    if (!e || e.position !== p) throw new Error(`event ${position} is missing from the store`);
    return toProjectedEvent(e, this.upcast);
  }

  /**
   * Events by position, in one read per chunk when the store offers one: SQLite's readAtLean
   * (no id, no hash chain; with `slim`, data the caller does not read left out of events at their
   * current schema version — only with the domain's upcaster, which leaves those as they are),
   * else its readAt, else one read per event.
   */
  private async eventsAt(positions: readonly string[], slim: readonly LeanSlim[] = []) {
    const store = this.options.store as EventStore & PositionReads;
    const lean = typeof store.readAtLean === 'function' ? store.readAtLean.bind(store) : null;
    const read = lean ? (p: bigint[]) => lean(p, this.options.upcast ? [] : slim) : typeof store.readAt === 'function' ? store.readAt.bind(store) : null;
    if (!read) {
      const out = [];
      for (const position of positions) out.push(await this.eventAt(position));
      return out;
    }
    const out = [];
    for (let i = 0; i < positions.length; i += 10_000) {
      const chunk = positions.slice(i, i + 10_000);
      const events = await read(chunk.map(BigInt));
      if (events.length !== chunk.length) throw new Error(`events of ${chunk.length - events.length} positions are missing from the store`);
      for (const e of events) out.push(toProjectedEvent(e, this.upcast));
    }
    return out;
  }

  private async renderHistory(id: string, positions: readonly string[]): Promise<StakeholderHistoryEntry[]> {
    return (await this.eventsAt(positions, HISTORY_SLIM)).map((e) => historyEntry(id, e));
  }

  async catalogue(asOf?: AsOf) {
    const s = await this.state('catalogue', asOf);
    return Object.values(s.processes).map(catalogueView).sort(byId);
  }

  async process(id: string, asOf?: AsOf) {
    const p = (await this.state('catalogue', asOf)).processes[id];
    return p ? catalogueView(p) : null;
  }

  async revisions(id: string, asOf?: AsOf) {
    const p = await this.processHistory(id, asOf);
    return p ? p.revisions.map(({ position, ...r }) => ({ ...r, position })) : null;
  }

  private async definitionAt(id: string, n: number, asOf: AsOf): Promise<ProcessDefinition | null> {
    const r = (await this.processHistory(id, asOf))?.revisions.find((x) => x.revision === n);
    if (!r) return null;
    const e = await this.eventAt(r.position);
    return e.type === 'ProcessRegistered' || e.type === 'ProcessRevised' ? e.data.definition : null;
  }

  async revision(id: string, n: number, asOf?: AsOf) {
    const definition = await this.definitionAt(id, n, asOf);
    return definition ? { processId: id, revision: n, definition } : null;
  }

  async diff(id: string, from: number, to: number, asOf?: AsOf) {
    const [a, b] = await Promise.all([this.definitionAt(id, from, asOf), this.definitionAt(id, to, asOf)]);
    if (!a || !b) return null;
    return { processId: id, from, to, ...describeDiff(a, b) };
  }

  async deviationDiff(id: string, stakeholder: string, asOf?: AsOf) {
    const p = (await this.state('catalogue', asOf)).processes[id];
    const dev = p && Object.hasOwn(p.deviations, stakeholder) ? p.deviations[stakeholder] : undefined;
    const proposal = dev && (await this.proposal(dev.proposalId, asOf));
    if (!p || !proposal) return null;
    const baseDefinition = await this.definitionAt(id, proposal.baseRevision, asOf);
    return deviationDiff(p, stakeholder, { changes: proposal.changes, baseRevision: proposal.baseRevision, baseDefinition });
  }

  async proposals(filter: ProposalFilter, asOf?: AsOf) {
    // Filter the records first: building a view of every proposal costs more than the filter.
    return (await this.proposalRecords(asOf))
      .filter(
        (p) =>
          (!filter.status || p.status === filter.status) &&
          (!filter.process || p.processId === filter.process) &&
          (!filter.awaitingBody || (p.status === 'escalated' && p.heldBy === filter.awaitingBody)) &&
          (!filter.awaitingStakeholder || awaitingReviewFrom(p).includes(filter.awaitingStakeholder)),
      )
      .map(proposalView)
      .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id));
  }

  async proposal(id: string, asOf?: AsOf) {
    const t = await this.live('proposals', asOf);
    const live = t?.state.proposals[id];
    const p = t ? live && (await proposalAt(live, t.at, (x, at) => this.refoldProposal(x, at))) : (await this.state('proposals', asOf)).proposals[id];
    return p ? proposalView(p) : null;
  }

  async stakeholders(asOf?: AsOf) {
    return Object.values((await this.state('directory', asOf)).stakeholders).sort(byId);
  }

  async stakeholderHistory(id: string, asOf?: AsOf, page?: HistoryPage) {
    // A registered stakeholder's history starts with its registration: no entries, no stakeholder.
    const t = await this.live('stakeholder-history', asOf);
    // The entries as of then are a prefix of the list: rendered ones are kept (history-entry-cache.ts).
    const all = t ? t.state.entries[id] : (await this.state('stakeholder-history', asOf)).entries[id];
    const n = t && all ? countUpTo(all, t.at, (p) => p) : (all?.length ?? 0);
    if (!all || n === 0) return null;
    const render = (positions: readonly string[]) => this.renderHistory(id, positions);
    if (page?.after === undefined && page?.limit === undefined) return this.historyCache.entries(id, all, n, render);
    const start = page.after === undefined || page.after < 0n ? 0 : Math.min(n, countUpTo(all, page.after.toString(), (p) => p));
    const end = page.limit === undefined ? n : Math.min(n, start + Math.max(0, Math.floor(page.limit)));
    return start < end ? this.historyCache.range(id, all, start, end, render) : [];
  }

  async bodies(asOf?: AsOf) {
    return Object.values((await this.state('directory', asOf)).bodies).sort(byId);
  }

  async terms(asOf?: AsOf) {
    return Object.values((await this.state('directory', asOf)).terms).sort(byId);
  }

  async systems(asOf?: AsOf) {
    const [dir, cat] = await Promise.all([this.state('directory', asOf), this.state('catalogue', asOf)]);
    return systemRegister(dir, cat);
  }

  async auditEvents(filter: AuditFilter, asOf?: AsOf) {
    const upTo = asOf === undefined ? undefined : 'position' in asOf ? { position: asOf.position } : { instantMs: Date.parse(asOf.instant) };
    return readAuditLog(this.options.store, filter, upTo);
  }

  async harmonizationReport(asOf?: AsOf) {
    const [cat, hist, now] = await Promise.all([this.state('catalogue', asOf), this.processHistoryState(asOf), this.instantOf(asOf)]);
    return { ...harmonizationReport(cat), adoptionLag: adoptionLagReport(hist), overdue: overdueAdopters(cat, now) };
  }

  /** "Now" of a read: the instant asked, the moment of the position asked, or the clock. */
  private async instantOf(asOf: AsOf): Promise<string> {
    if (asOf === undefined) return new Date().toISOString();
    if ('instant' in asOf) return asOf.instant;
    if (asOf.position <= 0n) return new Date(0).toISOString();
    // A position past the head is the head: now.
    const at = await this.eventAt(asOf.position.toString()).catch(() => null);
    return at?.metadata.occurredAt ?? new Date().toISOString();
  }

  /** The index at each of `ends` (intervalEnds), each point exactly what the report answers as of that instant. */
  async harmonizationSeries(ends: readonly string[], interval: SeriesInterval) {
    const points: SeriesPoint[] = [];
    for (const at of ends) points.push(seriesPoint(at, harmonizationReport(await this.state('catalogue', { instant: at })), points[points.length - 1]));
    const last = ends.length ? { instant: ends[ends.length - 1] } : undefined;
    return { interval, from: ends[0] ?? null, to: last?.instant ?? null, points, adoptionLag: adoptionLagPerRevision(await this.processHistoryState(last)) };
  }

  async adoptionLagReport(asOf?: AsOf) {
    return adoptionLagReport(await this.processHistoryState(asOf));
  }

  async governanceReport(asOf?: AsOf) {
    const proposals: ProposalsState['proposals'] = dict();
    for (const p of await this.proposalRecords(asOf)) proposals[p.id] = p;
    return governanceReport({ proposals });
  }

  async nomenclatureReport(asOf?: AsOf) {
    const [cat, dir] = await Promise.all([this.state('catalogue', asOf), this.state('directory', asOf)]);
    return nomenclatureReport(cat, dir);
  }

  async myTasks(principal: Principal, options: MyTasksOptions, asOf?: AsOf) {
    return myTasks(await this.state('my-work', asOf), principal, options);
  }
}
