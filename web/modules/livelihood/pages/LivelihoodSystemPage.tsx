// 指标体系: the year's twelve dimensions and their indicators (unit, direction, source member unit, valid
// range), the method (normalisation, aggregation) and the weights of both levels, edited with the sum check:
// the dimensions' weights, and each dimension's indicators, must sum to 1.
import { Alert, Button, Card, Empty, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { isApiError } from '../../../api/errors.ts';
import { useLiveYears, useSystem } from '../api.ts';
import { useDefaultYear, YearSelect } from '../components/YearSelect.tsx';
import { AddIndicatorButton } from '../components/AddIndicatorButton.tsx';
import { useCreateSystem, useSaveWeights } from '../mutations.ts';
import type { Aggregation, Dimension, Normalisation } from '../types.ts';

const keys = ['year'] as const;
const near1 = (s: number) => Math.abs(s - 1) <= 1e-6;
const fmt = (s: number) => Math.round(s * 10000) / 10000;

export function LivelihoodSystemPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const year = useDefaultYear(p.year, false);
  const q = useSystem(year);
  const years = useLiveYears();
  const s = q.data;
  const save = useSaveWeights(year ?? 0);
  const create = useCreateSystem();
  const [dw, setDw] = useState<Record<number, number>>({});
  const [iw, setIw] = useState<Record<number, number>>({});
  const [norm, setNorm] = useState<Normalisation>('minmax');
  const [agg, setAgg] = useState<Aggregation>('arithmetic');
  useEffect(() => {
    if (!s) return;
    setDw(Object.fromEntries(s.dimensions.map((d) => [d.id, d.weight])));
    setIw(Object.fromEntries(s.indicators.map((i) => [i.id, i.weight])));
    setNorm(s.normalisation);
    setAgg(s.aggregation);
  }, [s]);
  const sums = useMemo(() => {
    const byDim = new Map<number, number>();
    for (const i of s?.indicators ?? []) byDim.set(i.dimensionId, (byDim.get(i.dimensionId) ?? 0) + (iw[i.id] ?? 0));
    return { total: (s?.dimensions ?? []).reduce((a, d) => a + (dw[d.id] ?? 0), 0), byDim };
  }, [s, dw, iw]);
  const dimOk = (d: Dimension) => ((dw[d.id] ?? 0) === 0 && !(s?.indicators ?? []).some((i) => i.dimensionId === d.id)) || near1(sums.byDim.get(d.id) ?? 0);
  const valid = !!s && near1(sums.total) && s.dimensions.every(dimOk);
  const write = !!s?.abilities.write;
  const nextYear = (years.data?.items[0]?.year ?? new Date().getFullYear()) + 1;
  const extra = write && (
    <Button data-testid="live-new-system" loading={create.isPending} onClick={() => create.mutate({ year: nextYear, copyFrom: years.data?.items[0]?.year ?? null }, { onSuccess: () => setP({ year: nextYear }) })}>
      {t('live.system.create', { year: nextYear })}
    </Button>
  );
  return (
    <ModulePage title={t('live.system.title')} testId="live-system" bar={<YearSelect value={year} onChange={(y) => setP({ year: y })} />} extra={extra} error={q.error} loading={q.isPending && !!year} onRetry={() => void q.refetch()}>
      {!s ? <Empty /> : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Card size="small">
            <Space wrap size={16}>
              <span>{t('live.method.normalisation')}：<Select style={{ width: 220 }} disabled={!write} value={norm} onChange={setNorm} options={(['minmax', 'zscore', 'target'] as const).map((v) => ({ value: v, label: t(`live.norm.${v}`) }))} /></span>
              <span>{t('live.method.aggregation')}：<Select style={{ width: 160 }} disabled={!write} value={agg} onChange={setAgg} options={(['arithmetic', 'geometric'] as const).map((v) => ({ value: v, label: t(`live.agg.${v}`) }))} /></span>
              <span data-testid="live-dim-sum">{t('live.system.dimSum')}：<Tag color={near1(sums.total) ? 'green' : 'red'}>{fmt(sums.total)}</Tag></span>
              {write && <AddIndicatorButton s={s} />}
              {write && (
                <Button type="primary" data-testid="live-save-weights" disabled={!valid} loading={save.isPending}
                  onClick={() => save.mutate({ normalisation: norm, aggregation: agg, version: s.version, dimensions: s.dimensions.map((d) => ({ id: d.id, weight: dw[d.id] ?? 0 })), indicators: s.indicators.map((i) => ({ id: i.id, weight: iw[i.id] ?? 0 })) })}>
                  {t('live.system.save')}
                </Button>
              )}
            </Space>
            {!valid && <Alert style={{ marginTop: 8 }} type="warning" showIcon title={t('live.system.sumRule')} data-testid="live-sum-warning" />}
            {save.error && isApiError(save.error, 'live.weights_sum') ? <Alert style={{ marginTop: 8 }} type="error" showIcon title={<ErrorMessage error={save.error} />} /> : null}
          </Card>
          <Table<Dimension> size="small" rowKey="id" pagination={false} dataSource={s.dimensions} data-testid="live-system-table"
            expandable={{ defaultExpandAllRows: true, expandedRowRender: (d) => (
              <Table size="small" rowKey="id" pagination={false} dataSource={s.indicators.filter((i) => i.dimensionId === d.id)}
                columns={[
                  { title: t('live.col.code'), dataIndex: 'code', width: 70 },
                  { title: t('live.col.indicator'), dataIndex: 'name' },
                  { title: t('live.col.unit'), dataIndex: 'unit', width: 80 },
                  { title: t('live.col.direction'), dataIndex: 'direction', width: 80, render: (v: string) => <Tag color={v === 'up' ? 'blue' : 'orange'}>{t(`live.direction.${v}`)}</Tag> },
                  { title: t('live.col.source'), dataIndex: 'sourceUnitName', width: 190 },
                  { title: t('live.col.range'), key: 'r', width: 110, render: (_: unknown, i) => `${i.minValid ?? '−∞'} ~ ${i.maxValid ?? '+∞'}` },
                  { title: t('live.col.weight'), key: 'w', width: 110, render: (_: unknown, i) => <InputNumber size="small" min={0} max={1} step={0.05} disabled={!write} value={iw[i.id]} data-testid={`live-w-${i.code}`} onChange={(v) => setIw({ ...iw, [i.id]: Number(v ?? 0) })} /> },
                ]} />
            ) }}
            columns={[
              { title: t('live.col.group'), dataIndex: 'groupName', width: 70 },
              { title: t('live.col.dimension'), dataIndex: 'name', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
              { title: t('live.col.weight'), key: 'w', width: 120, render: (_: unknown, d) => <InputNumber size="small" min={0} max={1} step={0.01} disabled={!write} value={dw[d.id]} data-testid={`live-dw-${d.code}`} onChange={(v) => setDw({ ...dw, [d.id]: Number(v ?? 0) })} /> },
              { title: t('live.system.indSum'), key: 's', width: 130, render: (_: unknown, d) => <Tag color={dimOk(d) ? 'green' : 'red'} data-testid={`live-sum-${d.code}`}>{fmt(sums.byDim.get(d.id) ?? 0)}</Tag> },
            ]} />
        </Space>
      )}
    </ModulePage>
  );
}
