import { startE2eApp } from '../../e2e/support/e2e-app';

/** The document the real app serves at /docs-json (the same app the e2e specs boot). */
export const fetchOpenApiDocument = async (): Promise<Record<string, any>> => {
  const e2e = await startE2eApp();
  try {
    const res = await e2e.http().get('/docs-json');
    if (res.status !== 200) throw new Error(`/docs-json answered ${res.status}`);
    return res.body as Record<string, any>;
  } finally {
    await e2e.close();
  }
};
