import { useTranslation } from 'react-i18next';
import type { Handover } from '../api/get-handovers';

/** A handover's flags as words with a symbol (colour is only a third cue, WCAG 1.4.1). */
export const HandoverFlags = ({ handover }: { handover: Handover }) => {
  const { t } = useTranslation('handovers');
  if (!handover.flagged) {
    return (
      <span className="badge badge-harmonized" data-flag="none">
        <span aria-hidden="true">✓ </span>
        {t('flags.none')}
      </span>
    );
  }
  return (
    <ul className="flags">
      {handover.reasons.map((r) => (
        <li key={r}>
          <span className="badge badge-conflicted" data-flag={r}>
            <span aria-hidden="true">⚠ </span>
            {t(`flags.${r}`)}
          </span>
        </li>
      ))}
    </ul>
  );
};
