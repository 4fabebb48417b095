/**
 * What must never reach a log line: bearer tokens and other credentials, wherever a client put
 * them. The request line's URL is the usual leak (`/events/live?access_token=…` for EventSource
 * clients), so the URL is cleaned where it is logged; fields that hold credentials are censored by
 * pino's redact; and any string that still looks like a JWT is masked as a last line of defence.
 */
export const REDACTED = '[REDACTED]';

/** Query parameters whose values are credentials (OAuth 2.0 / OIDC names and common API-key names). */
const SECRET_PARAMS = new Set(['access_token', 'token', 'id_token', 'refresh_token', 'code', 'client_secret', 'password', 'secret', 'api_key', 'apikey', 'jwt']);

/** Fields pino censors, at the top level and one level down (e.g. `headers.authorization`, `req.headers.authorization`). */
export const REDACT_PATHS = [
  'authorization',
  'cookie',
  'token',
  'access_token',
  'id_token',
  'refresh_token',
  'password',
  'secret',
  'jwtSecret',
  '*.authorization',
  '*.cookie',
  '*.token',
  '*.access_token',
  '*.id_token',
  '*.refresh_token',
  '*.password',
  '*.secret',
  '*.jwtSecret',
  '*.headers.authorization',
  '*.headers.cookie',
];

/** A JWT: three base64url parts, the first two starting like encoded JSON objects. */
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;

/** `scheme://user:password@` anywhere in a text (a connection string in an error message). */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^@\s/?#]+@/gi;

/** The text with JWT-shaped tokens and URL credentials masked; the same string when there are none. */
export const maskCredentials = (text: string): string => {
  let out = text.includes('eyJ') ? text.replace(JWT, REDACTED) : text;
  if (out.includes('://') && out.includes('@')) out = out.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
  return out;
};

const paramName = (pair: string): string => {
  const raw = pair.split('=', 1)[0];
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
};

/**
 * The URL with every credential's value replaced (and `user:password@` of an absolute URL), the
 * rest byte for byte as sent, so the line still says what was asked.
 */
export const sanitiseUrl = (url: string | undefined): string | undefined => {
  if (url === undefined) return undefined;
  let out = url;
  const q = out.indexOf('?');
  if (q !== -1) {
    const hash = out.indexOf('#', q);
    const end = hash === -1 ? out.length : hash;
    const query = out
      .slice(q + 1, end)
      .split('&')
      .map((pair) => (SECRET_PARAMS.has(paramName(pair)) ? `${pair.split('=', 1)[0]}=${REDACTED}` : pair))
      .join('&');
    out = out.slice(0, q + 1) + query + out.slice(end);
  }
  return maskCredentials(out);
};
