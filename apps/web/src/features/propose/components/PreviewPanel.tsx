import { useTranslation } from 'react-i18next';
import { labelOf, nameOf, type SystemEntry, type Term } from '../../../lib/registers';
import type { Stakeholder } from '../../../lib/types';
import type { Preview } from '../api/propose';

/** What the proposal will be: the required level and why, who reviews, what it touches. `id` tells two on one page apart. */
export const PreviewPanel = ({ preview, stakeholders, terms, systems, id = 'preview' }: { preview: Preview; stakeholders: Stakeholder[]; terms: Term[]; systems: SystemEntry[]; id?: string }) => {
  const { t } = useTranslation('propose');
  const org = (id: string) => nameOf(stakeholders, id);
  return (
    <section className="notice" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>{t('previewHeading')}</h2>
      <p data-testid={`${id}-level`}>{t('level', { level: t(`common:levels.${preview.requiredLevel}`) })}</p>
      <ul>
        {preview.reasons.map((r, i) => (
          <li key={i}>{t(`reasons.${r.code}${r.code === 'performers' && (r.stakeholders?.length ?? 0) < 2 ? '_one' : ''}`, { stakeholders: (r.stakeholders ?? []).map(org).join(', '), steps: (r.steps ?? []).join(', '), handovers: (r.handovers ?? []).join(', ') })}</li>
        ))}
      </ul>
      <dl className="facts">
        <dt>{t('reviewers')}</dt>
        <dd>{preview.reviewers.map(org).join(', ')}</dd>
        <dt>{t('touchedSteps')}</dt>
        <dd>{preview.touched.steps.join(', ') || '–'}</dd>
        <dt>{t('touchedSystems')}</dt>
        <dd>{preview.touched.systems.map((s) => nameOf(systems, s)).join(', ') || '–'}</dd>
        <dt>{t('touchedTerms')}</dt>
        <dd>{preview.touched.terms.map((x) => labelOf(terms, x)).join(', ') || '–'}</dd>
      </dl>
    </section>
  );
};
