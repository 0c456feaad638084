// The roster the URL asks for (year, filters, paging); the page's header and table share the one query.
import { limits } from '../../../../common/limits.ts';
import { enterpriseIndustries, enterpriseZones } from '../../../../common/enterprises.ts';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { useRoster } from '../api.ts';

const urlKeys = ['q', 'zone', 'industry', 'townId', 'stewardUserId', 'mine', 'unvisited', 'page', 'pageSize'] as const;

export function useRosterList(year: number, enabled = true) {
  const [params, setParams] = useUrlParams(urlKeys);
  const page = positiveInt(params.page, 1);
  const pageSize = positiveInt(params.pageSize, 20, limits.pageSizeMax);
  const roster = useRoster(
    {
      year,
      q: params.q || undefined,
      zone: (enterpriseZones as readonly string[]).includes(params.zone) ? params.zone : undefined,
      industry: (enterpriseIndustries as readonly string[]).includes(params.industry) ? params.industry : undefined,
      townId: positiveInt(params.townId, 0) || undefined,
      stewardUserId: positiveInt(params.stewardUserId, 0) || undefined,
      mine: params.mine === '1' ? 1 : undefined,
      unvisited: params.unvisited === '1' ? 1 : undefined,
      page,
      pageSize,
    },
    enabled,
  );
  return { params, setParams, page, pageSize, roster };
}
