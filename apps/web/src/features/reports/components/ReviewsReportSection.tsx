import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryState } from '../../../components/QueryState';
import { formatDate, formatNumber } from '../../../lib/format';
import { useReviewsReport, type ReviewRow } from '../api/get-reports';
import { ReportSection } from './ReportSection';

const Rows = ({ rows, caption, id }: { rows: ReviewRow[]; caption: string; id: string }) => {
  const { t } = useTranslation('reports');
  return (
    <table data-testid={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('process')}</th>
          <th scope="col">{t('reviews.owner')}</th>
          <th scope="col">{t('reviews.interval')}</th>
          <th scope="col">{t('reviews.nextDue')}</th>
          <th scope="col">{t('reviews.daysOverdue')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={5}>{t('reviews.none')}</td>
          </tr>
        )}
        {rows.map((p) => (
          <tr key={p.processId} data-review={p.processId}>
            <th scope="row">
              <Link to={`/processes/${encodeURIComponent(p.processId)}`}>{`${p.processId} ${p.name}`}</Link>
            </th>
            <td>{p.owner}</td>
            <td>{t('reviews.months', { n: formatNumber(p.intervalMonths) })}</td>
            <td>{formatDate(p.nextDue)}</td>
            <td>{formatNumber(p.daysOverdue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

/** GET /reports/reviews: the overdue report and the due list of the process review cycles, with the CSV. */
export const ReviewsReportSection = () => {
  const { t } = useTranslation('reports');
  const reviews = useReviewsReport();
  return (
    <ReportSection id="reviews" title={t('reviews.title')} csvPath="/reports/reviews">
      <QueryState query={reviews}>
        {(r) => (
          <>
            <p>{t('reviews.summary', { on: formatDate(r.on), overdue: formatNumber(r.overdue.length), due: formatNumber(r.due.length), days: formatNumber(r.dueWithinDays), without: formatNumber(r.withoutCycle.length) })}</p>
            <Rows rows={r.overdue} caption={t('reviews.overdue')} id="reviews-overdue" />
            <Rows rows={r.due} caption={t('reviews.due', { days: formatNumber(r.dueWithinDays) })} id="reviews-due" />
          </>
        )}
      </QueryState>
    </ReportSection>
  );
};
