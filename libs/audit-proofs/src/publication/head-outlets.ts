import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SignedTreeHead } from '../heads/signed-head';

/** Somewhere outside the store that keeps a copy of every published head. */
export interface HeadOutlet {
  readonly name: string;
  publish(head: SignedTreeHead): Promise<void>;
}

/**
 * A JSON Lines file, one signed head a line, appended to and never rewritten: ship it off the
 * machine (backup, log shipping, an auditor's share) and `samsyn verify --against` takes it as it is.
 */
export const fileOutlet = (path: string): HeadOutlet => ({
  name: `file ${path}`,
  async publish(head) {
    await mkdir(dirname(path), { recursive: true });
    await appendFile(path, JSON.stringify(head) + '\n', { encoding: 'utf8', mode: 0o644 });
  },
});
