/** How many live-event streams may be open at once (SAMSYN_LIVE_STREAMS_PER_PRINCIPAL / _TOTAL). */
export interface LiveStreamLimitSettings {
  perPrincipal: number;
  total: number;
}

export const DEFAULT_LIVE_STREAM_LIMITS: LiveStreamLimitSettings = { perPrincipal: 5, total: 500 };

export type LiveStreamSlot =
  | { granted: true; release: () => void }
  | { granted: false; scope: 'principal' | 'total'; limit: number };

/**
 * Counts open streams per principal and in all. A slot is taken before the stream opens and given
 * back exactly once when it ends, so the counts cannot drift; a principal whose count falls to
 * zero is forgotten, so the map never outgrows the open streams.
 */
export class LiveStreamLimits {
  private readonly perPrincipal = new Map<string, number>();
  private open = 0;

  constructor(private readonly settings: LiveStreamLimitSettings) {}

  acquire(principalId: string): LiveStreamSlot {
    const mine = this.perPrincipal.get(principalId) ?? 0;
    if (mine >= this.settings.perPrincipal) return { granted: false, scope: 'principal', limit: this.settings.perPrincipal };
    if (this.open >= this.settings.total) return { granted: false, scope: 'total', limit: this.settings.total };
    this.perPrincipal.set(principalId, mine + 1);
    this.open++;
    let released = false;
    return {
      granted: true,
      release: () => {
        if (released) return;
        released = true;
        this.open--;
        const left = (this.perPrincipal.get(principalId) ?? 1) - 1;
        if (left === 0) this.perPrincipal.delete(principalId);
        else this.perPrincipal.set(principalId, left);
      },
    };
  }

  /** Open streams in all, and of one principal. */
  count(principalId?: string): number {
    return principalId === undefined ? this.open : (this.perPrincipal.get(principalId) ?? 0);
  }

  /** Principals with at least one open stream. */
  principals(): number {
    return this.perPrincipal.size;
  }
}
