// 数据填报: the year's indicators with this district's value — a member unit enters the values of the
// indicators it is the source of (until approved), the division reviews (approve locks, return asks again) —
// the number of the city's districts with a value, and the xlsx template and all-or-nothing import.
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../../api/errors.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ImportErrorsModal } from '../../../components/ImportErrorsModal.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { livePaths, useValues } from '../api.ts';
import { useDefaultYear, YearSelect } from '../components/YearSelect.tsx';
import { useImportValues, useReviewValues, useSaveValues } from '../mutations.ts';
import type { Indicator } from '../types.ts';

const keys = ['year', 'quarter'] as const;
const stateColor: Record<string, string> = { submitted: 'blue', approved: 'green', returned: 'red' };

export function LivelihoodDataPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const year = useDefaultYear(p.year, false);
  const quarter = Number(p.quarter) || 0;
  const q = useValues(year, quarter);
  const g = q.data;
  const save = useSaveValues();
  const review = useReviewValues();
  const importer = useImportValues(year ?? 0);
  const [edits, setEdits] = useState<Record<number, number | null>>({});
  const [selected, setSelected] = useState<number[]>([]);
  const [reason, setReason] = useState('');
  const [rowErrors, setRowErrors] = useState<ApiError | null>(null);
  const own = (i: Indicator) => g?.values.find((v) => v.indicatorId === i.id && v.district === g.self);
  const peers = (i: Indicator) => new Set(g?.values.filter((v) => v.indicatorId === i.id && v.state === 'approved').map((v) => v.district)).size;
  // Each edited cell carries the version it showed: a value changed meanwhile by someone else is not overwritten (409).
  const changed = Object.entries(edits).filter(([, v]) => v !== null).map(([id, value]) => ({
    indicatorId: Number(id), district: g?.self ?? 'HR', value: value as number,
    version: g?.values.find((v) => v.indicatorId === Number(id) && v.district === g.self)?.version ?? 0,
  }));
  const extra = year && (
    <Space wrap>
      {g?.abilities.report && (
        <Upload accept=".xlsx" showUploadList={false} maxCount={1} beforeUpload={(file) => { importer.mutate(file, { onError: (e) => isApiError(e, 'import.invalid_rows') && setRowErrors(e) }); return false; }}>
          <Button icon={<UploadOutlined />} loading={importer.isPending} data-testid="live-import">{t('import.import')}</Button>
        </Upload>
      )}
      <DownloadButton path={livePaths.template} fileName="七有五性指标数据导入模板.xlsx" icon={<FileExcelOutlined />} testId="live-template">{t('import.template')}</DownloadButton>
    </Space>
  );
  return (
    <ModulePage title={t('live.data.title')} testId="live-data" bar={<Space><YearSelect value={year} onChange={(y) => { setP({ year: y }); setEdits({}); }} /><Select data-testid="live-quarter" style={{ width: 120 }} value={quarter} onChange={(v) => { setP({ quarter: v || null }); setEdits({}); }} options={[0, 1, 2, 3, 4].map((v) => ({ value: v, label: v ? t('live.pop.quarterN', { quarter: v }) : t('live.data.annual') }))} /></Space>} extra={extra} error={q.error} loading={q.isPending && !!year} onRetry={() => void q.refetch()}>
      {g && (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {quarter > 0 && <Tag color="blue">{t('live.data.quarterNote')}</Tag>}
          <Space wrap>
            {g.abilities.report && (
              <Button type="primary" data-testid="live-save-values" disabled={!changed.length} loading={save.isPending} onClick={() => save.mutate({ year: year!, quarter, items: changed }, { onSuccess: () => setEdits({}) })}>
                {t('live.data.save', { count: changed.length })}
              </Button>
            )}
            {g.abilities.review && (
              <>
                <Input style={{ width: 240 }} placeholder={t('live.data.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
                <Button data-testid="live-approve" disabled={!selected.length} onClick={() => review.mutate({ ids: selected, action: 'approve' }, { onSuccess: () => setSelected([]) })}>{t('live.data.approve', { count: selected.length })}</Button>
                <Button danger disabled={!selected.length} onClick={() => review.mutate({ ids: selected, action: 'return', reason }, { onSuccess: () => setSelected([]) })}>{t('live.data.return')}</Button>
                <Tag color={g.pending ? 'blue' : 'default'}>{t('live.data.pending', { count: g.pending })}</Tag>
              </>
            )}
          </Space>
          <Table<Indicator> size="small" rowKey="id" pagination={false} dataSource={g.indicators} data-testid="live-values-table" scroll={{ x: 1000 }}
            rowSelection={g.abilities.review ? { selectedRowKeys: selected.map((id) => g.values.find((v) => v.id === id)?.indicatorId ?? 0), getCheckboxProps: (i) => ({ disabled: own(i)?.state !== 'submitted' }), onChange: (_, rows) => setSelected(rows.map((i) => own(i)!.id)) } : undefined}
            columns={[
              { title: t('live.col.code'), dataIndex: 'code', width: 70 },
              { title: t('live.col.indicator'), dataIndex: 'name' },
              { title: t('live.col.unit'), dataIndex: 'unit', width: 80 },
              { title: t('live.col.direction'), dataIndex: 'direction', width: 70, render: (v: string) => t(`live.direction.${v}`) },
              { title: t('live.col.source'), dataIndex: 'sourceUnitName', width: 180 },
              {
                title: t('live.data.selfValue'), key: 'v', width: 150, render: (_: unknown, i) => {
                  const v = own(i);
                  const editable = i.canReport && (v?.state !== 'approved' || g.abilities.review);
                  return editable ? <InputNumber size="small" style={{ width: 130 }} data-testid={`live-value-${i.code}`} min={i.minValid ?? undefined} max={i.maxValid ?? undefined} value={edits[i.id] ?? v?.value ?? null} onChange={(x) => setEdits({ ...edits, [i.id]: x === null ? null : Number(x) })} /> : (v?.value ?? '—');
                },
              },
              { title: t('live.col.state'), key: 's', width: 100, render: (_: unknown, i) => { const v = own(i); return v ? <Tag color={stateColor[v.state]} title={v.reviewNote}>{t(`live.state.${v.state}`)}</Tag> : <Tag>{t('live.state.none')}</Tag>; } },
              { title: t('live.data.districts'), key: 'n', width: 110, align: 'right', render: (_: unknown, i) => `${peers(i)} / ${g.districts.length}` },
            ]} />
        </Space>
      )}
      <ImportErrorsModal error={rowErrors} onClose={() => setRowErrors(null)} />
    </ModulePage>
  );
}
