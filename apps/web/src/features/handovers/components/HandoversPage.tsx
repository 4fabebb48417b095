import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FilterSelect } from '../../../components/FilterSelect';
import { PageTitle } from '../../../components/PageTitle';
import { ProcessRowHeader } from '../../../components/ProcessRowHeader';
import { QueryState } from '../../../components/QueryState';
import { downloadCsv } from '../../../lib/download';
import { formatNumber } from '../../../lib/format';
import { labelOf, nameOf, useStakeholders, useSystems, useTerms } from '../../../lib/registers';
import { useHandovers, type HandoverSide } from '../api/get-handovers';
import { HandoverFlags } from './HandoverFlags';

/** Seed 000's "överlämningspunkter": every handover between two organisations, flagged where they share no system or no common term. */
export const HandoversPage = () => {
  const { t } = useTranslation('handovers');
  const [stakeholder, setStakeholder] = useState('');
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [csvError, setCsvError] = useState<unknown>(null);
  const register = useHandovers(stakeholder);
  const stakeholders = useStakeholders();
  const systems = useSystems();
  const terms = useTerms();
  const rows = useMemo(() => (register.data?.handovers ?? []).filter((h) => !onlyFlagged || h.flagged), [register.data, onlyFlagged]);
  const systemNames = (ids: string[]) => (ids.length ? ids.map((id) => nameOf(systems.data, id)).join(', ') : t('none'));
  const termLabels = (ids: string[]) => (ids.length ? ids.map((id) => labelOf(terms.data, id)).join(', ') : t('none'));
  const sideCell = (s: HandoverSide) => (
    <>
      {s.stakeholderName ?? nameOf(stakeholders.data, s.stakeholder)}
      <br />
      <span className="muted">{s.stepName}</span>
    </>
  );
  const csvPath = stakeholder ? `/handovers?stakeholder=${encodeURIComponent(stakeholder)}` : '/handovers';

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()} aria-label={t('filters')}>
        <FilterSelect id="handover-organisation" label={t('organisation')} allLabel={t('all')} value={stakeholder} options={stakeholders.data} onChange={setStakeholder} />
        <div>
          <input id="handover-only-flagged" type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />{' '}
          <label htmlFor="handover-only-flagged">{t('onlyFlagged')}</label>
        </div>
        <div>
          <button type="button" className="secondary" onClick={() => downloadCsv(csvPath, 'handovers.csv').then(() => setCsvError(null), setCsvError)}>
            {t('downloadCsv')}
          </button>
        </div>
      </form>
      <ErrorMessage error={csvError} />
      <QueryState query={register}>
        {(r) => (
          <>
            <p role="status" data-testid="handover-summary">
              {t('summary', { shown: formatNumber(rows.length), total: formatNumber(r.summary.handovers), flagged: formatNumber(r.summary.flagged) })}
            </p>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table')}>
              <table data-testid="handovers">
                <caption>{t('caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('process')}</th>
                    <th scope="col">{t('artifact')}</th>
                    <th scope="col">{t('from')}</th>
                    <th scope="col">{t('to')}</th>
                    <th scope="col">{t('systems')}</th>
                    <th scope="col">{t('terms')}</th>
                    <th scope="col">{t('flag')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((h) => (
                    <tr key={`${h.processId}/${h.handoverId}`} data-handover={`${h.processId}/${h.handoverId}`} data-flagged={h.flagged}>
                      <ProcessRowHeader id={h.processId} name={h.processName} />
                      <td>{h.artifact}</td>
                      <td>{sideCell(h.from)}</td>
                      <td>{sideCell(h.to)}</td>
                      <td>{t('sides', { from: systemNames(h.from.systems), to: systemNames(h.to.systems) })}</td>
                      <td>{t('sides', { from: termLabels(h.from.terms), to: termLabels(h.to.terms) })}</td>
                      <td>
                        <HandoverFlags handover={h} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
};
