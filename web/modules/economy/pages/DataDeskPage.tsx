// 数据填报与审核: for a reporting unit, its indicators and the periods missing, in draft, returned or
// awaiting review, with the entry form; for reviewers, the queue of submitted values; for everyone, the
// year's values as xlsx, and for reporters the template and the all-or-nothing import.
import { Badge, Card, Checkbox, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ImportExportBar } from '../../../components/ImportExportBar.tsx';
import { econPaths, useIndicators, useOverview, useReviewQueue } from '../api.ts';
import { deskRows, MyIndicators } from '../components/data/MyIndicators.tsx';
import { ReviewQueue } from '../components/data/ReviewQueue.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { EconYearBar } from '../components/EconYearBar.tsx';
import { ValueDrawer } from '../components/ValueDrawer.tsx';
import { useEconYear } from '../hooks/useEconYear.ts';
import { useImportValues } from '../mutations.ts';
import type { IndicatorRow } from '../types.ts';

export function DataDeskPage() {
  const { t } = useTranslation();
  const y = useEconYear();
  const indicators = useIndicators();
  const abilities = indicators.data?.abilities;
  const overview = useOverview(y.year, null);
  const queue = useReviewQueue(!!abilities && (abilities.report || abilities.review));
  const [confirmFalls, setConfirmFalls] = useState(false);
  const importer = useImportValues(confirmFalls);
  const [entry, setEntry] = useState<{ indicator: IndicatorRow; period: string | null } | null>(null);
  const [params, setParams] = useSearchParams();
  const error = indicators.error ?? overview.error ?? queue.error;
  const loading = !y.ready || !indicators.data || !overview.data || (queue.isPending && queue.fetchStatus !== 'idle');
  const rows = indicators.data && overview.data ? deskRows(indicators.data.items, overview.data.items, queue.data?.items ?? [], y.year) : [];
  const pending = (queue.data?.items ?? []).filter((q) => q.state === 'submitted' && q.abilities.review).length;
  const tabs = [
    ...(abilities?.report ? [{ key: 'mine', label: t('econ.desk.mine'), children: <MyIndicators rows={rows} year={y.year} onEnter={(indicator, period) => setEntry({ indicator, period })} /> }] : []),
    ...(abilities?.review
      ? [{ key: 'queue', label: <Badge count={pending} size="small" offset={[8, -2]}>{t('econ.desk.queue')}</Badge>, children: <ReviewQueue items={queue.data?.items ?? []} /> }]
      : []),
  ];
  const active = tabs.some((x) => x.key === params.get('tab')) ? params.get('tab')! : tabs[0]?.key;
  return (
    <ModulePage
      title={t('econ.desk.title')}
      testId="econ-desk"
      bar={<EconYearBar year={y.year} years={y.years} onYear={y.setYear} />}
      extra={
        <Flex gap={8} wrap align="center">
          {abilities?.report && (
            <Checkbox checked={confirmFalls} onChange={(e) => setConfirmFalls(e.target.checked)} data-testid="econ-import-confirm-falls">
              {t('econ.desk.confirmFalls')}
            </Checkbox>
          )}
          <ImportExportBar
            canImport={!!abilities?.report}
            importMutation={importer}
            exportPath={econPaths.export(y.year)}
            templatePath={econPaths.template}
            fileBase={t('econ.desk.fileBase', { year: y.year })}
            testIdPrefix="econ-values"
          />
        </Flex>
      }
      error={error}
      loading={loading}
    >
      {tabs.length ? (
        <Tabs activeKey={active} onChange={(k) => setParams((p) => { const n = new URLSearchParams(p); n.set('tab', k); return n; })} items={tabs} />
      ) : (
        <Card size="small">{t('econ.desk.readOnly')}</Card>
      )}
      <ValueDrawer indicator={entry?.indicator ?? null} year={y.year} period={entry?.period ?? null} onClose={() => setEntry(null)} />
    </ModulePage>
  );
}
