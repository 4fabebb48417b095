import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useEditComment } from '../api/comments';
import type { Comment, CommentsTarget } from '../model/comments';
import { CommentForm } from './CommentForm';

/** One comment: who, when, the text; "edited" with the earlier versions; its author may edit it. */
export const CommentItem = ({ target, thread, comment, canEdit }: { target: CommentsTarget; thread: string; comment: Comment; canEdit: boolean }) => {
  const { t } = useTranslation('comments');
  const edit = useEditComment(target);
  const [editing, setEditing] = useState(false);

  return (
    <li data-comment={comment.id}>
      <p>
        <strong>{comment.author}</strong> <span className="muted">{formatDateTime(comment.postedAt)}</span>
        {comment.editedAt && <span className="muted"> · {t('edited', { when: formatDateTime(comment.editedAt) })}</span>}
      </p>
      {editing ? (
        <CommentForm
          label={t('editLabel')}
          submitLabel={t('save')}
          initial={comment.text}
          pending={edit.isPending}
          error={edit.error}
          onSubmit={(text) => edit.mutateAsync({ thread, comment: comment.id, text }).then(() => setEditing(false))}
          onCancel={() => setEditing(false)}
          testId="edit-comment"
        />
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      {comment.history.length > 0 && (
        <details>
          <summary>{t('history', { count: comment.history.length })}</summary>
          <ol>
            {comment.history.map((v) => (
              <li key={v.at}>
                <span className="muted">{formatDateTime(v.at)}:</span> {v.text}
              </li>
            ))}
          </ol>
        </details>
      )}
      {canEdit && !editing && (
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {t('edit')}
        </button>
      )}
    </li>
  );
};
