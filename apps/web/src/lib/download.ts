import { api } from './api-client';

/** Fetches a document with the session's token (a plain link could not send it) and saves it under `filename`. */
const downloadText = async (path: string, filename: string, accept: string, type: string): Promise<void> => {
  const text = await api.getText(path, { accept });
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** A CSV of the API's, saved under `filename`. */
export const downloadCsv = (path: string, filename: string): Promise<void> => downloadText(path, filename, 'text/csv', 'text/csv;charset=utf-8');

/** An HTML document of the API's (minutes for the archive), saved under `filename`. */
export const downloadHtml = (path: string, filename: string): Promise<void> => downloadText(path, filename, 'text/html', 'text/html;charset=utf-8');
