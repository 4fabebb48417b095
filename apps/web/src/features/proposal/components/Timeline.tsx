import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { nameOf, useBodies, useStakeholders } from '../../../lib/registers';
import type { Proposal } from '../../../lib/types';
import { timelineOf } from '../model/timeline';

export const Timeline = ({ proposal }: { proposal: Proposal }) => {
  const { t } = useTranslation('proposal');
  const stakeholders = useStakeholders();
  const bodies = useBodies();
  return (
    <ol className="timeline" data-testid="timeline">
      {timelineOf(proposal).map((e, i) => (
        <li key={i}>
          <time dateTime={e.at}>{formatDateTime(e.at)}</time>{' '}
          {e.kind === 'submitted' && t('timeline.submitted', { by: e.by })}
          {e.kind === 'review' && t(`timeline.review.${e.verdict}`, { organisation: nameOf(stakeholders.data, e.stakeholder), by: e.by })}
          {e.kind === 'escalation' && t('timeline.escalation', { body: nameOf(bodies.data, e.toBody), reason: t(`reasons.${e.reason}`, { defaultValue: e.reason }) })}
          {e.kind === 'decision' && t(`timeline.decision.${e.outcome}`, { body: nameOf(bodies.data, e.body), by: e.by })}
          {e.kind === 'closed' && (e.appliedRevision ? t('timeline.applied', { revision: e.appliedRevision }) : t('timeline.closed', { status: t(`common:status.${e.status}`) }))}
        </li>
      ))}
    </ol>
  );
};
