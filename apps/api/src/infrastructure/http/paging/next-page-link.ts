/**
 * RFC 8288 `Link: <…>; rel="next"` for a paged read: the same request with the cursor parameter
 * (`after`, or `before` for a newest-first log) set to where the next page starts, so Power BI and
 * Excel (and any client) follow pages without knowing our parameter names. The URL is relative to
 * the server, as the request was. docs/api.md "Paging".
 */
export const nextPageLink = (originalUrl: string, cursor: string, param: 'after' | 'before' = 'after'): string => {
  const url = new URL(originalUrl, 'http://samsyn.invalid');
  url.searchParams.set(param, cursor);
  return `<${url.pathname}${url.search}>; rel="next"`;
};
