// 人口调控: the district's resident-population cap and its split into town caps, the towns' quarterly
// resident figures (towns report their own; the division approves, which locks them), the gap to each cap
// and the schematic tile map coloured by status.
import { Alert, Button, Card, Col, Form, InputNumber, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session.ts';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { useLiveYears, usePopulation } from '../api.ts';
import { PopSplitEditor } from '../components/PopSplitEditor.tsx';
import { TownTiles } from '../components/TownTiles.tsx';
import { useReviewPop, useSavePopFigure } from '../mutations.ts';
import type { Population, PopStatus, PopTown } from '../types.ts';
import '../livelihood.css';

const keys = ['year', 'status'] as const;
const color: Record<PopStatus, string> = { over: 'red', near: 'gold', ok: 'green', none: 'default' };
const tenK = (v: number | null) => (v === null ? '—' : (v / 10_000).toFixed(2));

export function PopulationPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const years = useLiveYears();
  const year = Number(p.year) || years.data?.populationYears[0] || new Date().getFullYear();
  const q = usePopulation(year);
  const o = q.data;
  const review = useReviewPop();
  const [selected, setSelected] = useState<number[]>([]);
  const rows = (o?.towns ?? []).filter((w) => !p.status || w.status === p.status);
  const pendingIds = (w: PopTown) => w.figures.filter((f) => f?.state === 'submitted').map((f) => f!.id);
  const bar = (
    <Space wrap>
      <Select data-testid="pop-year" style={{ width: 110 }} value={year} onChange={(y) => setP({ year: y })} options={(years.data?.populationYears ?? [year]).map((y) => ({ value: y, label: t('live.yearLabel', { year: y }) }))} />
      <Select style={{ width: 140 }} allowClear placeholder={t('live.szc.statusFilter')} value={p.status || undefined} onChange={(v) => setP({ status: v })} options={(['over', 'near', 'ok'] as const).map((s) => ({ value: s, label: t(`live.pop.status.${s}`) }))} />
    </Space>
  );
  return (
    <ModulePage title={t('live.pop.title', { year })} testId="pop-page" bar={bar} error={q.error} loading={q.isPending} onRetry={() => void q.refetch()}>
      {o && (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}><Card size="small"><Statistic title={t('live.pop.districtCap10k')} value={o.plan ? tenK(o.plan.districtCap) : '—'} /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title={t('live.pop.latest10k', { quarter: o.quarter })} value={tenK(o.districtLatest)} /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title={t('live.pop.gap')} value={o.districtGap ?? '—'} valueStyle={{ color: (o.districtGap ?? 0) > 0 ? '#cf1322' : '#389e0d' }} /></Card></Col>
            <Col xs={12} md={6}><Card size="small" data-testid="pop-over"><Statistic title={t('live.pop.overTowns')} value={o.towns.filter((w) => w.status === 'over').length} valueStyle={{ color: '#cf1322' }} /></Card></Col>
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={12}><TownTiles towns={o.towns} quarter={o.quarter} /></Col>
            <Col xs={24} xl={12}>{o.abilities.report && <FigureForm o={o} />}</Col>
          </Row>
          <Card size="small" title={t('live.pop.table')} extra={o.abilities.review && <Button size="small" type="primary" disabled={!selected.length} loading={review.isPending} data-testid="pop-approve" onClick={() => review.mutate({ ids: selected, action: 'approve' }, { onSuccess: () => setSelected([]) })}>{t('live.data.approve', { count: selected.length })}</Button>}>
            <Table<PopTown> size="small" rowKey="id" pagination={false} dataSource={rows} data-testid="pop-table" scroll={{ x: 900 }}
              rowSelection={o.abilities.review ? { selectedRowKeys: o.towns.filter((w) => pendingIds(w).some((id) => selected.includes(id))).map((w) => w.id), getCheckboxProps: (w) => ({ disabled: !pendingIds(w).length }), onChange: (_, ws) => setSelected(ws.flatMap(pendingIds)) } : undefined}
              columns={[
                { title: t('live.col.town'), dataIndex: 'name', width: 140 },
                { title: t('live.pop.cap'), dataIndex: 'cap', width: 100, align: 'right', render: (v: number | null) => v?.toLocaleString() ?? '—' },
                ...[1, 2, 3, 4].map((qq) => ({ title: t('live.pop.quarterN', { quarter: qq }), key: `q${qq}`, width: 110, align: 'right' as const, render: (_: unknown, w: PopTown) => { const f = w.figures[qq - 1]; return f ? <span title={t(`live.state.${f.state}`)} style={{ color: f.state === 'submitted' ? '#1677ff' : undefined }}>{f.value.toLocaleString()}</span> : '—'; } })),
                { title: t('live.pop.gapCol'), dataIndex: 'gap', width: 100, align: 'right', render: (v: number | null) => v === null ? '—' : <span style={{ color: v > 0 ? '#cf1322' : undefined }}>{v > 0 ? `+${v.toLocaleString()}` : v.toLocaleString()}</span> },
                { title: t('live.col.state'), dataIndex: 'status', width: 100, render: (v: PopStatus) => <Tag color={color[v]}>{t(`live.pop.status.${v}`)}</Tag> },
              ]} />
          </Card>
          {o.abilities.write && <PopSplitEditor o={o} />}
        </Space>
      )}
    </ModulePage>
  );
}

function FigureForm({ o }: { o: Population }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const save = useSavePopFigure();
  const myTown = o.towns.find((w) => w.id === me.orgId);
  const [form] = Form.useForm<{ townId: number; quarter: number; value: number; source: string }>();
  const townId = Form.useWatch('townId', form);
  const quarter = Form.useWatch('quarter', form);
  // The quarter's figure already reported, if any: shown, and its version sent, so a stale copy cannot overwrite it.
  const existing = o.towns.find((w) => w.id === townId)?.figures[(quarter ?? 0) - 1] ?? null;
  return (
    <Card size="small" title={t('live.pop.report')} data-testid="pop-form">
      <Form form={form} layout="vertical" initialValues={{ townId: myTown?.id, quarter: Math.min(4, Math.max(1, o.quarter + 1)), source: '统计年度推算' }}
        onFinish={(v) => save.mutate({ year: o.year, quarter: v.quarter, townId: v.townId, value: v.value, source: v.source, version: existing?.version ?? 0 })}>
        <Form.Item name="townId" label={t('live.col.town')} rules={[{ required: true }]}><Select disabled={!!myTown} options={o.towns.map((w) => ({ value: w.id, label: w.name }))} /></Form.Item>
        <Space wrap>
          <Form.Item name="quarter" label={t('live.pop.quarter')} rules={[{ required: true }]}><Select style={{ width: 110 }} options={[1, 2, 3, 4].map((qq) => ({ value: qq, label: t('live.pop.quarterN', { quarter: qq }) }))} /></Form.Item>
          <Form.Item name="value" label={t('live.pop.residents')} rules={[{ required: true }, { type: 'number', min: 0 }]}><InputNumber data-testid="pop-value" precision={0} style={{ width: 160 }} /></Form.Item>
          <Form.Item name="source" label={t('live.pop.source')} rules={[{ required: true }]}><Select style={{ width: 150 }} options={['统计年度推算', '公安实有人口', '普查'].map((s) => ({ value: s, label: s }))} /></Form.Item>
        </Space>
        {existing && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="pop-existing"
            title={t('live.pop.existing', { value: existing.value.toLocaleString(), state: t(`live.state.${existing.state}`) })} />
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="pop-submit">{t('live.pop.submit')}</Button>
      </Form>
    </Card>
  );
}
