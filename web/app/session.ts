// The signed-in user (GET /api/me) as a TanStack Query entry, and permission checks for the UI.
// The server enforces every permission; the UI only hides what would be refused.
import { useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';
import type { Permission, Role } from '../../common/permissions.ts';

export type Me = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number | null;
  orgName: string | null;
  permissions: string[];
  mustChangePassword: boolean;
  mustEnrollTotp: boolean;
  totpEnabled: boolean;
  csrfToken: string;
  sessionIdleMinutes: number;
};

export const meKey = ['me'] as const;

let endReason: string | null = null;

/** The signed-in user, or null when there is no (valid) session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.probe<Me>('/api/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      if (e.code === 'auth.session_expired') endReason = e.code; // an old cookie: say why on the log-in page
      return null;
    }
    throw e;
  }
}

/** Forgets everything cached for the user (log-out, expired session). */
export function dropSession(client: QueryClient): void {
  setCsrfToken(null);
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
  client.setQueryData(meKey, null);
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, retry: false, staleTime: Infinity });
}

/** The user, once RequireSession has let the page render. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside RequireSession');
  return data;
}

export function hasAll(me: Pick<Me, 'permissions'> | undefined, required: readonly Permission[] | undefined): boolean {
  if (!required || required.length === 0) return true;
  return !!me && required.every((p) => me.permissions.includes(p));
}

/** Only same-site paths are followed after log-in (no open redirect). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}


/** Remembers why the session ended ('logout' or the server's 401 code), for the log-in redirect. */
export function endSession(client: QueryClient, code: string): void {
  endReason = code;
  dropSession(client);
}

export function peekEndReason(): string | null {
  return endReason;
}

export function clearEndReason(): void {
  endReason = null;
}
