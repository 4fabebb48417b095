import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { formatNumber, formatPercent } from '../../../lib/format';
import { nameOf, useStakeholders } from '../../../lib/registers';
import { useGovernanceReport, useHarmonizationReport, useNomenclatureReport } from '../api/get-reports';
import { IndexChart } from './IndexChart';
import { OverdueAdopters } from './OverdueAdopters';
import { ReportSection } from './ReportSection';
import { VariantsSection } from './VariantsSection';
import { ReviewsReportSection } from './ReviewsReportSection';

/** Harmonization, adoption lag, nomenclature coverage and governance, as charts and tables with CSV downloads. */
export const ReportsPage = () => {
  const { t } = useTranslation('reports');
  const harmonization = useHarmonizationReport();
  const governance = useGovernanceReport();
  const nomenclature = useNomenclatureReport();
  const stakeholders = useStakeholders();
  const org = (id: string) => nameOf(stakeholders.data, id);
  const days = (n: number | null) => (n === null ? '–' : t('days', { n: formatNumber(n, 1) }));
  const hours = (n: number | null) => (n === null ? '–' : t('hours', { n: formatNumber(n, 1) }));

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <ReportSection id="harmonization" title={t('harmonization')} csvPath="/reports/harmonization">
        <QueryState query={harmonization}>
          {(r) => (
            <>
              <p data-testid="harmonization-overall">{t('overall', { index: formatPercent(r.overall.index), harmonized: formatNumber(r.overall.harmonized), pairs: formatNumber(r.overall.pairs) })}</p>
              <IndexChart data={r.processes.map((p) => ({ name: p.processId, value: p.index }))} label={t('index')} />
              <table>
                <caption>{t('perProcess')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('process')}</th>
                    <th scope="col">{t('headRevision')}</th>
                    <th scope="col">{t('index')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.processes.map((p) => (
                    <tr key={p.processId} data-process={p.processId}>
                      <th scope="row">
                        {p.processId} {p.name}
                      </th>
                      <td>{formatNumber(p.headRevision)}</td>
                      <td>{formatPercent(p.index)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table>
                <caption>{t('perOrganisation')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organisation')}</th>
                    <th scope="col">{t('processes')}</th>
                    <th scope="col">{t('index')}</th>
                    <th scope="col">{t('lagMedian')}</th>
                    <th scope="col">{t('lagP90')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.stakeholders.map((s) => {
                    const lag = r.adoptionLag.stakeholders.find((l) => l.stakeholder === s.stakeholder);
                    return (
                      <tr key={s.stakeholder}>
                        <th scope="row">{org(s.stakeholder)}</th>
                        <td>{formatNumber(s.processes)}</td>
                        <td>{formatPercent(s.index)}</td>
                        <td>{days(lag?.medianDays ?? null)}</td>
                        <td>{days(lag?.p90Days ?? null)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <p>{t('lagOverall', { adoptions: formatNumber(r.adoptionLag.overall.adoptions), median: days(r.adoptionLag.overall.medianDays), p90: days(r.adoptionLag.overall.p90Days) })}</p>
              <OverdueAdopters overdue={r.overdue ?? []} />
            </>
          )}
        </QueryState>
      </ReportSection>
      <VariantsSection />
      <ReportSection id="nomenclature" title={t('nomenclature')} csvPath="/reports/nomenclature">
        <QueryState query={nomenclature}>
          {(r) => (
            <>
              <p>{t('coverageOverall', { coverage: formatPercent(r.overall.coverage), with: formatNumber(r.overall.stepsWithTerms), steps: formatNumber(r.overall.steps) })}</p>
              <IndexChart data={r.processes.map((p) => ({ name: p.processId, value: p.coverage }))} label={t('coverage')} />
              <table>
                <caption>{t('unmapped')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('term')}</th>
                    <th scope="col">{t('organisation')}</th>
                    <th scope="col">{t('processes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.unmappedLocalTerms.map((u) => (
                    <tr key={`${u.term}-${u.stakeholder}`}>
                      <th scope="row">{u.label}</th>
                      <td>{org(u.stakeholder)}</td>
                      <td>{u.processes.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </QueryState>
      </ReportSection>
      <ReportSection id="governance" title={t('governance')} csvPath="/reports/governance">
        <QueryState query={governance}>
          {(r) => (
            <>
              <dl className="facts">
                <dt>{t('proposals')}</dt>
                <dd>{formatNumber(r.proposals)}</dd>
                <dt>{t('escalationRate')}</dt>
                <dd>{formatPercent(r.escalationRate)}</dd>
                <dt>{t('consensus')}</dt>
                <dd>{formatNumber(r.consensusDecisions)}</dd>
                <dt>{t('leadTime')}</dt>
                <dd>{t('leadTimeValue', { median: hours(r.leadTimeHours.median), p90: hours(r.leadTimeHours.p90), decided: formatNumber(r.leadTimeHours.decided) })}</dd>
              </dl>
              <table>
                <caption>{t('decisionsPerLevel')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('level')}</th>
                    <th scope="col">{t('approve')}</th>
                    <th scope="col">{t('reject')}</th>
                    <th scope="col">{t('total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(r.decisionsPerLevel).map(([level, d]) => (
                    <tr key={level}>
                      <th scope="row">{t(`common:levels.${level}`)}</th>
                      <td>{formatNumber(d.approve)}</td>
                      <td>{formatNumber(d.reject)}</td>
                      <td>{formatNumber(d.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </QueryState>
      </ReportSection>
      <ReviewsReportSection />
    </>
  );
};
