import { ErrorCodes, isAdmin, isProcessOwnerOf, isReviewerOf, refuse, type CommandContext, type Decider, type Principal } from '../shared';
import type { CommentAccess, CommentThreadCommand, EditComment, ReplyToCommentThread, StartCommentThread } from './comment-thread.commands';
import type { CommentSubject, CommentThreadEvent } from './comment-thread.events';
import type { CommentThreadState } from './comment-thread.state';
import { COMMENT_BOUNDS, parseMentions } from './mentions';

const invalid = (field: string, message: string): never => refuse(ErrorCodes.INVALID_INPUT, message, { field });
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/;

const processOf = (access: CommentAccess, what: string): NonNullable<CommentAccess['process']> =>
  access?.process ?? refuse(ErrorCodes.NOT_FOUND, `${what} does not exist`);

/** Participants' process owners and reviewers, members of a governance body, admins. Auditors read only. */
const mayComment = (p: Principal, access: CommentAccess): boolean =>
  isAdmin(p) ||
  access.bodyMembers.includes(p.id) ||
  processOf(access, 'the subject').participants.some((s) => isProcessOwnerOf(p, s) || isReviewerOf(p, s));

const requireMayComment = (context: CommandContext, access: CommentAccess): void => {
  if (!mayComment(context.principal, access)) refuse(ErrorCodes.NOT_ALLOWED, "only the participants' process owners and reviewers, body members and admins comment");
};

/** The thread's author, the process's owner (the principal or a process owner of its stakeholder), admins. */
const requireMayResolve = (context: CommandContext, state: CommentThreadState, access: CommentAccess): void => {
  const p = context.principal;
  const owner = processOf(access, 'the subject').owner;
  const ok = isAdmin(p) || state.startedBy === p.id || (owner !== null && (owner.principal === p.id || isProcessOwnerOf(p, owner.stakeholder)));
  if (!ok) refuse(ErrorCodes.NOT_ALLOWED, "only the thread's author, the process's owner and admins resolve or reopen a thread");
};

const requireThread = (state: CommentThreadState, threadId: string): void => {
  if (state.id === null) refuse(ErrorCodes.NOT_FOUND, `comment thread ${threadId} does not exist`);
};

const requireOpen = (state: CommentThreadState): void => {
  if (state.status === 'resolved') refuse(ErrorCodes.THREAD_RESOLVED, 'the thread is resolved: reopen it first');
};

/** The text trimmed and bounded; its mentions those the directory knows, the author left out. */
const textAndMentions = (text: unknown, access: CommentAccess, author: string): { text: string; mentions: string[] } => {
  if (typeof text !== 'string' || text.trim() === '') return invalid('text', 'text must be a non-empty string');
  const trimmed = text.trim();
  if (trimmed.length > COMMENT_BOUNDS.maxText) invalid('text', `text must be at most ${COMMENT_BOUNDS.maxText} characters`);
  // An @word the directory does not know stays plain text (an "@todo", a typo): no error, no mention.
  const mentions = parseMentions(trimmed).filter((id) => id !== author && access.knownPrincipals.includes(id));
  if (mentions.length > COMMENT_BOUNDS.maxMentions) invalid('text', `a comment mentions at most ${COMMENT_BOUNDS.maxMentions} principals`);
  return { text: trimmed, mentions };
};

const subjectOf = (subject: CommentSubject, access: CommentAccess): CommentSubject => {
  const process = processOf(access, 'the subject');
  switch (subject?.kind) {
    case 'process':
      return { kind: 'process', processId: subject.processId };
    case 'step':
      if (!process.steps.includes(subject.stepId)) refuse(ErrorCodes.NOT_FOUND, `step ${subject.stepId} does not exist in process ${subject.processId}`);
      return { kind: 'step', processId: subject.processId, stepId: subject.stepId };
    case 'proposal':
      return { kind: 'proposal', proposalId: subject.proposalId, processId: subject.processId };
    default:
      return invalid('subject', 'subject must be a process, a step or a proposal');
  }
};

const start = ({ data, context }: StartCommentThread, state: CommentThreadState): CommentThreadEvent[] => {
  if (state.id !== null) refuse(ErrorCodes.ALREADY_EXISTS, `comment thread ${data.threadId} already exists`);
  const subject = subjectOf(data.subject, data.access);
  requireMayComment(context, data.access);
  const by = context.principal.id;
  return [
    { type: 'CommentThreadStarted', data: { threadId: data.threadId, subject, startedBy: by } },
    { type: 'CommentPosted', data: { threadId: data.threadId, subject, commentId: '1', ...textAndMentions(data.text, data.access, by), postedBy: by } },
  ];
};

const reply = ({ data, context }: ReplyToCommentThread, state: CommentThreadState): CommentThreadEvent[] => {
  requireThread(state, data.threadId);
  requireMayComment(context, data.access);
  requireOpen(state);
  const by = context.principal.id;
  const commentId = String(state.count + 1);
  return [{ type: 'CommentPosted', data: { threadId: data.threadId, subject: state.subject!, commentId, ...textAndMentions(data.text, data.access, by), postedBy: by } }];
};

const edit = ({ data, context }: EditComment, state: CommentThreadState): CommentThreadEvent[] => {
  requireThread(state, data.threadId);
  const comment = Object.hasOwn(state.comments, data.commentId) ? state.comments[data.commentId] : undefined;
  if (!comment) return refuse(ErrorCodes.NOT_FOUND, `comment ${data.commentId} does not exist in thread ${data.threadId}`);
  // One's own words only: not even an admin puts words in another's mouth.
  if (comment.author !== context.principal.id) refuse(ErrorCodes.NOT_ALLOWED, 'only its author edits a comment');
  requireOpen(state);
  const { text, mentions } = textAndMentions(data.text, data.access, comment.author);
  if (text === comment.text) return [];
  const newMentions = mentions.filter((m) => !comment.everMentioned.includes(m));
  return [{ type: 'CommentEdited', data: { threadId: data.threadId, subject: state.subject!, commentId: data.commentId, text, mentions, newMentions, editedBy: context.principal.id } }];
};

export const commentThreadDecider: Decider<CommentThreadCommand, CommentThreadEvent, CommentThreadState> = {
  initialState: () => ({ id: null, subject: null, startedBy: null, status: null, comments: {}, count: 0 }),

  decide(command, state) {
    if (typeof command.data.threadId !== 'string' || !ID.test(command.data.threadId)) invalid('threadId', 'threadId must be 1-200 letters, digits, _ . or -');
    switch (command.type) {
      case 'StartCommentThread':
        return start(command, state);
      case 'ReplyToCommentThread':
        return reply(command, state);
      case 'EditComment':
        return edit(command, state);
      case 'ResolveCommentThread':
        requireThread(state, command.data.threadId);
        requireMayResolve(command.context, state, command.data.access);
        return state.status === 'resolved' ? [] : [{ type: 'CommentThreadResolved', data: { threadId: command.data.threadId, resolvedBy: command.context.principal.id } }];
      case 'ReopenCommentThread':
        requireThread(state, command.data.threadId);
        requireMayResolve(command.context, state, command.data.access);
        return state.status === 'open' ? [] : [{ type: 'CommentThreadReopened', data: { threadId: command.data.threadId, reopenedBy: command.context.principal.id } }];
      default: {
        const never: never = command;
        return never;
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'CommentThreadStarted':
        return { ...state, id: event.data.threadId, subject: event.data.subject, startedBy: event.data.startedBy, status: 'open' };
      case 'CommentPosted': {
        const { commentId, postedBy, text, mentions } = event.data;
        return { ...state, count: state.count + 1, comments: { ...state.comments, [commentId]: { author: postedBy, text, everMentioned: [...mentions] } } };
      }
      case 'CommentEdited': {
        const c = state.comments[event.data.commentId];
        if (!c) return state;
        const everMentioned = [...c.everMentioned, ...event.data.mentions.filter((m) => !c.everMentioned.includes(m))];
        return { ...state, comments: { ...state.comments, [event.data.commentId]: { ...c, text: event.data.text, everMentioned } } };
      }
      case 'CommentThreadResolved':
        return { ...state, status: 'resolved' };
      case 'CommentThreadReopened':
        return { ...state, status: 'open' };
      default:
        return state;
    }
  },
};
