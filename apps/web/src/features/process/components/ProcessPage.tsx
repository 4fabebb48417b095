import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { CommentsPanel } from '../../comments/components/CommentsPanel';
import { nameOf, useBodies, useStakeholders } from '../../../lib/registers';
import { useProcess, useProcessProposals, useRevisions } from '../api/get-process';
import { useProcessBpmn } from '../api/get-process-bpmn';
import { AdoptionStatus } from './AdoptionStatus';
import { DefaultTargetSection } from './DefaultTargetSection';
import { BpmnDiagram } from './BpmnDiagram';
import { RevisionComparison } from './RevisionComparison';
import { ReviewCycleSection } from './ReviewCycleSection';
import { RevisionsTable } from './RevisionsTable';
import { StepsList } from './StepsList';

const OPEN = new Set(['submitted', 'escalated', 'accepted', 'approved', 'conflicted']);

/** One process: diagram, steps and handovers, revisions, comparison, open proposals, adoption per organisation. */
export const ProcessPage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation('process');
  const process = useProcess(id);
  const revisions = useRevisions(id);
  const proposals = useProcessProposals(id);
  const bpmn = useProcessBpmn(id, process.data?.headRevision);
  const stakeholders = useStakeholders();
  const bodies = useBodies();

  return (
    <QueryState query={process}>
      {(p) => (
        <>
          <PageTitle>{`${p.id} ${p.name}`}</PageTitle>
          <dl className="facts">
            <dt>{t('purpose')}</dt>
            <dd>{p.definition.purpose}</dd>
            <dt>{t('headRevision')}</dt>
            <dd data-testid="head-revision">{formatNumber(p.headRevision)}</dd>
            <dt>{t('owner')}</dt>
            <dd>{nameOf(stakeholders.data, p.owner.stakeholder)}</dd>
            <dt>{t('governingBody')}</dt>
            <dd>{nameOf(bodies.data, p.governingBody)}</dd>
            <dt>{t('participants')}</dt>
            <dd>{p.participants.map((s) => nameOf(stakeholders.data, s)).join(', ')}</dd>
          </dl>
          <p>
            <Link to={`/processes/${encodeURIComponent(p.id)}/propose`}>{t('propose')}</Link> · <Link to={`/processes/${encodeURIComponent(p.id)}/adoption`}>{t('recordAdoption')}</Link>
          </p>
          <section aria-labelledby="definition-heading">
            <h2 id="definition-heading">{t('definition')}</h2>
            {bpmn.data && <BpmnDiagram xml={bpmn.data} label={t('diagramLabel', { name: p.name, revision: p.headRevision })} />}
            <StepsList definition={p.definition} />
          </section>
          <section aria-labelledby="adoption-heading">
            <h2 id="adoption-heading">{t('adoption')}</h2>
            <AdoptionStatus entry={p} />
          </section>
          <DefaultTargetSection entry={p} />
          <section aria-labelledby="open-heading">
            <h2 id="open-heading">{t('openProposals')}</h2>
            <QueryState query={proposals}>
              {(list) => {
                const open = list.filter((x) => OPEN.has(x.status));
                return open.length === 0 ? (
                  <p>{t('noOpenProposals')}</p>
                ) : (
                  <ul data-testid="open-proposals">
                    {open.map((x) => (
                      <li key={x.id}>
                        <Link to={`/proposals/${encodeURIComponent(x.id)}`}>{x.id}</Link> <StatusBadge status={x.status} /> {x.rationale}{' '}
                        <span className="muted">({formatDateTime(x.submittedAt)})</span>
                      </li>
                    ))}
                  </ul>
                );
              }}
            </QueryState>
          </section>
          <CommentsPanel
            target={{ kind: 'process', id: p.id }}
            steps={Object.entries(p.definition.steps)
              .sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0))
              .map(([sid, step]) => ({ id: sid, name: step.name }))}
          />
          <section aria-labelledby="revisions-heading">
            <h2 id="revisions-heading">{t('revisions')}</h2>
            <QueryState query={revisions}>{(rows) => <RevisionsTable revisions={rows} />}</QueryState>
          </section>
          <ReviewCycleSection processId={p.id} processOwner={p.owner} />
          <RevisionComparison key={`${p.id}-${p.headRevision}`} processId={p.id} head={p.headRevision} />
        </>
      )}
    </QueryState>
  );
};
