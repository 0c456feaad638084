// 重点用能单位: each key energy user's industry, town and level, its annual consumption (tce), intensity
// (tce per 万元 output) with its three-year trend, the change on last year, and the industry benchmark —
// flagged when above it.
import { FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Table, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/Chart.tsx';
import { ApiError, isApiError } from '../../../api/errors.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ImportErrorsModal } from '../../../components/ImportErrorsModal.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { energyPaths, useKeyUsers } from '../api.ts';
import { useImportKeyUserYears } from '../mutations.ts';
import { fmtInt, fmtIntensity, fmtPct } from '../components/format.tsx';
import type { KeyUser } from '../types.ts';
import { KeyUserYearModal, NewKeyUserModal } from '../components/KeyUserModals.tsx';

const keys = ['aboveBenchmark'] as const;

export function KeyUsersPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const q = useKeyUsers(p.aboveBenchmark === 'true');
  const d = q.data;
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<KeyUser | null>(null);
  const importer = useImportKeyUserYears();
  const [rowErrors, setRowErrors] = useState<ApiError | null>(null);
  const columns: TableColumnsType<KeyUser> = [
    { title: t('energy.col.unitName'), dataIndex: 'name', width: 230, render: (v: string, r) => (d?.abilities.write ? <Typography.Link onClick={() => setEditing(r)} data-testid={`energy-ku-${r.id}`}>{v}</Typography.Link> : v) },
    { title: t('energy.col.industry'), dataIndex: 'industry', width: 100 },
    { title: t('energy.col.town'), dataIndex: 'townName', width: 90, render: (v: string | null) => v ?? '—' },
    { title: t('energy.col.level'), dataIndex: 'level', width: 50 },
    { title: `${t('energy.col.energyTce')}（tce）`, dataIndex: 'energyTce', width: 125, align: 'right', render: (v: number | null) => fmtInt(v) },
    { title: `${t('energy.col.intensity')}（tce/万元）`, dataIndex: 'intensity', width: 140, align: 'right', render: (v: number | null, r) => <span style={{ color: r.aboveBenchmark ? '#cf1322' : undefined }} data-testid={`energy-ku-intensity-${r.id}`}>{fmtIntensity(v)}</span> },
    { title: t('energy.col.benchmark'), dataIndex: 'benchmark', width: 110, align: 'right', render: (v: number | null, r) => <>{fmtIntensity(v)} {r.aboveBenchmark && <Tag color="red">{t('energy.keyUsers.aboveTag')}</Tag>}</> },
    { title: t('energy.col.drop'), dataIndex: 'dropPct', width: 90, align: 'right', render: (v: number | null) => fmtPct(v) },
    {
      title: t('energy.col.trend'), key: 'trend', width: 140,
      render: (_, r) => (
        <Chart height={40} option={{
          grid: { left: 2, right: 2, top: 4, bottom: 4 }, xAxis: { type: 'category', show: false, data: r.trend.map((x) => x.year) }, yAxis: { type: 'value', show: false, scale: true },
          tooltip: { trigger: 'axis' },
          series: [{ type: 'line', data: r.trend.map((x) => x.intensity), symbolSize: 4, lineStyle: { color: r.aboveBenchmark ? '#cf1322' : '#1677ff' }, itemStyle: { color: r.aboveBenchmark ? '#cf1322' : '#1677ff' } }],
        }} />
      ),
    },
  ];
  return (
    <ModulePage title={t('energy.keyUsers.title')} testId="energy-key-users"
      extra={d?.abilities.write && (
        <Flex gap={8} wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="energy-ku-add">{t('energy.keyUsers.add')}</Button>
          <Upload accept=".xlsx" showUploadList={false} maxCount={1} beforeUpload={(file) => { importer.mutate(file, { onError: (e) => isApiError(e, 'import.invalid_rows') && setRowErrors(e) }); return false; }}>
            <Button icon={<UploadOutlined />} loading={importer.isPending} data-testid="energy-ku-import">{t('energy.keyUsers.import')}</Button>
          </Upload>
          <DownloadButton path={energyPaths.keyUserTemplate} fileName="重点用能单位年度数据导入模板.xlsx" icon={<FileExcelOutlined />} testId="energy-ku-template">{t('energy.keyUsers.template')}</DownloadButton>
        </Flex>
      )} error={q.error} loading={!d && q.isPending} onRetry={() => void q.refetch()}
      bar={<>
        <Checkbox checked={p.aboveBenchmark === 'true'} onChange={(e) => setP({ aboveBenchmark: e.target.checked ? 'true' : '' })} data-testid="energy-above-filter">{t('energy.keyUsers.above')}</Checkbox>
        {d && <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>{t('energy.keyUsers.year', { year: d.year })}</Typography.Text>}
      </>}>
      <Card size="small">
        <Table<KeyUser> rowKey="id" size="middle" columns={columns} dataSource={d?.items ?? []} pagination={false} scroll={{ x: 1070 }} data-testid="energy-key-users-table" />
      </Card>
      <NewKeyUserModal open={adding} onClose={() => setAdding(false)} />
      <KeyUserYearModal user={editing} onClose={() => setEditing(null)} />
      <ImportErrorsModal error={rowErrors} onClose={() => setRowErrors(null)} />
    </ModulePage>
  );
}
