import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ComparisonView } from '../../../components/ComparisonView';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { compareDefinitions } from '../../../lib/definition/compare-definitions';
import { nameOf, useStakeholders, useSystems, useTerms } from '../../../lib/registers';
import type { CatalogueEntry } from '../../../lib/types';
import { usePreviewProposal } from '../api/propose';
import { usePreviewFromBpmn, useSubmitFromBpmn } from '../api/propose-from-bpmn';
import { BpmnRefusal, BpmnWarnings } from './BpmnMessages';
import { PreviewPanel } from './PreviewPanel';

const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * "Importera BPMN": a diagram from a modelling tool as a change proposal. The server reads the
 * file (from-bpmn?preview=1: warnings and the patch); the ordinary proposal preview gives the
 * definition it makes, shown old → new, and who reviews; then it is sent with a rationale.
 */
export const ImportBpmnPanel = ({ process }: { process: CatalogueEntry }) => {
  const { t } = useTranslation('bpmn');
  const navigate = useNavigate();
  const stakeholders = useStakeholders();
  const terms = useTerms();
  const systems = useSystems();
  const [file, setFile] = useState<File | null>(null);
  const [rationale, setRationale] = useState('');
  const read = usePreviewFromBpmn(process.id);
  const details = usePreviewProposal(process.id);
  const submit = useSubmitFromBpmn(process.id);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    read.reset();
    details.reset();
    submit.reset();
  };
  const onRead = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    details.reset();
    read.mutate(file, { onSuccess: (p) => p.changes.length > 0 && details.mutate({ baseRevision: p.baseRevision, changes: p.changes }) });
  };
  const onSend = (e: FormEvent) => {
    e.preventDefault();
    if (file && rationale.trim()) submit.mutate({ file, rationale: rationale.trim() }, { onSuccess: (created) => navigate(`/proposals/${encodeURIComponent(created.id)}`) });
  };
  const org = (id: string) => nameOf(stakeholders.data ?? [], id);
  const imported = read.data;

  return (
    <section className="bpmn-import" aria-labelledby="bpmn-import-heading" data-testid="bpmn-import">
      <h2 id="bpmn-import-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <form className="stacked" onSubmit={onRead} noValidate>
        <label htmlFor="bpmn-file">{t('file')}</label>
        <input id="bpmn-file" type="file" accept=".bpmn,.xml,application/bpmn+xml,text/xml" onChange={(e) => choose(e.target.files?.[0] ?? null)} />
        <p>
          <button type="submit" className="secondary" disabled={!file || read.isPending}>
            {read.isPending ? t('reading') : t('read')}
          </button>
        </p>
      </form>
      <BpmnRefusal error={read.error} />
      {imported && (
        <>
          <BpmnWarnings warnings={imported.warnings} />
          {imported.unmatched.length > 0 && <p className="notice">{t('unmatched', { names: imported.unmatched.map((u) => `${short(u.name)} (${u.id})`).join(', ') })}</p>}
          <h3>{t('changeHeading')}</h3>
          {imported.changes.length === 0 && <p data-testid="bpmn-no-change">{t('noChange')}</p>}
          {imported.changes.length > 0 && !details.data && <p data-testid="bpmn-level">{t('level', { level: t(`common:levels.${imported.requiredLevel}`) })}</p>}
          {details.data && <ComparisonView comparison={compareDefinitions(process.definition, details.data.definition)} nameOfStakeholder={org} />}
          {details.data && stakeholders.data && terms.data && systems.data && <PreviewPanel id="bpmn-preview" preview={details.data} stakeholders={stakeholders.data} terms={terms.data} systems={systems.data} />}
          <ErrorMessage error={details.error} />
          {imported.changes.length > 0 && (
            <form className="stacked" onSubmit={onSend} noValidate>
              <label htmlFor="bpmn-rationale">{t('rationale')}</label>
              <textarea id="bpmn-rationale" rows={3} cols={70} value={rationale} onChange={(e) => setRationale(e.target.value)} />
              <p>
                <button type="submit" disabled={!rationale.trim() || submit.isPending}>
                  {submit.isPending ? t('submitting') : t('submit')}
                </button>
              </p>
              <BpmnRefusal error={submit.error} />
            </form>
          )}
        </>
      )}
    </section>
  );
};
