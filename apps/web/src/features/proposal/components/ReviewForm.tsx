import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { nameOf, useStakeholders } from '../../../lib/registers';
import { useSubmitReview } from '../api/submit-review';

/** Accept or reject for one of my organisations, with a comment (required: the other organisations read it). */
export const ReviewForm = ({ proposalId, stakeholders: mine }: { proposalId: string; stakeholders: string[] }) => {
  const { t } = useTranslation('proposal');
  const stakeholders = useStakeholders();
  const review = useSubmitReview(proposalId);
  const [stakeholder, setStakeholder] = useState(mine[0]);
  const [verdict, setVerdict] = useState<'accept' | 'reject' | ''>('');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string[]>([]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m = [...(verdict ? [] : ['verdict']), ...(comment.trim() ? [] : ['comment'])];
    setMissing(m);
    if (m.length === 0) review.mutate({ stakeholder, verdict: verdict as 'accept' | 'reject', comment: comment.trim() });
  };

  return (
    <form className="stacked" onSubmit={submit} noValidate aria-labelledby="review-heading" data-testid="review-form">
      <h3 id="review-heading">{t('review.heading')}</h3>
      {missing.length > 0 && (
        <div className="error" role="alert">
          <p>{t('review.missing')}</p>
          <ul>
            {missing.map((f) => (
              <li key={f}>
                <a href={`#review-${f}`}>{t(`review.missing_${f}`)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {mine.length > 1 && (
        <>
          <label htmlFor="review-stakeholder">{t('review.organisation')}</label>
          <select id="review-stakeholder" value={stakeholder} onChange={(e) => setStakeholder(e.target.value)}>
            {mine.map((s) => (
              <option key={s} value={s}>
                {nameOf(stakeholders.data, s)}
              </option>
            ))}
          </select>
        </>
      )}
      {mine.length === 1 && <p>{t('review.for', { organisation: nameOf(stakeholders.data, stakeholder) })}</p>}
      <fieldset id="review-verdict">
        <legend>{t('review.verdict')}</legend>
        <label>
          <input type="radio" name="verdict" value="accept" checked={verdict === 'accept'} onChange={() => setVerdict('accept')} /> {t('review.accept')}
        </label>
        <label>
          <input type="radio" name="verdict" value="reject" checked={verdict === 'reject'} onChange={() => setVerdict('reject')} /> {t('review.reject')}
        </label>
      </fieldset>
      <label htmlFor="review-comment">{t('review.comment')}</label>
      <textarea id="review-comment" rows={3} cols={60} value={comment} onChange={(e) => setComment(e.target.value)} aria-invalid={missing.includes('comment')} />
      <button type="submit" disabled={review.isPending}>
        {t('review.submit')}
      </button>
      <ErrorMessage error={review.error} />
    </form>
  );
};
