import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FilterSelect } from '../../../components/FilterSelect';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatNumber } from '../../../lib/format';
import { useBodies, useStakeholders, nameOf } from '../../../lib/registers';
import { useCatalogue } from '../api/get-catalogue';
import { filterCatalogue, type CatalogueFilter } from '../model/filter-catalogue';

const STATUSES = ['harmonized', 'behind', 'deviating', 'needs-reapproval', 'not-adopted'] as const;

/** Processes × organisations with each participant's harmonization status (word + symbol, never colour alone). */
export const CataloguePage = () => {
  const { t } = useTranslation('catalogue');
  const catalogue = useCatalogue();
  const stakeholders = useStakeholders();
  const bodies = useBodies();
  const [filter, setFilter] = useState<CatalogueFilter>({ search: '', stakeholder: '', body: '', status: '' });
  const set = (patch: Partial<CatalogueFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const rows = useMemo(() => filterCatalogue(catalogue.data ?? [], filter), [catalogue.data, filter]);
  const columns = (stakeholders.data ?? []).filter((s) => !filter.stakeholder || s.id === filter.stakeholder);

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()} aria-label={t('filters')}>
        <div>
          <label htmlFor="filter-search">{t('search')}</label> <input id="filter-search" type="search" value={filter.search} onChange={(e) => set({ search: e.target.value })} />
        </div>
        <FilterSelect id="filter-stakeholder" label={t('organisation')} allLabel={t('all')} value={filter.stakeholder} options={stakeholders.data} onChange={(stakeholder) => set({ stakeholder })} />
        <FilterSelect id="filter-body" label={t('body')} allLabel={t('all')} value={filter.body} options={bodies.data} onChange={(body) => set({ body })} />
        <div>
          <label htmlFor="filter-status">{t('status')}</label>{' '}
          <select id="filter-status" value={filter.status} onChange={(e) => set({ status: e.target.value as CatalogueFilter['status'] })}>
            <option value="">{t('all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`common:status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryState query={catalogue}>
        {() => (
          <>
            <p role="status">{t('shown', { shown: formatNumber(rows.length), total: formatNumber(catalogue.data!.length) })}</p>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('matrix')}>
              <table className="matrix">
                <caption>{t('matrixCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('process')}</th>
                    <th scope="col">{t('revision')}</th>
                    <th scope="col">{t('body')}</th>
                    {columns.map((s) => (
                      <th scope="col" key={s.id}>
                        {s.name}
                      </th>
                    ))}
                    <th scope="col">{t('openProposals')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">
                        <Link to={`/processes/${encodeURIComponent(e.id)}`}>
                          {e.id} {e.name}
                        </Link>
                      </th>
                      <td>{formatNumber(e.headRevision)}</td>
                      <td>{nameOf(bodies.data, e.governingBody)}</td>
                      {columns.map((s) => (
                        <td key={s.id} data-stakeholder={s.id}>
                          {e.status[s.id] ? <StatusBadge status={e.status[s.id]} /> : <span className="muted">{t('notParticipating')}</span>}
                        </td>
                      ))}
                      <td>{formatNumber(e.openProposals.length)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {rows.length === 0 && <p>{t('none')}</p>}
          </>
        )}
      </QueryState>
    </>
  );
};
