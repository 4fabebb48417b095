import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { Body } from '../../../lib/types';
import { useDecideProposal } from '../api/decide-proposal';
import { isOutsideMandate } from '../model/timeline';

/** For a member of the body holding the proposal: approve, reject or escalate, with a motivation. */
export const DecisionForm = ({ proposalId, body, requiredLevel }: { proposalId: string; body: Body; requiredLevel: string }) => {
  const { t } = useTranslation('proposal');
  const decide = useDecideProposal(proposalId);
  const outside = isOutsideMandate(body.level, requiredLevel);
  const [outcome, setOutcome] = useState<'approve' | 'reject' | 'escalate' | ''>(outside ? 'escalate' : '');
  const [motivation, setMotivation] = useState('');
  const [missing, setMissing] = useState<string[]>([]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m = [...(outcome ? [] : ['outcome']), ...(motivation.trim() ? [] : ['motivation'])];
    setMissing(m);
    if (m.length === 0) decide.mutate({ body: body.id, outcome: outcome as 'approve' | 'reject' | 'escalate', motivation: motivation.trim() });
  };

  return (
    <form className="stacked" onSubmit={submit} noValidate aria-labelledby="decision-heading" data-testid="decision-form">
      <h3 id="decision-heading">{t('decision.heading', { body: body.name })}</h3>
      {outside && (
        <p className="notice" data-testid="outside-mandate">
          <strong>{t('decision.outsideMandateTitle')}</strong> {t('decision.outsideMandate', { required: t(`common:levels.${requiredLevel}`), level: t(`common:levels.${body.level}`) })}
        </p>
      )}
      {missing.length > 0 && (
        <div className="error" role="alert">
          <p>{t('review.missing')}</p>
          <ul>
            {missing.map((f) => (
              <li key={f}>
                <a href={`#decision-${f}`}>{t(`decision.missing_${f}`)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset id="decision-outcome">
        <legend>{t('decision.outcome')}</legend>
        {(['approve', 'reject', 'escalate'] as const).map((o) => (
          <label key={o}>
            <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {t(`decision.${o}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="decision-motivation">{t('decision.motivation')}</label>
      <textarea id="decision-motivation" rows={3} cols={60} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
      <button type="submit" disabled={decide.isPending}>
        {t('decision.submit')}
      </button>
      <ErrorMessage error={decide.error} />
    </form>
  );
};
