// Scheduled jobs and integrations (open-API tokens, webhooks): the read side. Keys start with 'platform'.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ApiToken, JobList, Webhook } from './types.ts';

export const platformKey = ['platform'] as const;

export function useJobs() {
  return useQuery({
    queryKey: [...platformKey, 'jobs'],
    queryFn: ({ signal }) => api.get<JobList>('/api/admin/jobs', undefined, signal),
    refetchInterval: 30_000,
  });
}

export function useTokens() {
  return useQuery({
    queryKey: [...platformKey, 'tokens'],
    queryFn: ({ signal }) => api.get<{ items: ApiToken[] }>('/api/admin/api-tokens', undefined, signal),
  });
}

export function useWebhooks() {
  return useQuery({
    queryKey: [...platformKey, 'webhooks'],
    queryFn: ({ signal }) => api.get<{ items: Webhook[] }>('/api/admin/webhooks', undefined, signal),
  });
}
