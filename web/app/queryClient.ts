// The one QueryClient. 4xx answers are not retried; a 403 that says the account must first change
// its password or enrol TOTP refreshes /api/me so the session gate shows the right page.
import { QueryCache, QueryClient, MutationCache } from '@tanstack/react-query';
import { ApiError } from '../api/errors.ts';
import { meKey } from './session.ts';

function refreshMeOnGate(err: unknown) {
  if (err instanceof ApiError && (err.code === 'auth.password_change_required' || err.code === 'auth.totp_enrollment_required')) {
    void queryClient.invalidateQueries({ queryKey: meKey });
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: refreshMeOnGate }),
  mutationCache: new MutationCache({ onError: refreshMeOnGate }),
  defaultOptions: {
    queries: {
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
    mutations: { retry: false },
  },
});
