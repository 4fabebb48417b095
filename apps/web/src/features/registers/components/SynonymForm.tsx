import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { hasRole, stakeholdersWithRole, useSession } from '../../../lib/auth';
import type { Term } from '../../../lib/registers';
import type { Stakeholder } from '../../../lib/types';
import { useAddSynonym } from '../api/add-synonym';

/** An organisation's own word for a common term: admins for any organisation, reviewers for their own. */
export const SynonymForm = ({ terms, stakeholders }: { terms: Term[]; stakeholders: Stakeholder[] }) => {
  const { t } = useTranslation('registers');
  const session = useSession();
  const add = useAddSynonym();
  const allowed = hasRole(session, 'admin') ? stakeholders.map((s) => s.id) : stakeholdersWithRole(session, 'reviewer');
  const [term, setTerm] = useState('');
  const [stakeholder, setStakeholder] = useState('');
  const [label, setLabel] = useState('');
  if (allowed.length === 0) return null;
  const chosenTerm = term || terms[0]?.id || '';
  const chosenOrg = stakeholder || allowed[0];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (label.trim()) add.mutate({ term: chosenTerm, stakeholder: chosenOrg, label: label.trim() }, { onSuccess: () => setLabel('') });
  };
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="synonym-heading">
      <h3 id="synonym-heading">{t('addSynonym')}</h3>
      <div>
        <label htmlFor="synonym-term">{t('term')}</label>{' '}
        <select id="synonym-term" value={chosenTerm} onChange={(e) => setTerm(e.target.value)}>
          {terms.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="synonym-org">{t('organisation')}</label>{' '}
        <select id="synonym-org" value={chosenOrg} onChange={(e) => setStakeholder(e.target.value)}>
          {allowed.map((id) => (
            <option key={id} value={id}>
              {stakeholders.find((s) => s.id === id)?.name ?? id}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="synonym-label">{t('synonym')}</label> <input id="synonym-label" value={label} onChange={(e) => setLabel(e.target.value)} required />
      </div>
      <div>
        <button type="submit" disabled={add.isPending || !label.trim()}>
          {t('add')}
        </button>
      </div>
      <ErrorMessage error={add.error} />
    </form>
  );
};
