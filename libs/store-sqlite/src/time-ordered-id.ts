import { randomFillSync } from 'node:crypto';

const POOL = 256;
const pool = Buffer.alloc(16 * POOL);
let next = POOL;

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. The ids the
 * store gives events (when the caller gives none) rise with time, so each commit adds them to the
 * end of the unique id index instead of at random places all over it: a commit dirties, and
 * writes to the WAL and syncs, one or two pages of that index instead of about one page per event.
 */
export function timeOrderedId(now = Date.now()): string {
  if (next === POOL) {
    randomFillSync(pool);
    next = 0;
  }
  const b = pool.subarray(16 * next, 16 * ++next);
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
