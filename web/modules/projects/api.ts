// Major projects (重大项目) and the problem → meeting → decision loop: the read side. Every key starts
// with 'proj', so a write refreshes every figure it may move with one invalidation.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CentreList, FundingList, MeetingDetail, MeetingKind, MeetingRow, ProblemDetail, ProblemList, ProblemQuery, ProjectDetail, ProjectList, ProjectQuery, Rollup } from './types.ts';

export const projKey = ['proj'] as const;

export const projPaths = {
  template: '/api/projects/template',
  export: (year: number) => `/api/projects/${year}/export`,
  import: '/api/projects/import',
  minutes: (id: number) => `/api/meetings/${id}/minutes.docx`,
};

export function useProjects(year: number, query: ProjectQuery, enabled = true) {
  return useQuery({
    queryKey: [...projKey, year, 'list', query],
    queryFn: ({ signal }) => api.get<ProjectList>(`/api/projects/${year}`, query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRollup(year: number) {
  return useQuery({
    queryKey: [...projKey, year, 'rollup'],
    queryFn: ({ signal }) => api.get<Rollup>(`/api/projects/${year}/rollup`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: number) {
  return useQuery({
    queryKey: [...projKey, 'item', id],
    queryFn: ({ signal }) => api.get<ProjectDetail>(`/api/projects/item/${id}`, undefined, signal),
    enabled: id > 0,
  });
}

export function useFunding(year: number) {
  return useQuery({
    queryKey: [...projKey, year, 'funding'],
    queryFn: ({ signal }) => api.get<FundingList>(`/api/projects/${year}/funding`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCentres() {
  return useQuery({ queryKey: [...projKey, 'centres'], queryFn: ({ signal }) => api.get<CentreList>('/api/research-centres', undefined, signal) });
}

export function useProblems(query: ProblemQuery, enabled = true) {
  return useQuery({
    queryKey: [...projKey, 'problems', query],
    queryFn: ({ signal }) => api.get<ProblemList>('/api/problems', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProblem(id: number) {
  return useQuery({
    queryKey: [...projKey, 'problem', id],
    queryFn: ({ signal }) => api.get<ProblemDetail>(`/api/problems/${id}`, undefined, signal),
    enabled: id > 0,
  });
}

export function useMeetings(kind: MeetingKind | null, year: number | null, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...projKey, 'meetings', kind, year],
    queryFn: ({ signal }) => api.get<{ items: MeetingRow[]; abilities: { create: boolean } }>('/api/meetings', { kind, year }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: number) {
  return useQuery({
    queryKey: [...projKey, 'meeting', id],
    queryFn: ({ signal }) => api.get<MeetingDetail>(`/api/meetings/${id}`, undefined, signal),
    enabled: id > 0,
  });
}

/**
 * The newest plan year with projects, for a page opened without ?year=: this year and back, the newest
 * whose library is not empty (the demo's is 2023).
 */
export function useProjectYears(enabled = true) {
  const q = useQuery({
    queryKey: [...projKey, 'latestYear'],
    queryFn: async ({ signal }) => {
      const thisYear = new Date().getFullYear();
      const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
      const totals = await Promise.all(years.map((y) => api.get<ProjectList>(`/api/projects/${y}`, { pageSize: 1 }, signal).then((l) => l.total)));
      return years.find((_, i) => totals[i] > 0) ?? thisYear;
    },
    staleTime: 10 * 60_000,
    enabled,
  });
  return { latest: q.data ?? null, loading: enabled && q.isPending };
}
