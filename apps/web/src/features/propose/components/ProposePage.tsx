import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { stakeholdersWithRole, useSession } from '../../../lib/auth';
import { useStakeholders, useSystems, useTerms } from '../../../lib/registers';
import type { CatalogueEntry, Definition } from '../../../lib/types';
import { useApiQuery } from '../../../lib/use-api-query';
import { usePreviewProposal, useSubmitProposal } from '../api/propose';
import { buildPatch } from '../model/build-patch';
import { edits } from '../model/edit-definition';
import { HandoversEditor } from './HandoversEditor';
import { PreviewPanel } from './PreviewPanel';
import { StepsEditor } from './StepsEditor';

/** A process owner edits the head definition in forms; the page builds the JSON Patch, previews it, sends it. */
export const ProposePage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation('propose');
  const navigate = useNavigate();
  const session = useSession();
  const process = useApiQuery<CatalogueEntry>(['process', id], `/processes/${encodeURIComponent(id)}`);
  const stakeholders = useStakeholders();
  const terms = useTerms();
  const systems = useSystems();
  const [draft, setDraft] = useState<Definition | null>(null);
  const [kind, setKind] = useState<'change' | 'deviation'>('change');
  const [rationale, setRationale] = useState('');
  const preview = usePreviewProposal(id);
  const submit = useSubmitProposal(id);
  const owned = stakeholdersWithRole(session, 'process-owner');

  useEffect(() => {
    if (process.data && !draft) setDraft(structuredClone(process.data.definition));
  }, [process.data, draft]);
  const changes = process.data && draft ? buildPatch(process.data.definition, draft) : [];
  useEffect(() => preview.reset(), [JSON.stringify(changes)]);

  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!process.data || !rationale.trim() || changes.length === 0) return;
    const mine = owned.find((s) => process.data!.participants.includes(s));
    submit.mutate(
      { kind, stakeholder: kind === 'deviation' ? mine : undefined, baseRevision: process.data.headRevision, changes, rationale: rationale.trim() },
      { onSuccess: (p) => navigate(`/proposals/${encodeURIComponent(p.id)}`) },
    );
  };

  return (
    <QueryState query={process}>
      {(p) => {
        const eligible = owned.filter((s) => p.participants.includes(s));
        if (eligible.length === 0) return <p className="notice">{t('notOwner')}</p>;
        if (!draft || !stakeholders.data || !terms.data || !systems.data) return <p role="status">{t('common:loading')}</p>;
        return (
          <>
            <PageTitle>{t('title', { name: p.name, revision: p.headRevision })}</PageTitle>
            <form className="stacked propose" onSubmit={send} noValidate>
              <fieldset>
                <legend>{t('kind')}</legend>
                <label>
                  <input type="radio" name="kind" checked={kind === 'change'} onChange={() => setKind('change')} /> {t('kindChange')}
                </label>
                <label>
                  <input type="radio" name="kind" checked={kind === 'deviation'} onChange={() => setKind('deviation')} /> {t('kindDeviation')}
                </label>
              </fieldset>
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
                <button type="button" className="secondary" disabled={changes.length === 0 || preview.isPending} onClick={() => preview.mutate({ baseRevision: p.headRevision, changes })}>
                  {t('preview')}
                </button>{' '}
                <button type="submit" disabled={changes.length === 0 || !rationale.trim() || submit.isPending}>
                  {t('submit')}
                </button>{' '}
                <button type="button" className="secondary" onClick={() => setDraft(structuredClone(p.definition))}>
                  {t('reset')}
                </button>
              </p>
              <ErrorMessage error={preview.error ?? submit.error} />
            </form>
            {preview.data && <PreviewPanel preview={preview.data} stakeholders={stakeholders.data} terms={terms.data} systems={systems.data} />}
          </>
        );
      }}
    </QueryState>
  );
};
