import { useTranslation } from 'react-i18next';
import { labelOf, nameOf, useStakeholders, useSystems, useTerms } from '../../../lib/registers';
import type { Definition } from '../../../lib/types';

/** The definition as text: steps in order with performer, terms and systems; handovers with their artifact. */
export const StepsList = ({ definition }: { definition: Definition }) => {
  const { t } = useTranslation('process');
  const stakeholders = useStakeholders();
  const terms = useTerms();
  const systems = useSystems();
  const steps = Object.entries(definition.steps).sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0));
  const stepName = (id: string) => definition.steps[id]?.name ?? id;
  return (
    <>
      <h3>{t('steps')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('step')}</th>
            <th scope="col">{t('performer')}</th>
            <th scope="col">{t('terms')}</th>
            <th scope="col">{t('systems')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map(([id, s]) => (
            <tr key={id} data-step={id}>
              <th scope="row">
                {s.name} <span className="muted">({id})</span>
                {s.description && <div className="muted">{s.description}</div>}
              </th>
              <td>{nameOf(stakeholders.data, s.performer)}</td>
              <td>{(s.terms ?? []).map((x) => labelOf(terms.data, x)).join(', ') || '–'}</td>
              <td>{(s.systems ?? []).map((x) => nameOf(systems.data, x)).join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('handovers')}</h3>
      {Object.keys(definition.handovers).length === 0 ? (
        <p>{t('noHandovers')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('handover')}</th>
              <th scope="col">{t('from')}</th>
              <th scope="col">{t('to')}</th>
              <th scope="col">{t('artifact')}</th>
              <th scope="col">{t('terms')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(definition.handovers).map(([id, h]) => (
              <tr key={id}>
                <th scope="row">{id}</th>
                <td>{stepName(h.from)}</td>
                <td>{stepName(h.to)}</td>
                <td>{h.artifact ?? '–'}</td>
                <td>{(h.terms ?? []).map((x) => labelOf(terms.data, x)).join(', ') || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
};
