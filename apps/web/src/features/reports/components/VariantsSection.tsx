import { useTranslation } from 'react-i18next';
import { ProcessRowHeader } from '../../../components/ProcessRowHeader';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatDate, formatNumber } from '../../../lib/format';
import { nameOf, useStakeholders } from '../../../lib/registers';
import { useVariantReport, type Variant } from '../api/get-variant-report';
import { ReportSection } from './ReportSection';

/** The parts a deviation covers, in words: its steps, its handovers, purpose and participants. */
const useParts = () => {
  const { t } = useTranslation('reports');
  return (v: Variant): string =>
    [
      ...v.steps.map((s) => t('variantStep', { name: s.name ?? s.id })),
      ...v.handovers.map((h) => t('variantHandover', { name: h.artifact ?? h.id })),
      ...(v.purpose ? [t('variantPurpose')] : []),
      ...(v.participantsChanged ? [t('variantParticipants')] : []),
    ].join(', ') || t('variantNoParts');
};

/** Per process, which organisations deviate, on which parts, since when and how far behind the head. */
export const VariantsSection = () => {
  const { t } = useTranslation('reports');
  const report = useVariantReport();
  const stakeholders = useStakeholders();
  const parts = useParts();
  return (
    <ReportSection id="variants" title={t('variants')} csvPath="/reports/variants">
      <QueryState query={report}>
        {(r) => (
          <>
            <p data-testid="variants-overall">
              {t('variantsOverall', { variants: formatNumber(r.overall.variants), processes: formatNumber(r.overall.processesWithVariants), stale: formatNumber(r.overall.needsReapproval) })}
            </p>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('variantsTable')}>
              <table>
                <caption>{t('variantsTable')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('process')}</th>
                    <th scope="col">{t('organisation')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('variantParts')}</th>
                    <th scope="col">{t('variantSince')}</th>
                    <th scope="col">{t('variantApprovedAt')}</th>
                    <th scope="col">{t('variantBehind')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.processes.flatMap((p) =>
                    p.variants.map((v) => (
                      <tr key={`${p.processId}/${v.stakeholder}`} data-variant={`${p.processId}/${v.stakeholder}`}>
                        <ProcessRowHeader id={p.processId} name={p.name} />
                        <td>{nameOf(stakeholders.data, v.stakeholder)}</td>
                        <td>
                          <StatusBadge status={v.status} />
                        </td>
                        <td>{parts(v)}</td>
                        <td>{v.since ? formatDate(v.since) : '–'}</td>
                        <td>{t('revisionN', { n: formatNumber(v.approvedAtRevision) })}</td>
                        <td>{t('revisionsBehind', { count: v.revisionsBehind, n: formatNumber(v.revisionsBehind) })}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          </>
        )}
      </QueryState>
    </ReportSection>
  );
};
