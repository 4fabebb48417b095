import { useSyncExternalStore } from 'react';

/**
 * The signed-in person: bearer token, who the API says they are, and how they signed in. It lives
 * in memory and in sessionStorage only: a sessionStorage entry dies with the tab and is not
 * shared with other tabs, and never localStorage, which would keep the token on the machine for
 * any script of this origin to read after the browser closes (README "Signing in").
 */
export interface Role {
  role: string;
  stakeholder?: string;
}

/** The identity provider a session came from: signing out ends the provider's session too. */
export interface ProviderRef {
  issuer: string;
  clientId: string;
  scope: string;
}

export interface Session {
  token: string;
  sub: string;
  name: string;
  roles: Role[];
  /** Epoch seconds. */
  exp?: number;
  method: 'demo' | 'oidc';
  provider?: ProviderRef;
}

/** Why the tab was signed out without asking, for the sign-in page to say. */
export type SignOutReason = 'expired';

const KEY = 'samsyn.session';
/** oidc-client-ts keeps its flow state and the provider's user under this prefix (lib/oidc.ts), also in sessionStorage. */
export const OIDC_STORE_PREFIX = 'samsyn.oidc.';
let current: Session | null = null;
let notice: SignOutReason | null = null;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

const decodePayload = (token: string): Record<string, unknown> => {
  const part = token.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
};

/** A demo token carries Samsyn's roles itself; for display only, the API checks the token on every request. */
export const sessionFromToken = (token: string): Session => {
  const p = decodePayload(token);
  return {
    token,
    sub: String(p.sub ?? ''),
    name: typeof p.name === 'string' ? p.name : String(p.sub ?? ''),
    roles: Array.isArray(p.roles) ? (p.roles as Role[]) : [],
    exp: typeof p.exp === 'number' ? p.exp : undefined,
    method: 'demo',
  };
};

const expired = (s: Session): boolean => s.exp !== undefined && s.exp * 1000 <= Date.now();

const isSession = (v: unknown): v is Session => {
  const s = v as Partial<Session> | null;
  return !!s && typeof s.token === 'string' && typeof s.sub === 'string' && Array.isArray(s.roles) && (s.method === 'demo' || s.method === 'oidc');
};

const load = (): Session | null => {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    return isSession(parsed) && !expired(parsed) ? parsed : null;
  } catch {
    return null;
  }
};

const emit = (): void => listeners.forEach((l) => l());

/** setTimeout holds at most 2^31 − 1 ms (24.8 days): a longer wait is taken in steps. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** A token that runs out while the tab stays open signs the tab out, and the sign-in page says why. */
const watchExpiry = (): void => {
  clearTimeout(expiryTimer);
  if (!current?.exp) return;
  const left = current.exp * 1000 - Date.now();
  expiryTimer = setTimeout(() => (current && expired(current) ? auth.signOut('expired') : watchExpiry()), Math.max(0, Math.min(left, MAX_TIMEOUT_MS)));
};

export const auth = {
  session: (): Session | null => (current && expired(current) ? null : current),
  token: (): string | null => auth.session()?.token ?? null,
  /** The reason of the last sign-out the person did not ask for (null after they asked, or signed in again). */
  notice: (): SignOutReason | null => notice,
  signIn(session: Session): Session {
    current = session;
    notice = null;
    try {
      sessionStorage.setItem(KEY, JSON.stringify(session));
    } catch {
      // A browser that refuses sessionStorage keeps the session in memory for this page only.
    }
    watchExpiry();
    emit();
    return current;
  },
  signOut(reason: SignOutReason | null = null): void {
    current = null;
    notice = reason;
    clearTimeout(expiryTimer);
    try {
      // Whatever the tab kept of this sign-in goes, the provider's tokens too: none outlives the session.
      sessionStorage.removeItem(KEY);
      for (const k of Object.keys(sessionStorage)) if (k.startsWith(OIDC_STORE_PREFIX)) sessionStorage.removeItem(k);
    } catch {
      /* nothing kept */
    }
    emit();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

if (typeof window !== 'undefined') {
  current = load();
  watchExpiry();
}

export const useSession = (): Session | null => useSyncExternalStore(auth.subscribe, auth.session);
export const useSignOutNotice = (): SignOutReason | null => useSyncExternalStore(auth.subscribe, auth.notice);

export const hasRole = (s: Session | null, role: string, stakeholder?: string): boolean =>
  !!s?.roles.some((r) => r.role === role && (stakeholder === undefined || r.stakeholder === stakeholder));

export const stakeholdersWithRole = (s: Session | null, role: string): string[] =>
  (s?.roles ?? []).filter((r) => r.role === role && r.stakeholder).map((r) => r.stakeholder!);
