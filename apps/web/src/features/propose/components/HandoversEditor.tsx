import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Definition } from '../../../lib/types';
import { edits } from '../model/edit-definition';

/** Handovers between steps: change from, to and artifact; remove; add one. */
export const HandoversEditor = ({ draft, onChange }: { draft: Definition; onChange: (d: Definition) => void }) => {
  const { t } = useTranslation('propose');
  const steps = Object.entries(draft.steps);
  const [newId, setNewId] = useState('');
  const stepSelect = (id: string, value: string, set: (v: string) => void) => (
    <select id={id} value={value} onChange={(e) => set(e.target.value)}>
      {steps.map(([sid, s]) => (
        <option key={sid} value={sid}>
          {s.name}
        </option>
      ))}
    </select>
  );
  const validNewId = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/.test(newId) && !(newId in draft.handovers);
  return (
    <fieldset>
      <legend>{t('handovers')}</legend>
      {Object.entries(draft.handovers).map(([id, h]) => (
        <fieldset key={id} data-handover={id}>
          <legend>{t('handover', { id })}</legend>
          <label htmlFor={`handover-${id}-from`}>{t('from')}</label>
          {stepSelect(`handover-${id}-from`, h.from, (v) => onChange(edits.setHandover(draft, id, { ...h, from: v })))}
          <label htmlFor={`handover-${id}-to`}>{t('to')}</label>
          {stepSelect(`handover-${id}-to`, h.to, (v) => onChange(edits.setHandover(draft, id, { ...h, to: v })))}
          <label htmlFor={`handover-${id}-artifact`}>{t('artifact')}</label>
          <input id={`handover-${id}-artifact`} value={h.artifact ?? ''} onChange={(e) => onChange(edits.setHandover(draft, id, { ...h, artifact: e.target.value }))} />
          <button type="button" className="secondary" onClick={() => onChange(edits.removeHandover(draft, id))}>
            {t('removeHandover', { id })}
          </button>
        </fieldset>
      ))}
      {steps.length >= 2 && (
        <p>
          <label htmlFor="new-handover-id">{t('newHandoverId')}</label> <input id="new-handover-id" value={newId} onChange={(e) => setNewId(e.target.value)} />{' '}
          <button
            type="button"
            disabled={!validNewId}
            onClick={() => {
              onChange(edits.setHandover(draft, newId, { from: steps[0][0], to: steps[1][0] }));
              setNewId('');
            }}
          >
            {t('addHandover')}
          </button>
        </p>
      )}
    </fieldset>
  );
};
