import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { stakeholdersWithRole, useSession } from '../../../lib/auth';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { nameOf, useBodies, useStakeholders } from '../../../lib/registers';
import { useAsOf } from '../../../lib/time-travel';
import { CommentsPanel } from '../../comments/components/CommentsPanel';
import { useProposal } from '../api/get-proposal';
import { DecisionForm } from './DecisionForm';
import { ProposalChanges } from './ProposalChanges';
import { ReviewForm } from './ReviewForm';
import { SubmitterActions } from './SubmitterActions';
import { Timeline } from './Timeline';

/** A proposal: status, timeline, readable changes, reviews; the reviewer's and the body member's actions. */
export const ProposalPage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation('proposal');
  const proposal = useProposal(id);
  const session = useSession();
  const stakeholders = useStakeholders();
  const bodies = useBodies();
  const past = useAsOf() !== null; // the past cannot be acted on
  const OPEN = ['submitted', 'escalated', 'conflicted'];

  return (
    <QueryState query={proposal}>
      {(p) => {
        const canReview = past ? [] : stakeholdersWithRole(session, 'reviewer').filter((s) => p.awaitingReviewFrom.includes(s));
        const holding = !past && p.status === 'escalated' ? bodies.data?.find((b) => b.id === p.heldBy && session && b.members.includes(session.sub)) : undefined;
        return (
          <>
            <PageTitle>{t('title', { id: p.id })}</PageTitle>
            <dl className="facts">
              <dt>{t('status')}</dt>
              <dd data-testid="proposal-status">
                <StatusBadge status={p.status} />
              </dd>
              <dt>{t('process')}</dt>
              <dd>
                <Link to={`/processes/${encodeURIComponent(p.processId)}`}>{p.processId}</Link>
              </dd>
              <dt>{t('kind')}</dt>
              <dd>{t(`kinds.${p.kind}`, { organisation: nameOf(stakeholders.data, p.stakeholder) })}</dd>
              <dt>{t('requiredLevel')}</dt>
              <dd>{t(`common:levels.${p.requiredLevel}`)}</dd>
              {p.heldBy && (
                <>
                  <dt>{t('heldBy')}</dt>
                  <dd>{nameOf(bodies.data, p.heldBy)}</dd>
                </>
              )}
              <dt>{t('submittedBy')}</dt>
              <dd>
                {p.submittedBy}, {formatDateTime(p.submittedAt)}
              </dd>
              <dt>{t('baseRevision')}</dt>
              <dd>{formatNumber(p.baseRevision)}</dd>
              {p.appliedRevision && (
                <>
                  <dt>{t('appliedRevision')}</dt>
                  <dd>{formatNumber(p.appliedRevision)}</dd>
                </>
              )}
              <dt>{t('rationale')}</dt>
              <dd>{p.rationale}</dd>
              {p.awaitingReviewFrom.length > 0 && (
                <>
                  <dt>{t('awaiting')}</dt>
                  <dd>{p.awaitingReviewFrom.map((s) => nameOf(stakeholders.data, s)).join(', ')}</dd>
                </>
              )}
            </dl>
            {canReview.length > 0 && <ReviewForm proposalId={p.id} stakeholders={canReview} />}
            {!past && session?.sub === p.submittedBy && OPEN.includes(p.status) && <SubmitterActions proposal={p} />}
            {holding && <DecisionForm proposalId={p.id} body={holding} requiredLevel={p.requiredLevel} />}
            <section aria-labelledby="changes-heading">
              <h2 id="changes-heading">{t('changes')}</h2>
              <ProposalChanges proposal={p} />
            </section>
            <section aria-labelledby="reviews-heading">
              <h2 id="reviews-heading">{t('reviews')}</h2>
              {p.reviews.length === 0 ? (
                <p>{t('noReviews')}</p>
              ) : (
                <table data-testid="reviews">
                  <thead>
                    <tr>
                      <th scope="col">{t('organisation')}</th>
                      <th scope="col">{t('verdict')}</th>
                      <th scope="col">{t('comment')}</th>
                      <th scope="col">{t('reviewer')}</th>
                      <th scope="col">{t('when')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.reviews.map((r) => (
                      <tr key={`${r.stakeholder}-${r.version}`} data-stakeholder={r.stakeholder}>
                        <th scope="row">{nameOf(stakeholders.data, r.stakeholder)}</th>
                        <td>{t(`verdicts.${r.verdict}`)}</td>
                        <td>{r.comment}</td>
                        <td>{r.reviewer}</td>
                        <td>{formatDateTime(r.at)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <CommentsPanel target={{ kind: 'proposal', id: p.id }} />
            <section aria-labelledby="timeline-heading">
              <h2 id="timeline-heading">{t('timelineHeading')}</h2>
              <Timeline proposal={p} />
            </section>
          </>
        );
      }}
    </QueryState>
  );
};
