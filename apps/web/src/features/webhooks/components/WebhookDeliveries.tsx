import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/format';
import { useDeliveries } from '../api/list-deliveries';

/** One subscription's delivery log, newest first: attempts, answer, last error. */
export const WebhookDeliveries = ({ id }: { id: string }) => {
  const { t } = useTranslation('webhooks');
  const deliveries = useDeliveries(id);
  return (
    <section aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading">{t('deliveries.heading', { id })}</h2>
      <QueryState query={deliveries}>
        {({ deliveries: entries }) =>
          entries.length === 0 ? (
            <p>{t('deliveries.none')}</p>
          ) : (
            <div className="table-scroll">
              <table data-testid="webhook-deliveries">
                <caption>{t('deliveries.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('deliveries.position')}</th>
                    <th scope="col">{t('deliveries.eventType')}</th>
                    <th scope="col">{t('deliveries.status')}</th>
                    <th scope="col">{t('deliveries.attempts')}</th>
                    <th scope="col">{t('deliveries.lastAttempt')}</th>
                    <th scope="col">{t('deliveries.answer')}</th>
                    <th scope="col">{t('deliveries.lastError')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((d) => (
                    <tr key={d.deliveryId}>
                      <th scope="row">{d.position}</th>
                      <td>{d.eventType}</td>
                      <td>{t(`deliveries.statuses.${d.status}`)}</td>
                      <td>{d.attempts}</td>
                      <td>{formatDateTime(d.lastAttemptAt)}</td>
                      <td>{d.lastStatus ?? '–'}</td>
                      <td>{d.lastError ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
};
