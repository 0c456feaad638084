// Log-in and log-out. Kept apart from api.ts so the log-in page does not pull in the toast machinery.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/client.ts';
import { clearEndReason, endSession, meKey, type Me } from '../../app/session.ts';

export type LoginInput = { username: string; password: string; totp?: string };
type LoginAnswer = { user: Omit<Me, 'csrfToken'> & { csrfToken?: string }; csrfToken: string };

/** Errors are shown by the log-in form itself (inline, not as toasts). */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<LoginAnswer>('/api/auth/login', input),
    onSuccess: ({ user, csrfToken }) => {
      setCsrfToken(csrfToken);
      clearEndReason();
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      const me: Me = { ...user, csrfToken };
      client.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/auth/logout'),
    // Whatever the answer (even an already-expired session), the browser forgets the session;
    // the session gate then shows the log-in page.
    onSettled: () => endSession(client, 'logout'),
  });
}
