import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';

/** Loading and error states of a read, the same on every page. */
export const QueryState = <T,>({ query, children }: { query: { isPending: boolean; error: unknown; data: T | undefined }; children: (data: T) => ReactNode }) => {
  const { t } = useTranslation();
  if (query.error) return <ErrorMessage error={query.error} />;
  if (query.isPending || query.data === undefined) return <p role="status">{t('loading')}</p>;
  return <>{children(query.data)}</>;
};
