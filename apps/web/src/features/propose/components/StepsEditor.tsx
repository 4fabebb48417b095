import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemEntry, Term } from '../../../lib/registers';
import type { Definition, Stakeholder } from '../../../lib/types';
import { edits } from '../model/edit-definition';

interface Props {
  draft: Definition;
  onChange: (d: Definition) => void;
  stakeholders: Stakeholder[];
  terms: Term[];
  systems: SystemEntry[];
}

/** Each step as a small form: name, performer, description, terms and systems; remove; add a new step. */
export const StepsEditor = ({ draft, onChange, stakeholders, terms, systems }: Props) => {
  const { t } = useTranslation('propose');
  const [newId, setNewId] = useState('');
  const [newName, setNewName] = useState('');
  const performers = stakeholders.filter((s) => draft.participants.includes(s.id));
  const steps = Object.entries(draft.steps).sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0));
  const validNewId = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/.test(newId) && !(newId in draft.steps);
  return (
    <fieldset>
      <legend>{t('steps')}</legend>
      {steps.map(([id, s]) => (
        <fieldset key={id} className="step-editor" data-step={id}>
          <legend>{t('step', { id })}</legend>
          <label htmlFor={`step-${id}-name`}>{t('name')}</label>
          <input id={`step-${id}-name`} value={s.name} onChange={(e) => onChange(edits.setStepField(draft, id, 'name', e.target.value))} />
          <label htmlFor={`step-${id}-performer`}>{t('performer')}</label>
          <select id={`step-${id}-performer`} value={s.performer} onChange={(e) => onChange(edits.setStepField(draft, id, 'performer', e.target.value))}>
            {performers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <label htmlFor={`step-${id}-description`}>{t('description')}</label>
          <input id={`step-${id}-description`} value={s.description ?? ''} onChange={(e) => onChange(edits.setStepField(draft, id, 'description', e.target.value))} />
          <fieldset>
            <legend>{t('terms')}</legend>
            {terms.map((term) => (
              <label key={term.id}>
                <input type="checkbox" checked={(s.terms ?? []).includes(term.id)} onChange={() => onChange(edits.toggleStepList(draft, id, 'terms', term.id))} /> {term.label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('systems')}</legend>
            {systems.map((sys) => (
              <label key={sys.id}>
                <input type="checkbox" checked={(s.systems ?? []).includes(sys.id)} onChange={() => onChange(edits.toggleStepList(draft, id, 'systems', sys.id))} /> {sys.name}
              </label>
            ))}
          </fieldset>
          <button type="button" className="secondary" onClick={() => onChange(edits.removeStep(draft, id))}>
            {t('removeStep', { name: s.name })}
          </button>
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('addStep')}</legend>
        <label htmlFor="new-step-id">{t('newStepId')}</label>
        <input id="new-step-id" value={newId} onChange={(e) => setNewId(e.target.value)} aria-describedby="new-step-id-hint" />
        <span id="new-step-id-hint" className="muted">
          {t('newStepIdHint')}
        </span>
        <label htmlFor="new-step-name">{t('name')}</label>
        <input id="new-step-name" value={newName} onChange={(e) => setNewName(e.target.value)} />
        <button
          type="button"
          disabled={!validNewId || !newName.trim() || performers.length === 0}
          onClick={() => {
            onChange(edits.addStep(draft, newId, { name: newName.trim(), performer: performers[0].id }));
            setNewId('');
            setNewName('');
          }}
        >
          {t('add')}
        </button>
      </fieldset>
    </fieldset>
  );
};
