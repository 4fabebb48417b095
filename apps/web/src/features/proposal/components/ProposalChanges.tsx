import { useTranslation } from 'react-i18next';
import { ComparisonView } from '../../../components/ComparisonView';
import { compareDefinitions } from '../../../lib/definition/compare-definitions';
import { nameOf, useStakeholders } from '../../../lib/registers';
import type { Proposal } from '../../../lib/types';
import { useBaseDefinition } from '../api/get-proposal';
import { proposedDefinition } from '../model/proposed-definition';

/** The proposal's patch as old → new against the revision it was written for; the raw operations if it no longer applies there. */
export const ProposalChanges = ({ proposal }: { proposal: Proposal }) => {
  const { t } = useTranslation('proposal');
  const stakeholders = useStakeholders();
  const base = useBaseDefinition(proposal.processId, proposal.baseRevision);
  if (!base.data) return <p role="status">{t('common:loading')}</p>;
  const after = proposedDefinition(base.data.definition, proposal.changes as never);
  if (!after)
    return (
      <>
        <p className="notice">{t('patchDoesNotApply', { revision: proposal.baseRevision })}</p>
        <ul>
          {proposal.changes.map((c, i) => (
            <li key={i}>
              <code>
                {c.op} {c.path}
              </code>{' '}
              {c.value !== undefined && JSON.stringify(c.value)}
            </li>
          ))}
        </ul>
      </>
    );
  return <ComparisonView comparison={compareDefinitions(base.data.definition, after)} nameOfStakeholder={(id) => nameOf(stakeholders.data, id)} />;
};
