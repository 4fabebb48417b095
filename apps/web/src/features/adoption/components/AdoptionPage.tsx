import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { useSession } from '../../../lib/auth';
import { nameOf, useStakeholders } from '../../../lib/registers';
import type { CatalogueEntry } from '../../../lib/types';
import { useApiQuery } from '../../../lib/use-api-query';
import { useRecordAdoption } from '../api/record-adoption';

const today = (): string => new Date().toISOString().slice(0, 10);

/** Record that my organisation adopted revision n on a date (process owner or reviewer of that organisation). */
export const AdoptionPage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation('adoption');
  const session = useSession();
  const process = useApiQuery<CatalogueEntry>(['process', id], `/processes/${encodeURIComponent(id)}`);
  const stakeholders = useStakeholders();
  const record = useRecordAdoption(id);
  const mine = [...new Set((session?.roles ?? []).filter((r) => (r.role === 'process-owner' || r.role === 'reviewer') && r.stakeholder).map((r) => r.stakeholder!))];
  const [stakeholder, setStakeholder] = useState('');
  const [revision, setRevision] = useState('');
  const [adoptedOn, setAdoptedOn] = useState(today());

  return (
    <QueryState query={process}>
      {(p) => {
        const eligible = mine.filter((s) => p.participants.includes(s));
        const chosen = stakeholder || eligible[0] || '';
        const rev = revision || String(p.headRevision);
        const submit = (e: FormEvent) => {
          e.preventDefault();
          record.mutate({ stakeholder: chosen, revision: Number(rev), adoptedOn });
        };
        return (
          <>
            <PageTitle>{t('title', { name: p.name })}</PageTitle>
            <p>
              <Link to={`/processes/${encodeURIComponent(p.id)}`}>{t('back', { id: p.id })}</Link>
            </p>
            {eligible.length === 0 ? (
              <p className="notice">{t('notYours')}</p>
            ) : (
              <form className="stacked" onSubmit={submit} noValidate>
                <label htmlFor="adoption-stakeholder">{t('organisation')}</label>
                <select id="adoption-stakeholder" value={chosen} onChange={(e) => setStakeholder(e.target.value)}>
                  {eligible.map((s) => (
                    <option key={s} value={s}>
                      {nameOf(stakeholders.data, s)}
                    </option>
                  ))}
                </select>
                <label htmlFor="adoption-revision">{t('revision')}</label>
                <select id="adoption-revision" value={rev} onChange={(e) => setRevision(e.target.value)}>
                  {Array.from({ length: p.headRevision }, (_, i) => p.headRevision - i).map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
                <label htmlFor="adoption-date">{t('adoptedOn')}</label>
                <input id="adoption-date" type="date" value={adoptedOn} onChange={(e) => setAdoptedOn(e.target.value)} required />
                <p>
                  <button type="submit" disabled={record.isPending || !adoptedOn}>
                    {t('submit')}
                  </button>
                </p>
              </form>
            )}
            <ErrorMessage error={record.error} />
            {record.isSuccess && (
              <p className="notice" role="status">
                {t('recorded', { organisation: nameOf(stakeholders.data, chosen), revision: rev })}
              </p>
            )}
          </>
        );
      }}
    </QueryState>
  );
};
