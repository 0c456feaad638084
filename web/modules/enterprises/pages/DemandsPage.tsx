// 企业诉求: the demands the user may see (units: those routed to them; stewards: their enterprises'; the
// division and leaders: all), filtered in the URL, with the overdue count and the state flow in words.
import { Alert, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { demandCategories, demandStates } from '../../../../common/enterprises.ts';
import { limits } from '../../../../common/limits.ts';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { useDemands } from '../api.ts';
import { DemandFilters } from '../components/demands/DemandFilters.tsx';
import { DemandTable } from '../components/demands/DemandTable.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';

const urlKeys = ['state', 'category', 'handlerUnitId', 'overdue', 'page', 'pageSize'] as const;

export function DemandsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useUrlParams(urlKeys);
  const page = positiveInt(params.page, 1);
  const pageSize = positiveInt(params.pageSize, 20, limits.pageSizeMax);
  const q = useDemands({
    state: (demandStates as readonly string[]).includes(params.state) ? params.state : undefined,
    category: (demandCategories as readonly string[]).includes(params.category) ? params.category : undefined,
    handlerUnitId: positiveInt(params.handlerUnitId, 0) || undefined,
    overdue: params.overdue === '1' ? 1 : undefined,
    page,
    pageSize,
  });
  return (
    <ModulePage
      title={t('ent.demand.listTitle')}
      testId="ent-demands"
      bar={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('ent.demand.flow')}
        </Typography.Text>
      }
      error={q.error}
      onRetry={() => void q.refetch()}
    >
      {!!q.data?.overdue && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <span data-testid="ent-demand-overdue-count">
              {t('ent.demand.overdueAlert', { count: q.data.overdue })} <Tag color="error">{t('ent.demand.overdue')}</Tag>
            </span>
          }
        />
      )}
      <DemandFilters values={params} onChange={setParams} />
      <DemandTable
        items={q.data?.items ?? []}
        total={q.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={q.isFetching}
        onPage={(p, s) => setParams({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s })}
      />
    </ModulePage>
  );
}
