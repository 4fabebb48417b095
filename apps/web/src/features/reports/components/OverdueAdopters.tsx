import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../lib/format';
import { nameOf, useStakeholders } from '../../../lib/registers';
import type { HarmonizationReport } from '../api/get-reports';

/** Roll-out: the organisations past their target date for a revision they have not adopted. */
export const OverdueAdopters = ({ overdue }: { overdue: HarmonizationReport['overdue'] }) => {
  const { t } = useTranslation('reports');
  const stakeholders = useStakeholders();
  if (!overdue.length) return <p data-testid="overdue">{t('overdueNone')}</p>;
  return (
    <table data-testid="overdue">
      <caption>{t('overdue')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('process')}</th>
          <th scope="col">{t('headRevision')}</th>
          <th scope="col">{t('organisation')}</th>
          <th scope="col">{t('overdueTarget')}</th>
          <th scope="col">{t('overdueDays')}</th>
        </tr>
      </thead>
      <tbody>
        {overdue.map((o) => (
          <tr key={`${o.processId}/${o.revision}/${o.stakeholder}`} data-overdue={`${o.processId}/${o.stakeholder}`}>
            <th scope="row">{o.processId}</th>
            <td>{formatNumber(o.revision)}</td>
            <td>{nameOf(stakeholders.data, o.stakeholder)}</td>
            <td>{formatDate(o.targetDate)}</td>
            <td>
              <span className="badge badge-behind">
                <span aria-hidden="true">⏰ </span>
                {t('daysOverdue', { count: o.daysOverdue, n: formatNumber(o.daysOverdue) })}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
