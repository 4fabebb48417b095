import { StreamStates } from '@samsyn/application/stream-states';
import { parseMentions, type CommentAccess, type CommentSubject } from '@samsyn/domain/comment-thread';
import type { EventStore } from '@samsyn/event-store';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';

/** Where a comment is written, as the route names it (a proposal's process is read from its stream). */
export type CommentTarget = { kind: 'process'; processId: string } | { kind: 'step'; processId: string; stepId: string } | { kind: 'proposal'; proposalId: string };

/**
 * What the decider must know, read at decision time: the subject's process from its stream (as
 * fresh as the store), the bodies' members and the principals the text mentions from the directory.
 */
export const readCommentAccess = async (
  store: EventStore,
  queries: Pick<ReadModelQueries, 'bodies' | 'principals'>,
  target: CommentTarget | CommentSubject,
  text: unknown,
): Promise<{ access: CommentAccess; subject: CommentSubject | null }> => {
  const states = new StreamStates(store);
  let processId: string | null = target.kind === 'proposal' ? null : target.processId;
  if (target.kind === 'proposal') {
    const proposal = await states.proposal(target.proposalId);
    processId = proposal.exists ? proposal.processId : null;
  }
  const process = processId === null ? null : await states.process(processId);
  const head = process?.exists ? process.revisions[process.head] : undefined;
  const mentioned = typeof text === 'string' ? parseMentions(text) : [];
  const [bodies, known] = await Promise.all([queries.bodies(undefined), mentioned.length > 0 ? queries.principals(undefined) : Promise.resolve([])]);
  const access: CommentAccess = {
    process: head && process ? { participants: [...head.participants], owner: process.owner, steps: Object.keys(head.steps) } : null,
    bodyMembers: [...new Set(bodies.flatMap((b) => b.members))],
    knownPrincipals: known.map((p) => p.id).filter((id) => mentioned.includes(id)),
  };
  if (processId === null || access.process === null) return { access, subject: null };
  const subject: CommentSubject =
    target.kind === 'proposal' ? { kind: 'proposal', proposalId: target.proposalId, processId } : target.kind === 'step' ? { kind: 'step', processId, stepId: target.stepId } : { kind: 'process', processId };
  return { access, subject };
};

/** The access for a decision on an existing thread: read for its subject (none yet: the decider answers NOT_FOUND). */
export const readThreadAccess = async (
  store: EventStore,
  queries: Pick<ReadModelQueries, 'bodies' | 'principals'>,
  subject: CommentSubject | null,
  text?: unknown,
): Promise<CommentAccess> =>
  subject === null ? { process: null, bodyMembers: [], knownPrincipals: [] } : (await readCommentAccess(store, queries, subject, text)).access;
