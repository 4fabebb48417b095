import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { useAsOf } from '../../../lib/time-travel';
import type { ManagementObject } from '../api/get-management';
import { useManagementObjects } from '../api/get-management';
import { MinutesList } from './MinutesList';
import { PlanView } from './PlanView';
import { PlanWork } from './PlanWork';
import { workYears } from '../model/plan-form';

const ObjectSection = ({ o }: { o: ManagementObject }) => {
  const { t } = useTranslation('management');
  const asOf = useAsOf();
  const years = workYears(o.planYears, new Date().getFullYear());
  return (
    <section aria-labelledby={`mo-${o.id}`} data-object={o.id}>
      <h2 id={`mo-${o.id}`}>{o.name}</h2>
      <dl className="facts">
        <dt>{t('object.systems')}</dt>
        <dd>{o.systems.join(', ') || '–'}</dd>
        <dt>{t('object.processes')}</dt>
        <dd>{o.processes.join(', ') || '–'}</dd>
        <dt>{t('object.body')}</dt>
        <dd>{o.body}</dd>
        <dt>{t('roles.owner')}</dt>
        <dd>{o.roles.owner}</dd>
        <dt>{t('roles.businessManager')}</dt>
        <dd>{o.roles.businessManager}</dd>
        <dt>{t('roles.itManager')}</dt>
        <dd>{o.roles.itManager}</dd>
      </dl>
      {years.length === 0 ? <p>{t('plan.none')}</p> : years.map((year) => <PlanView key={year} object={o.id} year={year} />)}
      {asOf === null && <PlanWork o={o} />}
      <MinutesList body={o.body} />
    </section>
  );
};

/** PM3's management: the objects with their roles, the latest plan of each, and its body's minutes. */
export const ManagementPage = () => {
  const { t } = useTranslation('management');
  const objects = useManagementObjects();
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <QueryState query={objects}>{(list) => (list.length === 0 ? <p>{t('none')}</p> : list.map((o) => <ObjectSection key={o.id} o={o} />))}</QueryState>
    </>
  );
};
