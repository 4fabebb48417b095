/** A response already serialised: sent again as is, byte for byte. */
export interface CachedResponse {
  /** Encoded once; sent with res.send, which keeps our Content-Type (charset included) as is. */
  body: Buffer;
  headers: Readonly<Record<string, string>>;
  /** The body compressed, once per encoding a client asked for (encoded-body.ts). */
  encoded?: Map<'br' | 'gzip', Promise<Buffer>>;
}

interface Entry {
  position: string;
  response: CachedResponse;
  bytes: number;
}

export interface ReadCacheLimits {
  maxEntries: number;
  maxBytes: number;
}

export const DEFAULT_READ_CACHE_LIMITS: ReadCacheLimits = { maxEntries: 64, maxBytes: 32 * 1024 * 1024 };

/**
 * Bounded LRU of serialised live reads. Every key carries the read models' position, so an entry
 * can never answer for a later state; entries of older positions are dropped as soon as a newer
 * position is stored, since no live read will ask for them again.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private newest: bigint | null = null;

  constructor(private readonly limits: ReadCacheLimits = DEFAULT_READ_CACHE_LIMITS) {}

  static key(position: bigint | null, request: string): string {
    return `${position ?? '-'}\u0000${request}`;
  }

  get(key: string): CachedResponse | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    // Re-insert: Map order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.response;
  }

  set(key: string, position: bigint | null, response: CachedResponse): void {
    const bytes = response.body.length;
    if (bytes > this.limits.maxBytes) return;
    const p = position ?? -1n;
    if (this.newest === null || p > this.newest) {
      this.newest = p;
      for (const [k, e] of this.entries) if (e.position !== String(p)) this.remove(k, e);
    } else if (p < this.newest) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { position: String(p), response, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.remove(k, e);
    }
  }

  get enabled(): boolean {
    return this.limits.maxEntries > 0 && this.limits.maxBytes > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string, e: Entry): void {
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }
}
