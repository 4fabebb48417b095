import { useSyncExternalStore } from 'react';

/**
 * The signed-in person's bearer token. It lives in memory and in sessionStorage only: a
 * sessionStorage entry dies with the tab and is not shared with other tabs, and never
 * localStorage, which would keep the token on the machine for any script of this origin to read
 * after the browser closes (bulletproof-react's one pitfall; README "Signing in").
 */
export interface Role {
  role: string;
  stakeholder?: string;
}

export interface Session {
  token: string;
  sub: string;
  name: string;
  roles: Role[];
  /** Epoch seconds. */
  exp?: number;
}

const KEY = 'samsyn.session';
let current: Session | null = null;
const listeners = new Set<() => void>();

const decodePayload = (token: string): Record<string, unknown> => {
  const part = token.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
};

/** What the token says about its holder, for display; the API checks the token itself on every request. */
export const sessionFromToken = (token: string): Session => {
  const p = decodePayload(token);
  return {
    token,
    sub: String(p.sub ?? ''),
    name: typeof p.name === 'string' ? p.name : String(p.sub ?? ''),
    roles: Array.isArray(p.roles) ? (p.roles as Role[]) : [],
    exp: typeof p.exp === 'number' ? p.exp : undefined,
  };
};

const expired = (s: Session): boolean => s.exp !== undefined && s.exp * 1000 <= Date.now();

const load = (): Session | null => {
  try {
    const token = sessionStorage.getItem(KEY);
    if (!token) return null;
    const s = sessionFromToken(token);
    return expired(s) ? null : s;
  } catch {
    return null;
  }
};
current = typeof window === 'undefined' ? null : load();

const emit = (): void => listeners.forEach((l) => l());

export const auth = {
  session: (): Session | null => (current && expired(current) ? null : current),
  token: (): string | null => auth.session()?.token ?? null,
  signIn(token: string): Session {
    current = sessionFromToken(token);
    try {
      sessionStorage.setItem(KEY, token);
    } catch {
      // A browser that refuses sessionStorage keeps the session in memory for this page only.
    }
    emit();
    return current;
  },
  signOut(): void {
    current = null;
    try {
      sessionStorage.removeItem(KEY);
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

export const useSession = (): Session | null => useSyncExternalStore(auth.subscribe, auth.session);

export const hasRole = (s: Session | null, role: string, stakeholder?: string): boolean =>
  !!s?.roles.some((r) => r.role === role && (stakeholder === undefined || r.stakeholder === stakeholder));

export const stakeholdersWithRole = (s: Session | null, role: string): string[] =>
  (s?.roles ?? []).filter((r) => r.role === role && r.stakeholder).map((r) => r.stakeholder!);
