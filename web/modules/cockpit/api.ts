// The cockpit, 我的工作, the notification centre and the report centre: the read side. The notification
// keys start with 'notifications' (as the header bell's), so marking read refreshes both.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { notificationsKey } from '../workplan/api.ts';
import type { Cockpit, MyWork, NotificationPage, ReportType, ReportVersions } from './types.ts';

export const cockpitKey = ['cockpit'] as const;
export const myWorkKey = ['my-work'] as const;
export const reportsKey = ['reports'] as const;

export const reportPaths = { download: (id: number) => `/api/reports/${id}/download` };

/** `refetchMs`: the big screen polls (every 60 s). */
export function useCockpit(refetchMs?: number) {
  return useQuery({
    queryKey: cockpitKey,
    queryFn: ({ signal }) => api.get<Cockpit>('/api/cockpit', undefined, signal),
    refetchInterval: refetchMs,
    refetchIntervalInBackground: !!refetchMs,
  });
}

export function useMyWork(enabled = true) {
  return useQuery({
    queryKey: myWorkKey,
    queryFn: ({ signal }) => api.get<MyWork>('/api/my-work', undefined, signal),
    enabled,
  });
}

export type NotificationFilter = { unread: boolean; kind: string; page: number; pageSize: number };

export function useNotificationPage(f: NotificationFilter) {
  return useQuery({
    queryKey: [...notificationsKey, 'page', f],
    queryFn: ({ signal }) => api.get<NotificationPage>('/api/notifications', { unread: f.unread ? 1 : undefined, kind: f.kind || undefined, page: f.page, pageSize: f.pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReportTypes() {
  return useQuery({
    queryKey: [...reportsKey, 'types'],
    queryFn: ({ signal }) => api.get<{ items: ReportType[] }>('/api/reports/types', undefined, signal),
  });
}

export function useReportVersions(f: { type: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...reportsKey, 'versions', f],
    queryFn: ({ signal }) => api.get<ReportVersions>('/api/reports', { type: f.type || undefined, page: f.page, pageSize: f.pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}
