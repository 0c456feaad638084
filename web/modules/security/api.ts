// Security policy (安全策略, security admin): lockout, session idle timeout, password expiry, two-step
// verification for everyone. One record with a version; the hook owns the toast and the caches.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { meKey } from '../../app/session.ts';
import { useNotify } from '../../components/useNotify.tsx';

export type SecurityPolicy = {
  lockoutThreshold: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  passwordExpiryDays: number;
  totpForAll: boolean;
  version: number;
};

export type PolicyNumberField = 'lockoutThreshold' | 'lockoutMinutes' | 'sessionIdleMinutes' | 'passwordExpiryDays';

/** Ranges of the numeric fields; the server's schema (server/modules/security) has the same. */
export const policyRanges: Record<PolicyNumberField, { min: number; max: number }> = {
  lockoutThreshold: { min: 3, max: 20 },
  lockoutMinutes: { min: 1, max: 24 * 60 },
  sessionIdleMinutes: { min: 5, max: 240 },
  passwordExpiryDays: { min: 0, max: 365 },
};

export const securityPolicyKey = ['security', 'policy'] as const;

export function useSecurityPolicy() {
  return useQuery({
    queryKey: securityPolicyKey,
    queryFn: ({ signal }) => api.get<SecurityPolicy>('/api/security/policy', undefined, signal),
  });
}

export function useSaveSecurityPolicy() {
  const client = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (input: SecurityPolicy) => api.put<SecurityPolicy>('/api/security/policy', input),
    onSuccess: (policy) => {
      client.setQueryData(securityPolicyKey, policy);
      notify.success(t('security.saved'));
      // /api/me carries the idle timeout the browser's own idle timer uses.
      return client.invalidateQueries({ queryKey: meKey });
    },
    onError: (e) => {
      notify.error(e);
      if (isApiError(e, 'record.stale')) void client.invalidateQueries({ queryKey: securityPolicyKey });
    },
  });
}
