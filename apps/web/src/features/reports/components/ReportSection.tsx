import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { downloadCsv } from '../../../lib/download';

/** A report's heading, its CSV download (the API's own CSV, with the page's as-of) and its body. */
export const ReportSection = ({ id, title, csvPath, children }: { id: string; title: string; csvPath: string; children: ReactNode }) => {
  const { t } = useTranslation('reports');
  const [error, setError] = useState<unknown>(null);
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <button type="button" className="secondary" onClick={() => downloadCsv(csvPath, `${id}.csv`).then(() => setError(null), setError)}>
        {t('downloadCsv', { report: title })}
      </button>
      <ErrorMessage error={error} />
      {children}
    </section>
  );
};
