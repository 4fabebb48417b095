import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { QueryState } from '../../../components/QueryState';
import { useSession } from '../../../lib/auth';
import { formatDate, formatNumber } from '../../../lib/format';
import { useAsOf } from '../../../lib/time-travel';
import { useRecordNoChange, useReviewCycle } from '../api/review-cycle';
import { maySetReviewCycle } from '../model/review-cycle-form';
import { SetReviewCycleForm } from './SetReviewCycleForm';

/**
 * The process's review cycle: interval, owner, last and next review; the form that sets it (for
 * those the domain lets), and the review owner's "reviewed, no change" form. Neither in the past.
 */
export const ReviewCycleSection = ({ processId, processOwner }: { processId: string; processOwner: { principal: string; stakeholder: string } }) => {
  const { t } = useTranslation('process');
  const session = useSession();
  const asOf = useAsOf();
  const review = useReviewCycle(processId);
  const record = useRecordNoChange(processId);
  const [comment, setComment] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (comment.trim()) record.mutate(comment.trim(), { onSuccess: () => setComment('') });
  };
  const maySet = asOf === null && maySetReviewCycle(session, processOwner);
  return (
    <section aria-labelledby="review-cycle-heading" data-testid="review-cycle">
      <h2 id="review-cycle-heading">{t('reviewCycle.heading')}</h2>
      <QueryState query={review}>
        {(r) =>
          !r.cycle || !r.view ? (
            <p>{t('reviewCycle.none')}</p>
          ) : (
            <>
              <dl className="facts">
                <dt>{t('reviewCycle.interval')}</dt>
                <dd>{t('reviewCycle.months', { count: r.cycle.intervalMonths, n: formatNumber(r.cycle.intervalMonths) })}</dd>
                <dt>{t('reviewCycle.owner')}</dt>
                <dd>{r.cycle.owner}</dd>
                <dt>{t('reviewCycle.last')}</dt>
                <dd>{t(`reviewCycle.kinds.${r.lastReview.kind}`, { when: formatDate(r.lastReview.at), revision: r.lastReview.revision })}</dd>
                <dt>{t('reviewCycle.next')}</dt>
                <dd data-testid="review-next-due" data-status={r.view.status}>
                  {formatDate(r.view.nextDue)} — {t(`reviewCycle.status.${r.view.status}`, { days: formatNumber(r.view.daysOverdue) })}
                </dd>
              </dl>
              {session?.sub === r.cycle.owner && asOf === null && (
                <form onSubmit={submit} data-testid="no-change-form">
                  <p>{t('reviewCycle.explain')}</p>
                  <label htmlFor="no-change-comment">{t('reviewCycle.comment')}</label>
                  <textarea id="no-change-comment" value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
                  <button type="submit" disabled={!comment.trim() || record.isPending}>
                    {t('reviewCycle.record')}
                  </button>
                  <ErrorMessage error={record.error} />
                </form>
              )}
            </>
          )
        }
      </QueryState>
      {maySet && review.data && <SetReviewCycleForm processId={processId} current={review.data.cycle} />}
    </section>
  );
};
