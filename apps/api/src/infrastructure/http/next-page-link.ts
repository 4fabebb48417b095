/**
 * RFC 8288 `Link: <…>; rel="next"` for a paged read: the same request with `after` set to the
 * page's last position, so Power BI and Excel (and any client) follow pages without knowing our
 * parameter names. The URL is relative to the server, as the request was.
 */
export const nextPageLink = (originalUrl: string, nextAfter: string): string => {
  const url = new URL(originalUrl, 'http://samsyn.invalid');
  url.searchParams.set('after', nextAfter);
  return `<${url.pathname}${url.search}>; rel="next"`;
};
