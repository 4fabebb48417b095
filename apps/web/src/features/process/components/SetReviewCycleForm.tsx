import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { usePrincipals } from '../../comments/api/comments';
import { useSetReviewCycle } from '../api/review-cycle';
import { MAX_INTERVAL_MONTHS, reviewCycleOf, type CycleProblem } from '../model/review-cycle-form';

/** Set or change the review interval and the responsible owner (docs/governance-notifications.md "Review cycles"). */
export const SetReviewCycleForm = ({ processId, current }: { processId: string; current: { intervalMonths: number; owner: string } | null }) => {
  const { t } = useTranslation('process');
  const set = useSetReviewCycle(processId);
  const principals = usePrincipals();
  const [draft, setDraft] = useState({ intervalMonths: current ? String(current.intervalMonths) : '12', owner: current?.owner ?? '' });
  const [problems, setProblems] = useState<CycleProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const r = reviewCycleOf(draft);
    if ('problems' in r) return setProblems(r.problems);
    setProblems([]);
    set.mutate(r.body, { onSuccess: () => setSaved(true) });
  };
  return (
    <form className="stacked" onSubmit={submit} noValidate aria-labelledby="set-cycle-heading" data-testid="set-review-cycle-form">
      <h3 id="set-cycle-heading">{t(current ? 'setCycle.changeHeading' : 'setCycle.heading')}</h3>
      <label htmlFor="cycle-intervalMonths">
        {t('setCycle.intervalMonths')}
        <input
          id="cycle-intervalMonths"
          inputMode="numeric"
          value={draft.intervalMonths}
          onChange={(e) => setDraft({ ...draft, intervalMonths: e.target.value })}
          aria-invalid={problems.includes('intervalMonths')}
          aria-describedby="cycle-intervalMonths-hint"
        />
        <span id="cycle-intervalMonths-hint" className="muted">
          {t('setCycle.intervalHint', { max: MAX_INTERVAL_MONTHS })}
        </span>
      </label>
      <label htmlFor="cycle-owner">
        {t('setCycle.owner')}
        <input id="cycle-owner" list="cycle-owner-principals" value={draft.owner} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} aria-invalid={problems.includes('owner')} aria-describedby="cycle-owner-hint" />
        <span id="cycle-owner-hint" className="muted">
          {t('setCycle.ownerHint')}
        </span>
      </label>
      <datalist id="cycle-owner-principals">
        {(principals.data ?? []).map((p) => (
          <option key={p.id} value={p.id} />
        ))}
      </datalist>
      <button type="submit" disabled={set.isPending}>
        {t('setCycle.submit')}
      </button>
      {problems.length > 0 && (
        <div className="error" role="alert">
          {problems.map((p) => (
            <p key={p}>{t(`setCycle.problems.${p}`, { max: MAX_INTERVAL_MONTHS })}</p>
          ))}
        </div>
      )}
      <ErrorMessage error={set.error} fieldLabels={{ intervalMonths: t('setCycle.intervalMonths'), owner: t('setCycle.owner') }} />
      {saved && !set.isPending && (
        <p className="notice" role="status">
          {t('setCycle.saved')}
        </p>
      )}
    </form>
  );
};
