import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { hasRole, useSession } from '../../../lib/auth';
import { useBodies } from '../../../lib/registers';
import { useAsOf } from '../../../lib/time-travel';
import type { CatalogueEntry } from '../../../lib/types';
import { useSetDefaultAdoptionTarget } from '../api/default-adoption-target';

/** The domain's bounds of a default (adoption-targets.ts): whole days, 1 to 3650. */
const daysOf = (text: string): number | null => (/^\d{1,4}$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 3650 ? Number(text) : null);

/**
 * The process's default adoption target (docs/harmonization.md "The process's default target"):
 * shown to all; set or removed by the process owner of the owning organisation or a member of the
 * governing body, the only ones the domain lets.
 */
export const DefaultTargetSection = ({ entry }: { entry: CatalogueEntry }) => {
  const { t } = useTranslation('process');
  const session = useSession();
  const bodies = useBodies();
  const asOf = useAsOf();
  const set = useSetDefaultAdoptionTarget(entry.id);
  const current = entry.defaultAdoptionTarget ?? null;
  const [days, setDays] = useState(current ? String(current.daysAfterApplied) : '');
  const [bad, setBad] = useState(false);
  const [said, setSaid] = useState<'saved' | 'removed' | null>(null);
  const mayWrite =
    asOf === null && (hasRole(session, 'process-owner', entry.owner.stakeholder) || !!bodies.data?.find((b) => b.id === entry.governingBody)?.members.includes(session?.sub ?? ''));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = daysOf(days);
    setBad(n === null);
    if (n !== null) set.mutate(n, { onSuccess: () => setSaid('saved') });
  };
  return (
    <section aria-labelledby="default-target-heading" data-testid="default-target">
      <h2 id="default-target-heading">{t('defaultTarget.heading')}</h2>
      <p data-testid="default-target-current">{current ? t('defaultTarget.current', { count: current.daysAfterApplied, by: current.setBy }) : t('defaultTarget.none')}</p>
      {mayWrite && (
        <form className="stacked" onSubmit={submit} noValidate data-testid="default-target-form">
          <label htmlFor="default-target-days">{t('defaultTarget.days')}</label>
          <input id="default-target-days" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} {...(bad ? { 'aria-invalid': true, 'aria-describedby': 'default-target-days-error' } : {})} />
          {bad && (
            <span id="default-target-days-error" className="field-error">
              {t('defaultTarget.bounds')}
            </span>
          )}
          <p>
            <button type="submit" disabled={set.isPending}>
              {t('defaultTarget.save')}
            </button>{' '}
            {current && (
              <button type="button" className="secondary" disabled={set.isPending} onClick={() => set.mutate(null, { onSuccess: () => {
                setSaid('removed');
                setDays('');
              } })}>
                {t('defaultTarget.remove')}
              </button>
            )}
          </p>
          <ErrorMessage error={set.error} />
          {said && set.isSuccess && (
            <p className="notice" role="status">
              {t(`defaultTarget.${said}`)}
            </p>
          )}
        </form>
      )}
    </section>
  );
};
