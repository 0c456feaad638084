// 审计日志: filtered, paged audit events (filters in the URL), before / after per row, chain check.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../common/limits.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { useAudit, useVerifyAudit } from '../api.ts';
import { AuditFilters } from '../components/AuditFilters.tsx';
import { AuditTable } from '../components/AuditTable.tsx';
import { VerifyChainButton, VerifyResult } from '../components/VerifyChain.tsx';

const urlKeys = ['q', 'action', 'actorId', 'entityType', 'result', 'from', 'to', 'page', 'pageSize'] as const;

export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useUrlParams(urlKeys);
  const page = positiveInt(params.page, 1);
  const pageSize = positiveInt(params.pageSize, 20, limits.pageSizeMax);
  const actorId = positiveInt(params.actorId, 0);
  const audit = useAudit({
    q: params.q || undefined,
    action: params.action || undefined,
    actorId: actorId || undefined,
    entityType: params.entityType || undefined,
    result: params.result === 'success' || params.result === 'failure' ? params.result : undefined,
    from: params.from || undefined,
    to: params.to || undefined,
    page,
    pageSize,
  });
  const verify = useVerifyAudit();

  return (
    <div className="tc-page">
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={<VerifyChainButton loading={verify.isPending} onClick={() => verify.mutate()} />}
      />
      <VerifyResult result={verify.data} onClose={() => verify.reset()} />
      <AuditFilters values={params} rows={audit.data?.items ?? []} onChange={setParams} />
      {audit.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={<ErrorMessage error={audit.error} />}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void audit.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      <AuditTable
        items={audit.data?.items ?? []}
        total={audit.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={audit.isFetching}
        onPage={(p, s) => setParams({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s })}
        onActor={(id) => setParams({ actorId: id })}
      />
    </div>
  );
}
