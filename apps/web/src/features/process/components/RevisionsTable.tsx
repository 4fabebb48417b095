import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { nameOf, useBodies } from '../../../lib/registers';
import type { RevisionRow } from '../api/get-process';

/** Each revision with the proposal and the decision behind it. */
export const RevisionsTable = ({ revisions }: { revisions: RevisionRow[] }) => {
  const { t } = useTranslation('process');
  const bodies = useBodies();
  return (
    <table data-testid="revisions">
      <thead>
        <tr>
          <th scope="col">{t('revision')}</th>
          <th scope="col">{t('appliedAt')}</th>
          <th scope="col">{t('summary')}</th>
          <th scope="col">{t('proposal')}</th>
          <th scope="col">{t('decision')}</th>
          <th scope="col">{t('position')}</th>
        </tr>
      </thead>
      <tbody>
        {revisions.map((r) => (
          <tr key={r.revision}>
            <th scope="row">{formatNumber(r.revision)}</th>
            <td>{formatDateTime(r.appliedAt)}</td>
            <td>{r.summary === 'registered' ? t('registered') : r.summary}</td>
            <td>{r.proposalId ? <Link to={`/proposals/${encodeURIComponent(r.proposalId)}`}>{r.proposalId}</Link> : '–'}</td>
            <td>
              {r.decision?.body
                ? t('decidedByBody', { body: nameOf(bodies.data, r.decision.body), motivation: r.decision.motivation ?? '' })
                : r.proposalId
                  ? t('acceptedInReview')
                  : '–'}
            </td>
            <td data-testid={`revision-${r.revision}-position`}>{r.position}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
