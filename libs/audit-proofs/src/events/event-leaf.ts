import { hashParts, spliceHashParts, type HashedContent } from '@samsyn/event-store';
import { leafHash } from '../tree/hashing';

/**
 * A leaf's input is the event's canonical content — the same UTF-8 text the hash chain hashes
 * (sorted keys, position and revision as decimal strings; see hash-event.ts) — without the chain
 * links, so the tree commits to what each event says and where it stands, not to the chain. An
 * auditor needs no canonicalisation of their own: a proof carries this text, its leaf hash is
 * SHA-256(0x00 || text), and JSON.parse of the text gives the event back.
 */
export const eventLeafInput = (e: HashedContent): string => spliceHashParts(hashParts(e), e.position, e.revision);

export const eventLeafHash = (e: HashedContent): Buffer => leafHash(eventLeafInput(e));

/** Gapless stores (SQLite, PostgreSQL): the event at position p is leaf p − 1. */
export const leafIndexOfPosition = (position: bigint): bigint => position - 1n;
