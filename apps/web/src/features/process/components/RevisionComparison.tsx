import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComparisonView } from '../../../components/ComparisonView';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { compareDefinitions } from '../../../lib/definition/compare-definitions';
import { nameOf, useStakeholders } from '../../../lib/registers';
import { useRevision } from '../api/get-process';
import { useProcessBpmn } from '../api/get-process-bpmn';
import { BpmnDiagram } from './BpmnDiagram';

/** Any two revisions, old → new, as a table and coloured on the newer one's diagram. */
export const RevisionComparison = ({ processId, head }: { processId: string; head: number }) => {
  const { t } = useTranslation('process');
  const stakeholders = useStakeholders();
  const [from, setFrom] = useState(Math.max(1, head - 1));
  const [to, setTo] = useState(head);
  const older = useRevision(processId, from);
  const newer = useRevision(processId, to);
  const bpmn = useProcessBpmn(processId, to);
  const revisions = Array.from({ length: head }, (_, i) => i + 1);
  const comparison = older.data && newer.data ? compareDefinitions(older.data.definition, newer.data.definition) : undefined;
  const marks = Object.fromEntries((comparison?.elements ?? []).filter((e) => e.change !== 'removed').map((e) => [e.id, e.change as 'added' | 'changed']));

  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compare')}</h2>
      {head < 2 ? (
        <p>{t('onlyOneRevision')}</p>
      ) : (
        <>
          <div className="filters">
            <div>
              <label htmlFor="compare-from">{t('compareFrom')}</label>{' '}
              <select id="compare-from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                {revisions.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="compare-to">{t('compareTo')}</label>{' '}
              <select id="compare-to" value={to} onChange={(e) => setTo(Number(e.target.value))}>
                {revisions.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ErrorMessage error={older.error ?? newer.error} />
          {comparison && <ComparisonView comparison={comparison} nameOfStakeholder={(id) => nameOf(stakeholders.data, id)} />}
          {bpmn.data && <BpmnDiagram xml={bpmn.data} marks={marks} label={t('diagramCompareLabel', { from, to })} />}
          <p className="muted">{t('markLegend')}</p>
        </>
      )}
    </section>
  );
};
