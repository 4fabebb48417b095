import { auth } from './auth';
import { asOfParams, timeTravel } from './time-travel';

/** A refusal from the API (or the network), with the API's stable code; shown as a sentence by <ErrorMessage>. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

export type Params = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  params?: Params;
  /** Reads pass the time-travel setting unless told not to (writes never do). */
  asOf?: boolean;
  accept?: string;
  /** A token not yet signed in with (the OpenID callback asks GET /me with it first); default the session's. */
  token?: string;
  /** A body that is a file (Blob) goes as it is, with this type (an upload such as a BPMN document). */
  contentType?: string;
}

const urlOf = (path: string, params: Params = {}, withAsOf = false): string => {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  if (withAsOf) for (const [k, v] of Object.entries(asOfParams(timeTravel.get()))) url.searchParams.set(k, v);
  return url.pathname + url.search;
};

const problemOf = async (res: Response): Promise<ApiProblem> => {
  try {
    const body = (await res.json()) as { code?: string; message?: string; details?: unknown };
    return new ApiProblem(res.status, body.code ?? `HTTP_${res.status}`, body.message ?? res.statusText, body.details);
  } catch {
    return new ApiProblem(res.status, `HTTP_${res.status}`, res.statusText);
  }
};

const send = async (method: string, path: string, body: unknown, options: RequestOptions): Promise<Response> => {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  const token = options.token ?? auth.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  const file = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = file ? (options.contentType ?? 'application/octet-stream') : 'application/json';
  let res: Response;
  try {
    res = await fetch(urlOf(path, options.params, options.asOf ?? method === 'GET'), { method, headers, body: body === undefined ? undefined : file ? body : JSON.stringify(body) });
  } catch {
    throw new ApiProblem(0, 'NETWORK_ERROR', 'the server could not be reached');
  }
  // Expired or revoked: back to the sign-in page, which says so. A token not yet signed in with has no session to end.
  if (res.status === 401 && token && options.token === undefined) auth.signOut('expired');
  if (!res.ok) throw await problemOf(res);
  return res;
};

const write = async <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, options: RequestOptions): Promise<T> => {
  const res = await send(method, path, body, { ...options, asOf: false });
  return (res.status === 204 ? undefined : res.json()) as Promise<T>;
};

/** The one client of the API: bearer token, as-of parameters, errors as ApiProblem. */
export const api = {
  async get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return (await send('GET', path, undefined, options)).json() as Promise<T>;
  },
  async getText(path: string, options: RequestOptions = {}): Promise<string> {
    return (await send('GET', path, undefined, options)).text();
  },
  async post<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return write<T>('POST', path, body, options);
  },
  async put<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return write<T>('PUT', path, body, options);
  },
  async patch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return write<T>('PATCH', path, body, options);
  },
  async delete<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return write<T>('DELETE', path, undefined, options);
  },
  /** The live stream's URL: EventSource cannot send headers, so the token rides as ?access_token=. */
  liveUrl(): string {
    return urlOf('/events/live', { access_token: auth.token() ?? undefined });
  },
};
