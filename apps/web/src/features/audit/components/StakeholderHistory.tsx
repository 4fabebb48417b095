import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/format';
import { useStakeholders } from '../../../lib/registers';
import { useStakeholderHistory } from '../api/get-audit';

/** One organisation's change history: every change that affected it, newest first. */
export const StakeholderHistory = () => {
  const { t } = useTranslation('audit');
  const stakeholders = useStakeholders();
  const [id, setId] = useState('');
  const history = useStakeholderHistory(id);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('historyHeading')}</h2>
      <label htmlFor="history-stakeholder">{t('organisation')}</label>{' '}
      <select id="history-stakeholder" value={id} onChange={(e) => setId(e.target.value)}>
        <option value="">{t('choose')}</option>
        {(stakeholders.data ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {id && (
        <QueryState query={history}>
          {(entries) => (
            <table data-testid="stakeholder-history">
              <thead>
                <tr>
                  <th scope="col">{t('fields.at')}</th>
                  <th scope="col">{t('fields.actor')}</th>
                  <th scope="col">{t('what')}</th>
                  <th scope="col">{t('why')}</th>
                </tr>
              </thead>
              <tbody>
                {[...entries].reverse().map((e) => (
                  <tr key={e.position}>
                    <td>{formatDateTime(e.at)}</td>
                    <td>{e.actor}</td>
                    <td>{e.what}</td>
                    <td>{e.why ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryState>
      )}
    </section>
  );
};
