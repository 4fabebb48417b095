import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatDateTime } from '../../../lib/format';
import { usePostComment, useThreadStatus } from '../api/comments';
import { threadAnchor, type CommentThread, type CommentsTarget } from '../model/comments';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

/** A thread: its comments, a reply while it is open, resolve or reopen. `me`: null when nothing may be written (signed out, the past, an auditor). */
export const ThreadItem = ({ target, thread, me }: { target: CommentsTarget; thread: CommentThread; me: string | null }) => {
  const { t } = useTranslation('comments');
  const reply = usePostComment(target);
  const status = useThreadStatus(target);
  const open = thread.status === 'open';

  return (
    <article id={threadAnchor(thread.id)} className="comment-thread" data-thread={thread.id} aria-label={t('threadLabel', { who: thread.startedBy, when: formatDateTime(thread.startedAt) })}>
      <p>
        <span className={`badge ${open ? 'open' : 'resolved'}`}>{t(open ? 'open' : 'resolved')}</span>
        {thread.resolved && <span className="muted"> {t('resolvedBy', { who: thread.resolved.by, when: formatDateTime(thread.resolved.at) })}</span>}
      </p>
      <ol className="comments">
        {thread.comments.map((c) => (
          <CommentItem key={c.id} target={target} thread={thread.id} comment={c} canEdit={me === c.author && open} />
        ))}
      </ol>
      {me && open && (
        <CommentForm label={t('replyLabel')} submitLabel={t('reply')} pending={reply.isPending} error={reply.error} onSubmit={(text) => reply.mutateAsync({ text, thread: thread.id })} testId="reply" />
      )}
      {me && (
        <p>
          <button type="button" className="secondary" disabled={status.isPending} onClick={() => status.mutate({ thread: thread.id, action: open ? 'resolve' : 'reopen' })}>
            {t(open ? 'resolve' : 'reopen')}
          </button>
        </p>
      )}
      <ErrorMessage error={status.error} />
    </article>
  );
};
