import { api } from './api-client';

/** Fetches a CSV with the session's token (a plain link could not send it) and saves it under `filename`. */
export const downloadCsv = async (path: string, filename: string): Promise<void> => {
  const text = await api.getText(path, { accept: 'text/csv' });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
