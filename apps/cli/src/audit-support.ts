import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KeyObject } from 'node:crypto';
import type { EventStore } from '@samsyn/event-store';
import { hasMerkleTree, loadOrCreateSigningKey, parseSignedHead, readPublicKey, type LoadedSigningKey, type ProvableStore, type SignedTreeHead } from '@samsyn/audit-proofs';
import { CliError, type CliIo } from './cli-io';

/** The audit commands need the store's Merkle tree (every adapter keeps one). */
export const provable = (store: EventStore): ProvableStore => {
  if (!hasMerkleTree(store)) throw new CliError('this store keeps no Merkle tree');
  return store;
};

/** The signing key: SAMSYN_SIGNING_KEY, else the data directory's (generated on first use). */
export const signingKey = (io: CliIo, dataDir: string): LoadedSigningKey => {
  try {
    return loadOrCreateSigningKey(dataDir, io.env.SAMSYN_SIGNING_KEY);
  } catch (e) {
    throw new CliError(`cannot load the signing key: ${(e as Error).message}`);
  }
};

const readText = (io: CliIo, file: string, what: string): string => {
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${what} ${file}: ${(e as Error).message}`);
  }
};

export const readPublicKeyFile = (io: CliIo, file: string): KeyObject => {
  try {
    return readPublicKey(readText(io, file, 'the public key'));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${file} is not an Ed25519 public key (PEM): ${(e as Error).message.split('\n')[0]}`);
  }
};

/**
 * Signed heads from a file: one JSON head (`samsyn digest`), or JSON Lines of heads (the file
 * outlet's `signed-heads.jsonl`). A line that is not a head is refused, never skipped.
 */
export const readHeadsFile = (io: CliIo, file: string): SignedTreeHead[] => {
  const text = readText(io, file, 'the signed head').trim();
  if (text === '') throw new CliError(`${file} holds no signed head`);
  const values: unknown[] = [];
  try {
    values.push(JSON.parse(text));
  } catch {
    for (const [i, line] of text.split('\n').entries()) {
      if (line.trim() === '') continue;
      try {
        values.push(JSON.parse(line));
      } catch {
        throw new CliError(`${file} line ${i + 1} is not JSON`);
      }
    }
  }
  return values.map((v, i) => {
    const head = parseSignedHead((v as { head?: unknown })?.head ?? v);
    if (typeof head === 'string') throw new CliError(`${file}: head ${i + 1}: ${head}`);
    return head;
  });
};

/** A position or a tree size given on the command line. */
export const wholeNumber = (flag: string, v: string, min = 0n): bigint => {
  if (!/^\d+$/.test(v) || BigInt(v) < min) throw new CliError(`${flag}: not a whole number ≥ ${min}: "${v}"`);
  return BigInt(v);
};
