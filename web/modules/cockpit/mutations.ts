// Writes of the notification centre and the report centre. Each hook owns its toast.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { useNotify } from '../../components/useNotify.tsx';
import { notificationsKey } from '../workplan/api.ts';
import { myWorkKey, reportsKey } from './api.ts';
import type { ReportType, ReportVersion } from './types.ts';

/** Marks the given notifications read, or all of them (no ids). */
export function useMarkNotificationsRead() {
  const notify = useNotify();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids?: number[]) => api.post('/api/notifications/read', ids ? { ids } : {}),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: notificationsKey }), client.invalidateQueries({ queryKey: myWorkKey })]),
    onError: (e) => notify.error(e),
  });
}

/** report.bad_period is shown beside the period field. */
export function useGenerateReport() {
  const notify = useNotify();
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: { type: string; period: string }) => api.post<ReportVersion>('/api/reports/generate', body),
    onSuccess: (r) => {
      notify.success(t('cockpit.reports.generated', { title: r.title, seq: r.seq }));
      return client.invalidateQueries({ queryKey: reportsKey });
    },
    onError: (e) => !isApiError(e, 'report.bad_period') && notify.error(e),
  });
}

export function useSetSubscriptions() {
  const notify = useNotify();
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (types: string[]) => api.put<{ items: ReportType[] }>('/api/reports/subscriptions', { types }),
    onSuccess: (r) => {
      notify.success(t('cockpit.reports.subscriptionsSaved'));
      client.setQueryData([...reportsKey, 'types'], r);
    },
    onError: (e) => {
      notify.error(e);
      void client.invalidateQueries({ queryKey: [...reportsKey, 'types'] });
    },
  });
}
