// Account: own password, own TOTP second factor. Hooks own cache and toasts.
// (Log-in / log-out live in session.ts, which the small log-in chunk loads.)
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useNotify } from '../../components/useNotify.tsx';
import { meKey } from '../../app/session.ts';

export type PasswordInput = { currentPassword: string; newPassword: string };

export function useChangePassword() {
  const client = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (input: PasswordInput) => api.post('/api/me/password', input),
    onSuccess: async () => {
      notify.success(t('account.password.changed'));
      await client.invalidateQueries({ queryKey: meKey });
    },
  });
}

export type TotpSetup = { secret: string; uri: string };

export function useTotpSetup() {
  const notify = useNotify();
  return useMutation({ mutationFn: () => api.post<TotpSetup>('/api/me/totp/setup'), onError: notify.error });
}

export function useTotpEnable() {
  const client = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (code: string) => api.post('/api/me/totp/enable', { code }),
    onSuccess: async () => {
      notify.success(t('account.totp.enabled'));
      await client.invalidateQueries({ queryKey: meKey });
    },
  });
}

export function useTotpDisable() {
  const client = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (code: string) => api.post('/api/me/totp/disable', { code }),
    onSuccess: async () => {
      notify.success(t('account.totp.disabled'));
      await client.invalidateQueries({ queryKey: meKey });
    },
  });
}
