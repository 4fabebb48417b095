import type Database from 'better-sqlite3';
import {
  catchUpSubscription,
  verifyChain,
  type AppendOptions,
  type AppendResult,
  type ChainVerification,
  type EventStore,
  type EventToAppend,
  type IdempotencyRecord,
  type LeanSlim,
  type LeanStoredEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
  type Subscription,
} from '@samsyn/event-store';
import type { MerkleTreeSource } from '@samsyn/audit-proofs';
import { GroupCommit } from './group-commit';
import { sqliteTreeSource } from './merkle/sqlite-tree-source';
import { SqliteCheckpointStore } from './sqlite-checkpoint-store';
import { mapSqliteError } from './sqlite-errors';
import { SqliteLeanReads } from './sqlite-lean-reads';
import { appendNotifier, type AppendNotifier } from './sqlite-notifier';
import { SqliteReads } from './sqlite-reads';
import { openDatabase } from './sqlite-schema';
import type { WriterSettings } from './writer/writer-thread';

export interface SqliteEventStoreOptions {
  path: string | ':memory:';
  busyTimeoutMs?: number;
  /** Catch-up subscriptions: events per read, and the poll that sees other processes' appends. */
  subscriptionBatchSize?: number;
  subscriptionPollIntervalMs?: number;
  /**
   * Commit in a writer thread with its own connection (default for files; `:memory:` cannot be
   * shared between connections, so it always commits on the store's connection): the commit and
   * its fsync no longer block the event loop.
   */
  writerThread?: boolean;
  /**
   * Keep the Merkle tree (default). `false` exists for the bench only, to measure what the tree
   * costs an append: such a file has no tree for what it appended, and its proofs are wrong.
   */
  merkleTree?: boolean;
}

/**
 * The embedded adapter: appends go through group commit (group-commit.ts, writer/), reads to the
 * store's own connection (sqlite-reads.ts), and the lean reads for projections, which are not part
 * of the port, to sqlite-lean-reads.ts.
 */
export class SqliteEventStore implements EventStore {
  readonly db: Database.Database;
  private readonly notifier: AppendNotifier;
  private readonly commits: GroupCommit;
  private readonly reads: SqliteReads;
  private readonly leanReads: SqliteLeanReads;
  private readonly subscriptions = new Set<Subscription>();
  private closed = false;
  private tree: MerkleTreeSource | undefined;

  constructor(private readonly options: SqliteEventStoreOptions) {
    try {
      this.db = openDatabase({ path: options.path, busyTimeoutMs: options.busyTimeoutMs });
    } catch (error) {
      throw mapSqliteError(error, 'open');
    }
    this.notifier = appendNotifier(options.path);
    this.reads = new SqliteReads(this.db);
    this.leanReads = new SqliteLeanReads(this.db, this.reads);
    this.commits = new GroupCommit(this.db, {
      path: options.path,
      busyTimeoutMs: options.busyTimeoutMs,
      writerThread: options.writerThread ?? options.path !== ':memory:',
      merkleTree: options.merkleTree,
      onAppended: () => this.notifier.notify(),
    });
  }

  /** Acknowledged after the commit that made it durable; appends of one turn share a commit (group-commit.ts). */
  async append(streamId: string, events: EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    return this.commits.append(streamId, events, options);
  }

  /** The writer connection's settings (the connection that commits, hence syncs). */
  async writerSettings(): Promise<WriterSettings> {
    this.assertOpen();
    return this.commits.writerSettings();
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.reads.readStream(streamId, options);
  }

  async streamRevision(streamId: string): Promise<bigint | null> {
    this.assertOpen();
    return this.reads.streamRevision(streamId);
  }

  async idempotencyRecord(key: string): Promise<IdempotencyRecord | null> {
    this.assertOpen();
    return this.reads.idempotencyRecord(key);
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.reads.readAll(options);
  }

  /** Not part of the port: the events at these global positions, in position order, in one
   * statement — for read models that keep positions and render from the events. */
  async readAt(positions: readonly bigint[]): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.reads.readAt(positions);
  }

  /** Not part of the port: readAt minus the id and the hash chain, optionally slimmed (sqlite-lean-reads.ts). */
  async readAtLean(positions: readonly bigint[], slim: readonly LeanSlim[] = []): Promise<LeanStoredEvent[]> {
    this.assertOpen();
    return this.leanReads.readAtLean(positions, slim);
  }

  /** Not part of the port: the events in (after, upTo], lean, for time travel (sqlite-lean-reads.ts). */
  async readRangeLean(range: { after: bigint; upTo: bigint; types?: readonly string[] }): Promise<{ events: LeanStoredEvent[]; last: bigint | null }> {
    this.assertOpen();
    return this.leanReads.readRangeLean(range);
  }

  /** Not part of the port: readAll without a filter, lean, for projections catching up (sqlite-lean-reads.ts). */
  async readAllLean(options: { after?: bigint; maxCount?: number } = {}): Promise<LeanStoredEvent[]> {
    this.assertOpen();
    return this.leanReads.readAllLean(options);
  }

  async headPosition(): Promise<bigint | null> {
    this.assertOpen();
    return this.reads.headPosition();
  }

  subscribe(options: SubscribeOptions): Subscription {
    this.assertOpen();
    const subscription = catchUpSubscription(
      {
        readAll: (o) => this.readAll(o),
        headPosition: () => this.headPosition(),
        onAppended: (listener) => this.notifier.listen(listener),
      },
      options,
      { batchSize: this.options.subscriptionBatchSize, pollIntervalMs: this.options.subscriptionPollIntervalMs },
    );
    this.subscriptions.add(subscription);
    return {
      caughtUp: subscription.caughtUp,
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async verifyChain(onProgress?: (checked: number, total: number) => void): Promise<ChainVerification> {
    this.assertOpen();
    const total = this.reads.count();
    const batches = async function* (store: SqliteEventStore) {
      let after = 0n;
      for (;;) {
        const batch = await store.readAll({ after, maxCount: 1000 });
        yield* batch;
        if (batch.length < 1000) return;
        after = batch[batch.length - 1].position;
      }
    };
    return verifyChain(batches(this), { gapless: true, onProgress: (checked) => onProgress?.(checked, total) });
  }

  /** The Merkle tree over every event, kept in the append's transaction (merkle/). */
  merkleTree(): MerkleTreeSource {
    this.assertOpen();
    return (this.tree ??= sqliteTreeSource(this.db));
  }

  /** Compare-and-set checkpoints in the same file. */
  checkpoints(): SqliteCheckpointStore {
    return new SqliteCheckpointStore(this.db);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    // Appends already accepted are committed before the file closes.
    await this.commits.drained();
    this.closed = true;
    this.notifier.release();
    await this.commits.close();
    this.db.close();
  }

  private assertOpen() {
    if (this.closed) throw new Error('the SQLite event store is closed');
  }
}

export const sqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore => new SqliteEventStore(options);
