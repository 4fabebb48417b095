import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { hashParts } from '@samsyn/event-store';
import { merkleWriter, type MerkleWriter } from './sqlite-merkle-writer';

/** The Merkle tree's writer on a connection of this thread (the inline writers, a tree catch-up). */
export const inlineMerkleWriter = (db: Database.Database): MerkleWriter =>
  merkleWriter(
    db,
    (text) => createHash('sha256').update(Buffer.from([0])).update(text).digest(),
    (left, right) => createHash('sha256').update(Buffer.from([1])).update(left).update(right).digest(),
    hashParts,
  );
