// 疏整促: the year's implementation plan — task types with units and lead bureaus and the district totals —
// the completion matrix (town × type) against time progress, the towns' status, the monthly reports (towns
// report their own; the division approves, which locks them), and the publicity log.
import { Button, Card, Col, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { useLiveYears, useSzc, useSzcReports } from '../api.ts';
import { PublicityCard } from '../components/PublicityCard.tsx';
import { SzcReportForm } from '../components/SzcReportForm.tsx';
import { AddTypeButton, TargetsButton } from '../components/SzcPlanEditor.tsx';
import { useReviewSzc } from '../mutations.ts';
import type { SzcOverview, SzcStatus } from '../types.ts';
import '../livelihood.css';

const keys = ['year', 'period', 'status'] as const;
const statusColor: Record<SzcStatus, string> = { green: 'green', yellow: 'gold', red: 'red', none: 'default' };

export function SzcPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const years = useLiveYears();
  const year = Number(p.year) || years.data?.szcYears[0] || new Date().getFullYear();
  const q = useSzc(year, p.period || null);
  const o = q.data;
  const bar = (
    <Space wrap>
      <Select data-testid="szc-year" style={{ width: 110 }} value={year} onChange={(y) => setP({ year: y, period: null })} options={(years.data?.szcYears ?? [year]).map((y) => ({ value: y, label: t('live.yearLabel', { year: y }) }))} />
      <Select data-testid="szc-asof" style={{ width: 130 }} value={o?.period} onChange={(v) => setP({ period: v })} options={Array.from({ length: 12 }, (_, k) => `${year}-${String(k + 1).padStart(2, '0')}`).map((m) => ({ value: m, label: t('live.szc.asOf', { period: m }) }))} />
      <Select style={{ width: 140 }} allowClear placeholder={t('live.szc.statusFilter')} value={p.status || undefined} onChange={(v) => setP({ status: v })} options={(['red', 'yellow', 'green'] as const).map((s) => ({ value: s, label: t(`live.szc.status.${s}`) }))} />
    </Space>
  );
  return (
    <ModulePage title={t('live.szc.title', { year })} testId="szc-page" bar={bar} error={q.error} loading={q.isPending} onRetry={() => void q.refetch()}>
      {o && (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}><Card size="small"><Statistic title={t('live.szc.timePct')} value={o.timePct} suffix="%" /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title={t('live.szc.types')} value={o.types.length} /></Card></Col>
            <Col xs={12} md={6}><Card size="small" data-testid="szc-behind"><Statistic title={t('live.szc.behind')} value={o.towns.filter((w) => w.status === 'red').length} valueStyle={{ color: '#cf1322' }} /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title={t('live.szc.publicity')} value={o.publicity.length} suffix={t('live.szc.pieces')} /></Card></Col>
          </Row>
          <TypesTable o={o} />
          <Matrix o={o} status={p.status as SzcStatus | ''} />
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={16}><ReportsCard o={o} /></Col>
            <Col xs={24} xl={8}>{o.abilities.report && <SzcReportForm o={o} />}</Col>
          </Row>
          <PublicityCard o={o} />
        </Space>
      )}
    </ModulePage>
  );
}

function TypesTable({ o }: { o: SzcOverview }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('live.szc.plan')} extra={o.abilities.write && <AddTypeButton year={o.year} />}>
      <Table size="small" rowKey="id" pagination={false} dataSource={o.types} data-testid="szc-types" scroll={{ x: 'max-content' }}
        columns={[
          { title: t('live.szc.group'), dataIndex: 'groupName', width: 70 },
          { title: t('live.szc.type'), dataIndex: 'name' },
          { title: t('live.col.unit'), dataIndex: 'unit', width: 80 },
          { title: t('live.szc.lead'), dataIndex: 'leadUnitName', width: 200 },
          { title: t('live.szc.target'), dataIndex: 'target', width: 100, align: 'right', render: (v: number) => Math.round(v * 100) / 100 },
          { title: t('live.szc.actual'), dataIndex: 'actual', width: 100, align: 'right' },
          { title: t('live.szc.pct'), dataIndex: 'pct', width: 100, align: 'right', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
          ...(o.abilities.write ? [{ title: t('live.szc.townTargets'), key: 'edit', width: 110, render: (_: unknown, ty: { id: number }) => <TargetsButton o={o} typeId={ty.id} /> }] : []),
        ]} />
    </Card>
  );
}

function Matrix({ o, status }: { o: SzcOverview; status: SzcStatus | '' }) {
  const { t } = useTranslation();
  const rows = o.towns.filter((w) => !status || w.status === status);
  const cellClass = (pct: number | null) => (pct === null ? '' : pct >= o.timePct ? 'green' : pct >= o.timePct - 10 ? 'yellow' : 'red');
  return (
    <Card size="small" title={t('live.szc.matrix', { period: o.period, time: o.timePct })}>
      <Table size="small" rowKey="id" pagination={false} dataSource={rows} data-testid="szc-matrix" scroll={{ x: 300 + o.types.length * 110 }}
        columns={[
          { title: t('live.col.town'), dataIndex: 'name', fixed: 'left', width: 130 },
          { title: t('live.szc.completion'), dataIndex: 'completion', width: 100, align: 'right', render: (v: number | null, w) => <Tag color={statusColor[w.status]} data-testid={`szc-status-${w.code}`}>{v === null ? '—' : `${v}%`}</Tag> },
          ...o.types.map((ty) => ({
            title: <span title={ty.unit}>{ty.name.replace(/[“”"]/g, '').slice(0, 6)}</span>, key: `t${ty.id}`, width: 110,
            render: (_: unknown, w: { id: number }) => {
              const c = o.cells.find((x) => x.typeId === ty.id && x.townId === w.id);
              return c ? <span className={`live-cell ${cellClass(c.pct)}`} title={`${c.actual} / ${c.target} ${ty.unit}`}>{c.pct === null ? '—' : `${c.pct}%`}</span> : <span style={{ color: '#bfbfbf' }}>—</span>;
            },
          })),
        ]} />
    </Card>
  );
}

function ReportsCard({ o }: { o: SzcOverview }) {
  const { t } = useTranslation();
  const [state, setState] = useState<string | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const q = useSzcReports(o.year, { period: o.period, state });
  const review = useReviewSzc();
  return (
    <Card size="small" title={t('live.szc.reports', { period: o.period })} data-testid="szc-reports"
      extra={<Space>
        <Select size="small" style={{ width: 110 }} allowClear placeholder={t('live.col.state')} value={state} onChange={setState} options={(['submitted', 'approved', 'returned'] as const).map((s) => ({ value: s, label: t(`live.state.${s}`) }))} />
        {o.abilities.review && <Button size="small" type="primary" disabled={!selected.length} loading={review.isPending} data-testid="szc-approve" onClick={() => review.mutate({ ids: selected, action: 'approve' }, { onSuccess: () => setSelected([]) })}>{t('live.data.approve', { count: selected.length })}</Button>}
      </Space>}>
      <Table size="small" rowKey="id" loading={q.isPending} dataSource={q.data?.items ?? []} pagination={{ pageSize: 8, size: 'small' }}
        rowSelection={o.abilities.review ? { selectedRowKeys: selected, onChange: (k) => setSelected(k as number[]), getCheckboxProps: (r) => ({ disabled: r.state !== 'submitted' }) } : undefined}
        columns={[
          { title: t('live.col.town'), dataIndex: 'townName', width: 120 },
          { title: t('live.szc.type'), dataIndex: 'typeName' },
          { title: t('live.szc.month'), dataIndex: 'period', width: 90 },
          { title: t('live.szc.actual'), dataIndex: 'cumActual', width: 110, align: 'right', render: (v: number, r) => `${v} ${r.unit}` },
          { title: t('live.col.state'), dataIndex: 'state', width: 90, render: (v: string) => <Tag color={v === 'approved' ? 'green' : v === 'returned' ? 'red' : 'blue'}>{t(`live.state.${v}`)}</Tag> },
        ]} />
    </Card>
  );
}
