import { useTranslation } from 'react-i18next';

/** A status as a word and a symbol, with colour only as a third cue (WCAG 1.4.1). */
const SYMBOLS: Record<string, string> = {
  harmonized: '✓',
  behind: '↻',
  deviating: '≠',
  'needs-reapproval': '⚑',
  'not-adopted': '○',
  submitted: '•',
  escalated: '⇑',
  accepted: '✓',
  approved: '✓',
  applied: '✓',
  rejected: '✗',
  withdrawn: '–',
  conflicted: '⚠',
};

export const StatusBadge = ({ status }: { status: string }) => {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{SYMBOLS[status] ?? '·'} </span>
      {t(`status.${status}`, { defaultValue: status })}
    </span>
  );
};
