import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useStakeholders, useSystems, useTerms } from '../../../lib/registers';
import type { CatalogueEntry, Definition } from '../../../lib/types';
import { usePreviewProposal } from '../api/propose';
import { buildPatch, type PatchOp } from '../model/build-patch';
import { edits } from '../model/edit-definition';
import { HandoversEditor } from './HandoversEditor';
import { PreviewPanel } from './PreviewPanel';
import { StepsEditor } from './StepsEditor';

export interface EditorResult {
  kind: 'change' | 'deviation';
  changes: PatchOp[];
  rationale: string;
}

interface Props {
  process: CatalogueEntry;
  initialDraft: Definition;
  initialRationale?: string;
  /** A new proposal may be a deviation; an amendment keeps its kind. */
  chooseKind: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSend: (result: EditorResult) => void;
  children?: ReactNode;
}

/** The definition in forms against the head; the JSON Patch is built here, previewed, and handed to onSend. */
export const ProposalEditor = ({ process, initialDraft, initialRationale = '', chooseKind, submitLabel, pending, error, onSend, children }: Props) => {
  const { t } = useTranslation('propose');
  const stakeholders = useStakeholders();
  const terms = useTerms();
  const systems = useSystems();
  const [draft, setDraft] = useState<Definition>(initialDraft);
  const [kind, setKind] = useState<'change' | 'deviation'>('change');
  const [rationale, setRationale] = useState(initialRationale);
  const preview = usePreviewProposal(process.id);
  const changes = buildPatch(process.definition, draft);
  const key = JSON.stringify(changes);
  useEffect(() => preview.reset(), [key]);
  if (!stakeholders.data || !terms.data || !systems.data) return <p role="status">{t('common:loading')}</p>;

  const send = (e: FormEvent) => {
    e.preventDefault();
    if (rationale.trim() && changes.length > 0) onSend({ kind, changes, rationale: rationale.trim() });
  };

  return (
    <>
      {children}
      <form className="stacked propose" onSubmit={send} noValidate>
        {chooseKind && (
          <fieldset>
            <legend>{t('kind')}</legend>
            <label>
              <input type="radio" name="kind" checked={kind === 'change'} onChange={() => setKind('change')} /> {t('kindChange')}
            </label>
            <label>
              <input type="radio" name="kind" checked={kind === 'deviation'} onChange={() => setKind('deviation')} /> {t('kindDeviation')}
            </label>
          </fieldset>
        )}
        <label htmlFor="propose-purpose">{t('purpose')}</label>
        <textarea id="propose-purpose" rows={2} cols={70} value={draft.purpose} onChange={(e) => setDraft(edits.setPurpose(draft, e.target.value))} />
        <fieldset>
          <legend>{t('participants')}</legend>
          {stakeholders.data.map((s) => (
            <label key={s.id}>
              <input type="checkbox" checked={draft.participants.includes(s.id)} onChange={() => setDraft(edits.toggleParticipant(draft, s.id))} /> {s.name}
            </label>
          ))}
        </fieldset>
        <StepsEditor draft={draft} onChange={setDraft} stakeholders={stakeholders.data} terms={terms.data} systems={systems.data} />
        <HandoversEditor draft={draft} onChange={setDraft} />
        <label htmlFor="propose-rationale">{t('rationale')}</label>
        <textarea id="propose-rationale" rows={3} cols={70} value={rationale} onChange={(e) => setRationale(e.target.value)} />
        <p data-testid="change-count">{t('changeCount', { count: changes.length })}</p>
        <p>
          <button type="button" className="secondary" disabled={changes.length === 0 || preview.isPending} onClick={() => preview.mutate({ baseRevision: process.headRevision, changes })}>
            {t('preview')}
          </button>{' '}
          <button type="submit" disabled={changes.length === 0 || !rationale.trim() || pending}>
            {submitLabel}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setDraft(structuredClone(process.definition))}>
            {t('reset')}
          </button>
        </p>
        <ErrorMessage error={preview.error ?? error} />
      </form>
      {preview.data && <PreviewPanel preview={preview.data} stakeholders={stakeholders.data} terms={terms.data} systems={systems.data} />}
    </>
  );
};
