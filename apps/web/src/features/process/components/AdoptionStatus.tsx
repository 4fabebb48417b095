import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatDate, formatNumber } from '../../../lib/format';
import { nameOf, useStakeholders } from '../../../lib/registers';
import type { CatalogueEntry } from '../../../lib/types';

/** Each participant: harmonization status, the revision it adopted and when, and any active deviation. */
export const AdoptionStatus = ({ entry }: { entry: CatalogueEntry }) => {
  const { t } = useTranslation('process');
  const stakeholders = useStakeholders();
  return (
    <table data-testid="adoption-status">
      <thead>
        <tr>
          <th scope="col">{t('organisation')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('adoptedRevision')}</th>
          <th scope="col">{t('adoptedOn')}</th>
          <th scope="col">{t('deviation')}</th>
        </tr>
      </thead>
      <tbody>
        {entry.participants.map((s) => (
          <tr key={s} data-stakeholder={s}>
            <th scope="row">{nameOf(stakeholders.data, s)}</th>
            <td>
              <StatusBadge status={entry.status[s] ?? 'not-adopted'} />
            </td>
            <td>{entry.adopted[s] ? formatNumber(entry.adopted[s].revision) : '–'}</td>
            <td>{entry.adopted[s] ? formatDate(entry.adopted[s].adoptedOn) : '–'}</td>
            <td>{entry.deviations[s] ? t('hasDeviation') : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
