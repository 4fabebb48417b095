import type { Principal } from '@samsyn/domain/shared/principal';
import type { CommentsState } from '../comments/comments.projection';
import type { Task } from './my-tasks';

const where = (f: CommentsState['mentions'][string][number]): { sv: string; en: string } => {
  const s = f.subject;
  if (s.kind === 'proposal') return { sv: `förslaget ${s.proposalId}`, en: `proposal ${s.proposalId}` };
  if (s.kind === 'step') return { sv: `steg ${s.stepId} i ${s.processId}`, en: `step ${s.stepId} of ${s.processId}` };
  return { sv: `processen ${s.processId}`, en: `process ${s.processId}` };
};

/**
 * The principal was mentioned in a comment after `seenUpTo` (as own proposals are: "since I last
 * looked"). The link is the API path of the comments the thread is among.
 */
export const mentionTasks = (comments: CommentsState, principal: Principal, seenUpTo: bigint): Task[] =>
  (comments.mentions[principal.id] ?? [])
    .filter((f) => BigInt(f.position) > seenUpTo)
    .map((f) => {
      const resource = f.subject.kind === 'proposal' ? { kind: 'proposal' as const, id: f.subject.proposalId } : { kind: 'process' as const, id: f.subject.processId };
      const w = where(f);
      return {
        kind: 'mention' as const,
        resource,
        link: `/${resource.kind === 'proposal' ? 'proposals' : 'processes'}/${encodeURIComponent(resource.id)}/comments`,
        why: { code: 'MENTIONED_IN_COMMENT', sv: `${f.by} nämnde dig i en kommentar om ${w.sv}.`, en: `${f.by} mentioned you in a comment on ${w.en}.` },
        since: f.at,
        processId: f.subject.processId,
        thread: f.threadId,
        comment: f.commentId,
        by: f.by,
        ...(f.subject.kind === 'step' ? { step: f.subject.stepId } : {}),
      };
    });
