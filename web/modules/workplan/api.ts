// Work plan and supervision (重点工作督办): the read side — years, plan structure, tasks, dashboard,
// notices, assessment, study sessions, notifications. Every key starts with 'plan' (notifications
// excepted), so a write can refresh everything a status change may touch with one invalidation.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Assessment, Dashboard, NoticeList, NoticeState, Notification, PlanStructure, PlanYear, StudySession, TaskDetail, TaskList, TaskQuery } from './types.ts';

export const planKey = ['plan'] as const;
export const notificationsKey = ['notifications'] as const;

export const planPaths = {
  export: (year: number) => `/api/plan/${year}/export`,
  template: '/api/plan/template',
  import: (year: number) => `/api/plan/${year}/import`,
  monthlyDocx: (year: number) => `/api/plan/${year}/report.docx`,
  assessmentXlsx: (year: number) => `/api/plan/${year}/assessment.xlsx`,
  assessmentDocx: (year: number) => `/api/plan/${year}/assessment.docx`,
  attachment: (id: number) => `/api/attachments/${id}`,
};

export function usePlanYears() {
  return useQuery({
    queryKey: [...planKey, 'years'],
    queryFn: ({ signal }) => api.get<{ items: PlanYear[] }>('/api/plan/years', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export function usePlan(year: number | null) {
  return useQuery({
    queryKey: [...planKey, year, 'structure'],
    queryFn: ({ signal }) => api.get<PlanStructure>(`/api/plan/${year}`, undefined, signal),
    enabled: year !== null,
    staleTime: 60_000,
  });
}

export function useTasks(year: number | null, query: TaskQuery, enabled = true) {
  return useQuery({
    queryKey: [...planKey, year, 'tasks', query],
    queryFn: ({ signal }) => api.get<TaskList>(`/api/plan/${year}/tasks`, query, signal),
    enabled: year !== null && enabled,
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: number) {
  return useQuery({
    queryKey: [...planKey, 'task', id],
    queryFn: ({ signal }) => api.get<TaskDetail>(`/api/plan/tasks/${id}`, undefined, signal),
    enabled: id > 0,
  });
}

export function useDashboard(year: number | null) {
  return useQuery({
    queryKey: [...planKey, year, 'dashboard'],
    queryFn: ({ signal }) => api.get<Dashboard>(`/api/plan/${year}/dashboard`, undefined, signal),
    enabled: year !== null,
    placeholderData: keepPreviousData,
  });
}

export function useNotices(year: number | null, filter: { state?: NoticeState; taskId?: number }) {
  return useQuery({
    queryKey: [...planKey, year, 'notices', filter],
    queryFn: ({ signal }) => api.get<NoticeList>(`/api/plan/${year}/supervisions`, filter, signal),
    enabled: year !== null,
    placeholderData: keepPreviousData,
  });
}

export function useAssessment(year: number | null) {
  return useQuery({
    queryKey: [...planKey, year, 'assessment'],
    queryFn: ({ signal }) => api.get<Assessment>(`/api/plan/${year}/assessment`, undefined, signal),
    enabled: year !== null,
  });
}

export function useStudySessions(year: number | null) {
  return useQuery({
    queryKey: [...planKey, year, 'study'],
    queryFn: ({ signal }) => api.get<{ items: StudySession[] }>(`/api/plan/${year}/study-sessions`, undefined, signal),
    enabled: year !== null,
  });
}

/** The bell: unread notifications, polled every minute. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => api.get<{ items: Notification[]; unread: number }>('/api/notifications', { unread: 1 }, signal),
    refetchInterval: 60_000,
    staleTime: 50_000,
  });
}
