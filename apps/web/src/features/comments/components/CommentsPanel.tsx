import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { useSession } from '../../../lib/auth';
import { formatNumber } from '../../../lib/format';
import { useAsOf } from '../../../lib/time-travel';
import { useComments, usePostComment } from '../api/comments';
import { stepOf, type CommentsTarget } from '../model/comments';
import { CommentForm } from './CommentForm';
import { ThreadItem } from './ThreadItem';

/**
 * The comment threads of a process (on the process, then per step) or of a proposal, and a form
 * for a new thread. Writing needs a session that is not only an auditor's, and the present.
 */
export const CommentsPanel = ({ target, steps = [] }: { target: CommentsTarget; steps?: { id: string; name: string }[] }) => {
  const { t } = useTranslation('comments');
  const session = useSession();
  const past = useAsOf() !== null;
  const comments = useComments(target);
  const post = usePostComment(target);
  const [on, setOn] = useState('');
  const readOnly = !session || past || (session.roles.length > 0 && session.roles.every((r) => r.role === 'auditor'));
  const me = readOnly ? null : session!.sub;
  const groups = [{ id: '', name: t(target.kind === 'proposal' ? 'onProposal' : 'onProcess') }, ...steps.map((s) => ({ id: s.id, name: t('onStep', { name: s.name }) }))];

  return (
    <section aria-labelledby="comments-heading" data-testid="comments">
      <h2 id="comments-heading">{t('heading')}</h2>
      <QueryState query={comments}>
        {(c) => (
          <>
            <p className="muted">{t('counts', { threads: formatNumber(c.counts.threads), open: formatNumber(c.counts.open) })}</p>
            {groups.map((g) => {
              const threads = c.threads.filter((th) => (stepOf(th) ?? '') === g.id);
              return threads.length === 0 ? null : (
                <section key={g.id} aria-label={g.name} data-comments-on={g.id || target.kind}>
                  <h3>{g.name}</h3>
                  {threads.map((th) => (
                    <ThreadItem key={th.id} target={target} thread={th} me={me} />
                  ))}
                </section>
              );
            })}
          </>
        )}
      </QueryState>
      {me && (
        <>
          <h3>{t('newThread')}</h3>
          {groups.length > 1 && (
            <p>
              <label htmlFor="new-thread-on">{t('about')}</label>{' '}
              <select id="new-thread-on" value={on} onChange={(e) => setOn(e.target.value)}>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </p>
          )}
          <CommentForm label={t('commentLabel')} submitLabel={t('post')} pending={post.isPending} error={post.error} onSubmit={(text) => post.mutateAsync({ text, step: on || undefined })} testId="new-thread" />
        </>
      )}
    </section>
  );
};
