// Enterprise services (服务包与营商环境): the read side — roster, enterprise page, coverage, demands and
// their rates, tax sources, leads, evaluations, policies and applications. Every key starts with 'ent',
// so a write refreshes every figure it may move with one invalidation.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { limits } from '../../../common/limits.ts';
import { api, type Query } from '../../api/client.ts';
import type {
  ApplicationList, Coverage, DemandDetail, DemandFilter, DemandList, DemandStats, EnterpriseDetail, EvalList, LeadList, PolicyList, Roster, RosterFilter, RosterRow, TaxRanking,
} from './types.ts';

export const entKey = ['ent'] as const;

export const entPaths = {
  template: '/api/enterprises/template',
  export: '/api/enterprises/export',
  import: '/api/enterprises/import',
};

export function useRoster(f: RosterFilter, enabled = true) {
  return useQuery({
    queryKey: [...entKey, 'roster', f],
    queryFn: ({ signal }) => api.get<Roster>('/api/enterprises', f as unknown as Query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEnterprise(id: number) {
  return useQuery({
    queryKey: [...entKey, 'item', id],
    queryFn: ({ signal }) => api.get<EnterpriseDetail>(`/api/enterprises/item/${id}`, undefined, signal),
    enabled: id > 0,
  });
}

export function useCoverage(year: number) {
  return useQuery({
    queryKey: [...entKey, year, 'coverage'],
    queryFn: ({ signal }) => api.get<Coverage>(`/api/enterprises/coverage/${year}`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTaxRanking(year: number, enabled = true) {
  return useQuery({
    queryKey: [...entKey, year, 'tax'],
    queryFn: ({ signal }) => api.get<TaxRanking>(`/api/enterprises/tax/${year}`, undefined, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDemands(f: DemandFilter, enabled = true) {
  return useQuery({
    queryKey: [...entKey, 'demands', f],
    queryFn: ({ signal }) => api.get<DemandList>('/api/demands', f as unknown as Query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDemand(id: number) {
  return useQuery({
    queryKey: [...entKey, 'demand', id],
    queryFn: ({ signal }) => api.get<DemandDetail>(`/api/demands/${id}`, undefined, signal),
    enabled: id > 0,
  });
}

export function useDemandStats(year: number) {
  return useQuery({
    queryKey: [...entKey, year, 'demandStats'],
    queryFn: ({ signal }) => api.get<DemandStats>(`/api/demands/stats/${year}`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLeads() {
  return useQuery({ queryKey: [...entKey, 'leads'], queryFn: ({ signal }) => api.get<LeadList>('/api/leads', undefined, signal) });
}

export function useEvaluations() {
  return useQuery({ queryKey: [...entKey, 'evaluations'], queryFn: ({ signal }) => api.get<EvalList>('/api/evaluations', undefined, signal) });
}

export function usePolicies(industry?: string) {
  return useQuery({
    queryKey: [...entKey, 'policies', industry ?? null],
    queryFn: ({ signal }) => api.get<PolicyList>('/api/policies', { industry }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useApplications(f: { policyId?: number; enterpriseId?: number }, enabled = true) {
  return useQuery({
    queryKey: [...entKey, 'applications', f],
    queryFn: ({ signal }) => api.get<ApplicationList>('/api/policy-applications', f, signal),
    enabled,
  });
}

async function fetchRosterAll(year: number, signal: AbortSignal) {
  const size = limits.pageSizeMax;
  const first = await api.get<Roster>('/api/enterprises', { year, page: 1, pageSize: size }, signal);
  const rest = await Promise.all(
    Array.from({ length: Math.ceil(first.total / size) - 1 }, (_, i) => api.get<Roster>('/api/enterprises', { year, page: i + 2, pageSize: size }, signal)),
  );
  return [first, ...rest].flatMap((r) => r.items);
}

/** Every enterprise on the year's roster (for pickers), in pages of the API's largest size. */
function rosterAllQuery(year: number) {
  return { queryKey: [...entKey, year, 'rosterAll'], queryFn: ({ signal }: { signal: AbortSignal }) => fetchRosterAll(year, signal), staleTime: 10 * 60_000 };
}

/** {id, name} of the year's enterprises, for the lead and application forms. */
export function useEnterpriseNames(year: number, enabled = true) {
  return useQuery({ ...rosterAllQuery(year), enabled, select: (items: RosterRow[]) => items.map((e) => ({ id: e.id, name: e.name, serve: e.abilities.serve })) });
}

/**
 * The stewards named on the year's roster ({id, name}), for the steward filter and the enterprise form.
 * The API has no list of steward accounts for the division (GET /api/users needs user.read), so they are
 * read off the roster.
 */
export function useStewards(year: number, enabled = true) {
  return useQuery({
    ...rosterAllQuery(year),
    enabled,
    select: (items: RosterRow[]) => {
      const seen = new Map<number, string>();
      for (const e of items) if (e.stewardUserId && e.stewardName) seen.set(e.stewardUserId, e.stewardName);
      return [...seen.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
    },
  });
}

/**
 * The newest year with service data, for a page opened without ?year=: demand statistics are probed from
 * this year back until one has demands (the demo's year is 2023).
 */
export function useDataYear(enabled: boolean) {
  const q = useQuery({
    queryKey: [...entKey, 'dataYear'],
    queryFn: async ({ signal }) => {
      const thisYear = new Date().getFullYear();
      for (let y = thisYear; y > thisYear - 6; y--) {
        const s = await api.get<DemandStats>(`/api/demands/stats/${y}`, undefined, signal);
        if (s.overall.total > 0) return y;
      }
      return thisYear;
    },
    staleTime: 10 * 60_000,
    enabled,
  });
  return { latest: q.data ?? null, loading: enabled && q.isPending };
}
