// 报告中心: the reports one may generate (latest period, generate, subscribe) and every generated version,
// filtered by type through ?type= (the link a subscription's notification carries), paged.
import { FileExcelOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isPeriod, periodLabel } from '../../../../common/periods.ts';
import { useShortLang } from '../../../i18n/index.ts';
import { DateText } from '../../../components/DateText.tsx';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { reportPaths, useReportTypes, useReportVersions } from '../api.ts';
import { useBilingual } from '../components/bilingual.ts';
import { ReportTypesTable } from '../components/ReportTypesTable.tsx';
import type { ReportVersion } from '../types.ts';

const keys = ['type', 'page', 'pageSize'] as const;

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function ReportsPage() {
  const { t } = useTranslation();
  const lang = useShortLang();
  const pick = useBilingual();
  const [params, setParams] = useUrlParams(keys);
  const page = positiveInt(params.page, 1);
  const pageSize = positiveInt(params.pageSize, 20, 100);
  const types = useReportTypes();
  const versions = useReportVersions({ type: params.type, page, pageSize });
  const items = types.data?.items ?? [];
  return (
    <ModulePage title={t('cockpit.reports.title')} testId="reports-page" error={types.error} loading={types.isPending} onRetry={() => void types.refetch()}>
      {items.length === 0 ? (
        <Empty description={t('cockpit.reports.noTypes')} />
      ) : (
        <Flex vertical gap={16}>
          <Card size="small" title={t('cockpit.reports.types')}>
            <ReportTypesTable types={items} onPick={(type) => setParams({ type })} />
          </Card>
          <Card
            size="small"
            title={t('cockpit.reports.versions')}
            extra={
              <Select
                style={{ minWidth: 240 }}
                value={params.type || ''}
                onChange={(v: string) => setParams({ type: v || null })}
                options={[{ value: '', label: t('cockpit.reports.allTypes') }, ...items.map((x) => ({ value: x.type, label: pick(x.label) }))]}
                aria-label={t('cockpit.reports.filterType')}
                data-testid="report-filter-type"
              />
            }
          >
            <Table<ReportVersion>
              data-testid="report-versions"
              rowKey="id"
              size="middle"
              loading={versions.isFetching}
              dataSource={versions.data?.items ?? []}
              scroll={{ x: 'max-content' }}
              onRow={(r) => ({ 'data-testid': `report-version-${r.id}`, 'data-seq': r.seq, 'data-type': r.type }) as React.HTMLAttributes<HTMLElement>}
              pagination={{
                current: page,
                pageSize,
                total: versions.data?.total ?? 0,
                showSizeChanger: true,
                pageSizeOptions: [10, 20, 50, 100],
                showTotal: (n) => t('common.total', { count: n }),
                onChange: (p, s) => setParams({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s }),
              }}
              columns={[
                { title: t('cockpit.reports.col.title'), key: 'title', render: (_, r) => r.title || pick(r.label) },
                // 2023年9月 rather than 2023-09; a record's document keeps its own label.
                { title: t('cockpit.reports.col.period'), dataIndex: 'period', render: (v: string) => (isPeriod(v) ? periodLabel(v, lang) : v) },
                { title: t('cockpit.reports.col.seq'), dataIndex: 'seq', render: (v: number) => <Tag color="blue">{t('cockpit.reports.seq', { seq: v })}</Tag> },
                {
                  title: t('cockpit.reports.col.trigger'),
                  dataIndex: 'trigger',
                  render: (v: ReportVersion['trigger']) => <Tag color={v === 'schedule' ? 'purple' : undefined}>{t(`cockpit.reports.trigger.${v}`)}</Tag>,
                },
                { title: t('cockpit.reports.col.by'), key: 'by', render: (_, r) => r.createdByName ?? <Typography.Text type="secondary">{t('cockpit.reports.system')}</Typography.Text> },
                { title: t('cockpit.reports.col.at'), dataIndex: 'createdAt', render: (v: string) => <DateText value={v} time /> },
                { title: t('cockpit.reports.col.size'), dataIndex: 'size', align: 'right', render: (v: number) => size(v) },
                {
                  title: t('cockpit.reports.col.download'),
                  key: 'download',
                  render: (_, r) => (
                    <DownloadButton
                      path={reportPaths.download(r.id)}
                      fileName={r.filename}
                      testId={`report-download-${r.id}`}
                      icon={r.filename.endsWith('.xlsx') ? <FileExcelOutlined /> : undefined}
                    >
                      {t('cockpit.reports.download')}
                    </DownloadButton>
                  ),
                },
              ]}
            />
          </Card>
        </Flex>
      )}
    </ModulePage>
  );
}
