// 问题台账: every problem in the user's scope with counts by status, filters and paging in the URL,
// overdue flags; raise a problem when the list's abilities allow.
import { AlertOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { limits } from '../../../../common/limits.ts';
import { problemStatuses, problemTypes } from '../../../../common/projects.ts';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { useProblems } from '../api.ts';
import { ProblemFormModal } from '../components/problems/ProblemFormModal.tsx';
import { ProblemFilters, ProblemTable } from '../components/problems/ProblemTable.tsx';
import { ProjPage } from '../components/ProjPage.tsx';

const urlKeys = ['status', 'type', 'ownerUnitId', 'overdue', 'refId', 'page', 'pageSize'] as const;

export function ProblemsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useUrlParams(urlKeys);
  const [raising, setRaising] = useState(false);
  const page = positiveInt(params.page, 1);
  const pageSize = positiveInt(params.pageSize, 20, limits.pageSizeMax);
  const status = (problemStatuses as readonly string[]).includes(params.status) ? params.status : undefined;
  const base = {
    type: (problemTypes as readonly string[]).includes(params.type) ? params.type : undefined,
    ownerUnitId: positiveInt(params.ownerUnitId, 0) || undefined,
    refId: positiveInt(params.refId, 0) || undefined,
    overdue: params.overdue === '1' ? ('1' as const) : undefined,
  };
  const list = useProblems({ ...base, status, page, pageSize });
  // The counts by status answer the other filters only, so picking a status keeps the others' counts.
  const all = useProblems({ ...base, page: 1, pageSize: 1 }, !!status);
  return (
    <ProjPage
      title={t('proj.problem.ledgerTitle')}
      testId="problems-page"
      extra={list.data?.abilities.raise && <Button type="primary" icon={<AlertOutlined />} onClick={() => setRaising(true)} data-testid="problem-raise">{t('proj.problem.raise')}</Button>}
      error={list.error}
      loading={!list.data && list.isPending}
      onRetry={() => void list.refetch()}
    >
      <ProblemFilters data={list.data} counts={(status ? all.data : list.data)?.counts} values={params} onChange={setParams} />
      <ProblemTable rows={list.data?.items ?? []} total={list.data?.total ?? 0} page={page} pageSize={pageSize} loading={list.isFetching} onPage={(p, s) => setParams({ page: p, pageSize: s })} />
      <ProblemFormModal open={raising} onClose={() => setRaising(false)} onRaised={(p) => void navigate(`/problems/${p.id}`)} />
    </ProjPage>
  );
}
