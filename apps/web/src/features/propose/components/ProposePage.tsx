import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { stakeholdersWithRole, useSession } from '../../../lib/auth';
import type { CatalogueEntry } from '../../../lib/types';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSubmitProposal } from '../api/propose';
import { ImportBpmnPanel } from './ImportBpmnPanel';
import { ProposalEditor } from './ProposalEditor';

/** A process owner of a participant proposes a change (or a local deviation) to the head revision, in forms or from a BPMN diagram. */
export const ProposePage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation('propose');
  const navigate = useNavigate();
  const session = useSession();
  const process = useApiQuery<CatalogueEntry>(['process', id], `/processes/${encodeURIComponent(id)}`);
  const submit = useSubmitProposal(id);
  const owned = stakeholdersWithRole(session, 'process-owner');

  return (
    <QueryState query={process}>
      {(p) => {
        const mine = owned.find((s) => p.participants.includes(s));
        if (!mine) return <p className="notice">{t('notOwner')}</p>;
        return (
          <>
            <PageTitle>{t('title', { name: p.name, revision: p.headRevision })}</PageTitle>
            <ImportBpmnPanel key={`bpmn-${p.id}-${p.headRevision}`} process={p} />
            <ProposalEditor
              key={`${p.id}-${p.headRevision}`}
              process={p}
              initialDraft={structuredClone(p.definition)}
              chooseKind
              submitLabel={t('submit')}
              pending={submit.isPending}
              error={submit.error}
              onSend={(r) =>
                submit.mutate(
                  { kind: r.kind, stakeholder: r.kind === 'deviation' ? mine : undefined, baseRevision: p.headRevision, changes: r.changes, rationale: r.rationale },
                  { onSuccess: (created) => navigate(`/proposals/${encodeURIComponent(created.id)}`) },
                )
              }
            />
          </>
        );
      }}
    </QueryState>
  );
};
