// Writes of the jobs and integrations pages. Each hook owns its toast and refreshes every 'platform'
// query; request.invalid is left to the form that shows it.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { moduleWrite } from '../../components/moduleWrite.ts';
import { platformKey } from './api.ts';
import type { JobRun, NewToken, TokenInput, Webhook, WebhookInput, WebhookPatch, WebhookTest } from './types.ts';

/** request.invalid is shown by the forms (token and webhook), beside their fields. */
const useWrite = moduleWrite(platformKey, ['request.invalid']);

export function useRunJob() {
  const { t } = useTranslation();
  return useWrite((name: string) => api.post<JobRun>(`/api/admin/jobs/${encodeURIComponent(name)}/run`), (_, name) => t('platformAdmin.jobs.ran', { name }));
}

/** The answer holds the token itself, shown once by the caller. */
export function useCreateToken() {
  return useWrite((input: TokenInput) => api.post<NewToken>('/api/admin/api-tokens', input), () => null);
}

export function useRevokeToken() {
  const { t } = useTranslation();
  return useWrite((id: number) => api.post(`/api/admin/api-tokens/${id}/revoke`), () => t('platformAdmin.tokens.revokedToast'));
}

export function useSaveWebhook() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, input }: { id: number | null; input: WebhookInput | WebhookPatch }) =>
      id === null ? api.post<Webhook>('/api/admin/webhooks', input) : api.patch<Webhook>(`/api/admin/webhooks/${id}`, input),
    (_, v) => (v.id === null ? t('platformAdmin.webhooks.created') : t('platformAdmin.webhooks.saved')),
  );
}

export function useDeleteWebhook() {
  const { t } = useTranslation();
  return useWrite((id: number) => api.del(`/api/admin/webhooks/${id}`), () => t('platformAdmin.webhooks.deleted'));
}

/** The outcome (delivered or not) is shown by the caller. */
export function useTestWebhook() {
  return useWrite((id: number) => api.post<WebhookTest>(`/api/admin/webhooks/${id}/test`), () => null);
}
