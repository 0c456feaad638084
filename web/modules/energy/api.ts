// Energy saving (节能): the read side. Every key starts with 'energy', so a write refreshes every figure
// it may move with one invalidation.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Assessment, Dashboard, Factors, KeyUsers, ReviewDetail, ReviewList, Settings } from './types.ts';

export const energyKey = ['energy'] as const;

export const energyPaths = {
  approval: (id: number) => `/api/energy/reviews/${id}/approval.docx`,
  assessmentXlsx: '/api/energy/assessment.xlsx',
  assessmentDocx: '/api/energy/assessment.docx',
  keyUserTemplate: '/api/energy/key-users/template.xlsx',
  keyUserImport: '/api/energy/key-users/import',
};

export function useEnergyDashboard(year: number) {
  return useQuery({ queryKey: [...energyKey, 'dashboard', year], queryFn: ({ signal }) => api.get<Dashboard>('/api/energy/dashboard', { year }, signal), placeholderData: keepPreviousData });
}

export function useReviews(f: { stage?: string; overdue?: boolean; pending?: boolean; page: number }) {
  return useQuery({
    queryKey: [...energyKey, 'reviews', f],
    queryFn: ({ signal }) => api.get<ReviewList>('/api/energy/reviews', { stage: f.stage, overdue: f.overdue ? 'true' : undefined, pending: f.pending ? 'true' : undefined, page: f.page, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReview(id: number) {
  return useQuery({ queryKey: [...energyKey, 'review', id], queryFn: ({ signal }) => api.get<ReviewDetail>(`/api/energy/reviews/${id}`, undefined, signal), enabled: id > 0 });
}

export function useAssessment(year: number, offTarget: boolean) {
  return useQuery({
    queryKey: [...energyKey, 'assessment', year, offTarget],
    queryFn: ({ signal }) => api.get<Assessment>('/api/energy/assessment', { year, offTarget: offTarget ? 'true' : undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useKeyUsers(aboveBenchmark: boolean) {
  return useQuery({ queryKey: [...energyKey, 'key-users', aboveBenchmark], queryFn: ({ signal }) => api.get<KeyUsers>('/api/energy/key-users', { aboveBenchmark: aboveBenchmark ? 'true' : undefined }, signal) });
}

export function useFactors(year: number) {
  return useQuery({ queryKey: [...energyKey, 'factors', year], queryFn: ({ signal }) => api.get<Factors>('/api/energy/factors', { year }, signal), staleTime: 60_000 });
}

export function useEnergySettings() {
  return useQuery({ queryKey: [...energyKey, 'settings'], queryFn: ({ signal }) => api.get<Settings>('/api/energy/settings', undefined, signal) });
}

export function useProjectOptions(year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...energyKey, 'project-options', year],
    queryFn: ({ signal }) => api.get<{ items: { id: number; code: string; name: string }[] }>(`/api/projects/${year}`, { pageSize: 200 }, signal),
    enabled,
  });
}
