import type { KeyObject } from 'node:crypto';
import type { StoredEvent } from '@samsyn/event-store';
import { keyIdOf, type SignedTreeHead } from '../heads/signed-head';
import { publicKeyPem } from '../heads/signing-key';
import { storeProofs, type InclusionProof, type ProvableStore } from '../service/proofs-for-store';
import { processStory, type ProcessStory } from './evidence-story';

export type EvidenceAsOf = { position: bigint } | { instant: string } | undefined;

/** Everything the pack shows and everything needed to check it on its own. */
export interface EvidencePack {
  story: ProcessStory;
  asOf: string | null;
  generatedAt: string;
  head: SignedTreeHead;
  publicKey: string;
  keyId: string;
  entries: Array<{ event: StoredEvent; inclusion: InclusionProof }>;
}

/**
 * The process's events — its own stream and the streams of every proposal made to it — up to
 * `asOf`, each with its inclusion proof against one signed head: the tree as of the position
 * asked for, else the whole store (an instant only cuts the story; the head proves it all).
 * Null when the process does not exist (then).
 */
export async function gatherEvidence(store: ProvableStore, processId: string, o: { asOf?: EvidenceAsOf; privateKey: KeyObject; publicKey: KeyObject; now: string }): Promise<EvidencePack | null> {
  const within = (e: StoredEvent) =>
    o.asOf === undefined ? true : 'position' in o.asOf ? e.position <= o.asOf.position : e.metadata.occurredAt <= o.asOf.instant;
  const own = (await store.readStream(`process-${processId}`)).filter(within);
  if (own.length === 0) return null;
  const submitted = await store.readAll({ filter: { eventTypes: ['ProposalSubmitted'] } });
  const proposalIds = submitted.filter((e) => (e.data as { processId?: string }).processId === processId && within(e)).map((e) => (e.data as { id: string }).id);
  const events = [...own];
  for (const id of proposalIds) events.push(...(await store.readStream(`proposal-${id}`)).filter(within));
  events.sort((a, b) => (a.position < b.position ? -1 : 1));

  const proofs = storeProofs(store);
  const treeSize = o.asOf && 'position' in o.asOf ? await proofs.sizeAt(o.asOf.position) : await proofs.treeSize();
  const head = await proofs.signedHead(o.privateKey, o.now, treeSize);
  const entries: EvidencePack['entries'] = [];
  for (const e of events) entries.push({ event: e, inclusion: (await proofs.inclusion(e.position, treeSize)).proof });
  return {
    story: processStory(processId, events),
    asOf: o.asOf === undefined ? null : 'position' in o.asOf ? `position ${o.asOf.position}` : o.asOf.instant,
    generatedAt: o.now,
    head,
    publicKey: publicKeyPem(o.publicKey),
    keyId: keyIdOf(o.publicKey),
    entries,
  };
}
