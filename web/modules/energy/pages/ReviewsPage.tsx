// 节能审查: the cases with project, applicant, annual consumption (当量值/等价值), electricity, level, stage
// and deadline (overdue flagged), filtered by stage, overdue, or over the threshold without approval;
// division staff register an application in a drawer.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { reviewStages, type ReviewStage } from '../../../../common/energy.ts';
import { DateText } from '../../../components/DateText.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { useReviews } from '../api.ts';
import { ReviewDrawer } from '../components/ReviewDrawer.tsx';
import { fmtInt, fmtTce, StageTag } from '../components/format.tsx';
import type { Review } from '../types.ts';

const keys = ['stage', 'overdue', 'pending', 'page'] as const;

export function ReviewsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [p, setP] = useUrlParams(keys);
  const [adding, setAdding] = useState(false);
  const stage = (reviewStages as readonly string[]).includes(p.stage) ? p.stage : undefined;
  const page = positiveInt(p.page, 1);
  const list = useReviews({ stage, overdue: p.overdue === 'true', pending: p.pending === 'true', page });
  const columns: TableColumnsType<Review> = [
    { title: t('energy.col.project'), dataIndex: 'projectName', width: 180, ellipsis: true, render: (v: string, r) => <Link to={`/energy/reviews/${r.id}`} data-testid={`energy-review-link-${r.id}`}>{v}</Link> },
    { title: t('energy.col.applicant'), dataIndex: 'applicant', width: 160, ellipsis: true },
    { title: t('energy.col.town'), dataIndex: 'townName', width: 75, render: (v: string | null) => v ?? '—' },
    { title: t('energy.col.submittedOn'), dataIndex: 'submittedOn', width: 120, render: (v: string) => <DateText value={v} /> },
    { title: t('energy.col.tceList'), dataIndex: 'tceDl', width: 120, align: 'right', render: (v: number, r) => <span style={{ color: r.requiresReview ? '#d46b08' : undefined }}>{fmtTce(v)}</span> },
    { title: `${t('energy.col.kwh')}（kWh）`, dataIndex: 'electricityKwh', width: 115, align: 'right', render: (v: number) => fmtInt(v) },
    { title: t('energy.col.authority'), dataIndex: 'authority', width: 90, render: (v: string) => t(`energy.authority.${v}`) },
    { title: t('energy.col.stage'), dataIndex: 'stage', width: 95, render: (v: ReviewStage) => <StageTag stage={v} /> },
    { title: t('energy.col.dueOn'), dataIndex: 'dueOn', width: 150, render: (v: string | null, r) => <Flex gap={4} align="center"><DateText value={v} />{r.overdue && <Tag color="red">{t('energy.reviews.overdueTag')}</Tag>}</Flex> },
  ];
  const bar = (
    <Flex gap={12} wrap align="center">
      <Select value={stage ?? ''} onChange={(v: string) => setP({ stage: v })} style={{ width: 140 }} data-testid="energy-stage-filter"
        options={[{ value: '', label: t('energy.reviews.allStages') }, ...reviewStages.map((s) => ({ value: s, label: t(`energy.stage.${s}`) }))]} />
      <Checkbox checked={p.overdue === 'true'} onChange={(e) => setP({ overdue: e.target.checked ? 'true' : '' })}>{t('energy.reviews.overdue')}</Checkbox>
      <Checkbox checked={p.pending === 'true'} onChange={(e) => setP({ pending: e.target.checked ? 'true' : '' })}>{t('energy.reviews.pending')}</Checkbox>
    </Flex>
  );
  return (
    <ModulePage title={t('energy.reviews.title')} testId="energy-reviews" bar={bar}
      extra={list.data?.abilities.create && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="energy-review-add">{t('energy.reviews.add')}</Button>}
      error={list.error} loading={!list.data && list.isPending} onRetry={() => void list.refetch()}>
      <Table<Review> rowKey="id" size="middle" columns={columns} dataSource={list.data?.items ?? []} loading={list.isFetching} scroll={{ x: 1100 }} data-testid="energy-review-table"
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, hideOnSinglePage: true, onChange: (n) => setP({ page: n }) }} />
      <ReviewDrawer open={adding} onClose={() => setAdding(false)} onCreated={(r) => void navigate(`/energy/reviews/${r.id}`)} />
    </ModulePage>
  );
}
