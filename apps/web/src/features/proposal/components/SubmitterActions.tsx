import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { Proposal } from '../../../lib/types';
import { useWithdrawProposal } from '../api/withdraw-proposal';

/** For the submitter of an open proposal: amend it (a conflicted one against the new head), or withdraw it with a reason. */
export const SubmitterActions = ({ proposal }: { proposal: Proposal }) => {
  const { t } = useTranslation('proposal');
  const withdraw = useWithdrawProposal(proposal.id);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) withdraw.mutate(reason.trim());
  };
  return (
    <section aria-labelledby="submitter-heading" data-testid="submitter-actions">
      <h2 id="submitter-heading">{t('submitter.heading')}</h2>
      {proposal.status === 'conflicted' && <p className="notice">{t('submitter.conflicted')}</p>}
      <p>
        <Link to={`/proposals/${encodeURIComponent(proposal.id)}/amend`}>{t('submitter.amend')}</Link>
      </p>
      <form className="filters" onSubmit={submit}>
        <div>
          <label htmlFor="withdraw-reason">{t('submitter.reason')}</label> <input id="withdraw-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div>
          <button type="submit" className="secondary" disabled={!reason.trim() || withdraw.isPending}>
            {t('submitter.withdraw')}
          </button>
        </div>
      </form>
      <ErrorMessage error={withdraw.error} />
    </section>
  );
};
