// 经济运行总览: the year's GDP-supporting indicators at a glance as of a period — counts by traffic light,
// one row per indicator with growth, target, gap, completion vs time progress and city comparison, the
// growth-vs-target and gap charts, the formulas in words and the monthly brief (.docx).
import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useShortLang } from '../../../i18n/index.ts';
import { econPaths, useOverview } from '../api.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { EconYearBar } from '../components/EconYearBar.tsx';
import { FormulaButton } from '../components/FormulaDrawer.tsx';
import { GapChart } from '../components/overview/GapChart.tsx';
import { GrowthTargetChart } from '../components/overview/GrowthTargetChart.tsx';
import { KpiCards } from '../components/overview/KpiCards.tsx';
import { OverviewTable } from '../components/overview/OverviewTable.tsx';
import { statusOrder } from '../components/status.tsx';
import { cumPeriodLabel } from '../hooks/useEconFormat.ts';
import { useEconYear } from '../hooks/useEconYear.ts';
import type { EconomyOverview, IndicatorStatus } from '../types.ts';

export function EconomyOverviewPage() {
  const { t } = useTranslation();
  const y = useEconYear();
  const overview = useOverview(y.year, y.asOf);
  const d = overview.data;
  const lang = useShortLang();
  // The brief covers the latest period shown (or the chosen "as of").
  const briefPeriod = y.asOf ?? d?.asOf ?? latestMonth(d);
  return (
    <ModulePage
      title={t('econ.overview.title')}
      testId="econ-overview"
      bar={<EconYearBar year={y.year} years={y.years} onYear={y.setYear} asOf={y.asOf} onAsOf={y.setAsOf} note={briefPeriod ? t('econ.overview.asOfNote', { period: cumPeriodLabel(briefPeriod, null, lang, true) }) : undefined} />}
      extra={
        <>
          <FormulaButton />
          {briefPeriod && (
            <DownloadButton path={econPaths.brief(y.year)} query={{ period: briefPeriod }} fileName={t('econ.overview.briefFile', { period: briefPeriod })} testId="econ-brief">
              {t('econ.overview.brief')}
            </DownloadButton>
          )}
        </>
      }
      error={overview.error}
      loading={!y.ready || !d}
      onRetry={() => void overview.refetch()}
    >
      {d && <OverviewBody data={d} year={y.year} />}
    </ModulePage>
  );
}

function latestMonth(d: EconomyOverview | undefined): string | null {
  const months = (d?.items ?? []).map((r) => r.latest?.period).filter((p): p is string => !!p && /^\d{4}-\d{2}$/.test(p));
  return months.sort().at(-1) ?? null;
}

function OverviewBody({ data, year }: { data: EconomyOverview; year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const picked = statusOrder.includes(raw as IndicatorStatus) ? (raw as IndicatorStatus) : null;
  const setPicked = (s: IndicatorStatus | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (s) next.set('status', s);
      else next.delete('status');
      return next;
    });
  const open = (id: number) => void navigate(`/economy/indicators/${id}?year=${year}`);
  const rows = picked ? data.items.filter((r) => (r.latest?.status ?? 'grey') === picked) : data.items;
  if (data.items.length === 0) return <Empty description={t('econ.overview.empty')} />;
  return (
    <>
      <KpiCards data={data} picked={picked} onPick={setPicked} />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('econ.chart.growthVsTarget')} style={{ height: '100%' }}>
            <GrowthTargetChart rows={data.items} onPick={open} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('econ.chart.gapTitle')} style={{ height: '100%' }}>
            <GapChart rows={data.items} onPick={open} />
          </Card>
        </Col>
      </Row>
      <OverviewTable rows={rows} year={year} />
    </>
  );
}
