// 督办管理: every supervision notice of the year (state filter in the URL, overdue highlighted),
// the rule-based sweep (按规则自动督办) for reviewers, and the monthly 督办通报 as .docx.
import { FileWordOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Popconfirm, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../common/limits.ts';
import { monthsOfYear, comparePeriods, periodLabel, periodOf } from '../../../../common/periods.ts';
import { api } from '../../../api/client.ts';
import { hasAll, useCurrentUser } from '../../../app/session.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useNotify } from '../../../components/useNotify.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { useShortLang } from '../../../i18n/index.ts';
import { planPaths, useNotices } from '../api.ts';
import { PlanGate } from '../components/PlanGate.tsx';
import { NoticeTable } from '../components/supervision/NoticeTable.tsx';
import { useSweep } from '../mutations.ts';
import type { NoticeState, PlanStructure } from '../types.ts';

const urlKeys = ['state', 'page', 'pageSize'] as const;
const states: NoticeState[] = ['open', 'replied', 'escalated', 'closed'];

export function SupervisionPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <PlanGate
      title={t('plan.supervision.title')}
      testId="plan-supervision"
      extra={(plan) => (
        <>
          {hasAll(me, ['plan.review']) && <SweepButton year={plan.year} />}
          <MonthlyReport plan={plan} />
        </>
      )}
    >
      {(plan) => <SupervisionBody plan={plan} />}
    </PlanGate>
  );
}

function SweepButton({ year }: { year: number }) {
  const { t } = useTranslation();
  const sweep = useSweep(year);
  return (
    <Popconfirm title={t('plan.supervision.sweepConfirm')} onConfirm={() => sweep.mutate()}>
      <Button icon={<ThunderboltOutlined />} loading={sweep.isPending} data-testid="notice-sweep">
        {t('plan.supervision.sweep')}
      </Button>
    </Popconfirm>
  );
}

function MonthlyReport({ plan }: { plan: PlanStructure }) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const notify = useNotify();
  const now = periodOf(plan.statusDate, 'month');
  const months = monthsOfYear(plan.year).filter((m) => comparePeriods(m, now) <= 0);
  const [month, setMonth] = useState(months.at(-1) ?? `${plan.year}-01`);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await api.download(planPaths.monthlyDocx(plan.year), `${t('plan.supervision.bulletinFile', { month: periodLabel(month, lang) })}.docx`, { month });
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space.Compact>
      <Select value={month} onChange={setMonth} options={months.map((m) => ({ value: m, label: periodLabel(m, lang) }))} style={{ width: 130 }} data-testid="bulletin-month" />
      <Button icon={<FileWordOutlined />} loading={busy} onClick={() => void download()} data-testid="bulletin-download">
        {t('plan.supervision.bulletin')}
      </Button>
    </Space.Compact>
  );
}

function SupervisionBody({ plan }: { plan: PlanStructure }) {
  const { t } = useTranslation();
  const [params, setParams] = useUrlParams(urlKeys);
  const state = states.includes(params.state as NoticeState) ? (params.state as NoticeState) : undefined;
  const notices = useNotices(plan.year, { state });
  const page = positiveInt(params.page, 1);
  const pageSize = positiveInt(params.pageSize, 20, limits.pageSizeMax);
  const items = notices.data?.items ?? [];
  const overdue = items.filter((n) => n.overdue).length;
  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        {/* Scrolls sideways on a phone rather than widening the page (the English labels are long). */}
        <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
          <Segmented
            value={state ?? 'all'}
            onChange={(v) => setParams({ state: v === 'all' ? '' : String(v) })}
            options={[{ value: 'all', label: t('plan.supervision.all') }, ...states.map((s) => ({ value: s, label: t(`plan.supervision.states.${s}`) }))]}
            data-testid="notice-filter-state"
          />
        </div>
        {overdue > 0 && <Alert type="error" showIcon title={t('plan.supervision.overdueCount', { count: overdue })} style={{ padding: '2px 10px' }} />}
      </Flex>
      {notices.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={notices.error} />} />}
      <NoticeTable items={items} loading={notices.isFetching} page={page} pageSize={pageSize} onPage={(p, s) => setParams({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s })} />
    </>
  );
}
