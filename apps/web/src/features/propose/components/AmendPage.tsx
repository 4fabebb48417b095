import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { useSession } from '../../../lib/auth';
import type { CatalogueEntry, Proposal } from '../../../lib/types';
import { useApiQuery } from '../../../lib/use-api-query';
import { useAmendProposal } from '../api/amend-proposal';
import { rebaseDraft } from '../model/rebase-draft';
import { ProposalEditor } from './ProposalEditor';

/** The submitter amends a proposal against the current head; a conflicted one arrives carried onto it, ready to amend. */
export const AmendPage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation('propose');
  const navigate = useNavigate();
  const session = useSession();
  const proposal = useApiQuery<Proposal>(['proposal', id], `/proposals/${encodeURIComponent(id)}`);
  const processId = proposal.data?.processId ?? '';
  const process = useApiQuery<CatalogueEntry>(['process', processId], `/processes/${encodeURIComponent(processId)}`, undefined, { enabled: !!processId });
  const amend = useAmendProposal(id);

  return (
    <QueryState query={proposal}>
      {(pr) => (
        <QueryState query={process}>
          {(p) => {
            if (pr.submittedBy !== session?.sub) return <p className="notice">{t('notSubmitter')}</p>;
            const { draft, skipped } = rebaseDraft(p.definition, pr.changes as never);
            return (
              <>
                <PageTitle>{t('amendTitle', { id: pr.id, name: p.name })}</PageTitle>
                <ProposalEditor
                  key={`${pr.id}-${pr.version}-${p.headRevision}`}
                  process={p}
                  initialDraft={draft}
                  initialRationale={pr.rationale}
                  chooseKind={false}
                  submitLabel={t('amend')}
                  pending={amend.isPending}
                  error={amend.error}
                  onSend={(r) => amend.mutate({ baseRevision: p.headRevision, changes: r.changes, rationale: r.rationale }, { onSuccess: () => navigate(`/proposals/${encodeURIComponent(pr.id)}`) })}
                >
                  <p className="notice" data-testid="amend-notice">
                    {pr.status === 'conflicted' ? t('conflicted', { base: pr.baseRevision, head: p.headRevision }) : t('amendIntro', { head: p.headRevision })}
                  </p>
                  {skipped.length > 0 && (
                    <div className="notice">
                      <p>{t('skipped')}</p>
                      <ul>
                        {skipped.map((op, i) => (
                          <li key={i}>
                            <code>
                              {op.op} {op.path}
                            </code>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </ProposalEditor>
              </>
            );
          }}
        </QueryState>
      )}
    </QueryState>
  );
};
