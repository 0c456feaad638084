// 大屏模式: the cockpit for the meeting-room screen (1920×1080), dark, large type, no app menu. Refreshes
// every 60 s; a clock; the tiles (each still a link) and two charts: items per module by severity, and
// the share of red, yellow and green items.
import { Alert, Button, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Chart, type EChartsOption } from '../../../components/Chart.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useUiLang } from '../../../i18n/index.ts';
import { useCockpit } from '../api.ts';
import { groupByModule } from '../components/bilingual.ts';
import { FailedNotice } from '../components/FailedNotice.tsx';
import { moduleName, SummaryStrip, TileGrid } from '../components/TileGrid.tsx';
import type { CockpitTile } from '../types.ts';
import '../cockpit.css';

const colours = { alert: '#ff4d4f', attention: '#fa8c16', ok: '#52c41a' } as const;
const severities = ['alert', 'attention', 'ok'] as const;
const severityNames = { alert: 'cockpit.page.summaryAlert', attention: 'cockpit.page.summaryAttention', ok: 'cockpit.page.summaryOk' } as const;

function useClock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

function useCharts(tiles: CockpitTile[]) {
  const { t } = useTranslation();
  return useMemo(() => {
    const groups = groupByModule(tiles);
    const names = groups.map((g) => moduleName(t, g.module));
    const text = { color: '#c5d5ec', fontSize: 15 };
    const byModule: EChartsOption = {
      backgroundColor: 'transparent',
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, textStyle: text },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: text, splitLine: { lineStyle: { color: '#1e3a66' } } },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: text, axisLine: { lineStyle: { color: '#3b5b8a' } } },
      series: severities.map((s) => ({
        name: t(severityNames[s]),
        type: 'bar' as const,
        stack: 'n',
        barMaxWidth: 26,
        itemStyle: { color: colours[s] },
        data: groups.map((g) => g.items.filter((x) => x.severity === s).length),
      })),
    };
    const share: EChartsOption = {
      backgroundColor: 'transparent',
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, textStyle: text },
      series: [
        {
          type: 'pie',
          radius: ['42%', '66%'],
          center: ['50%', '45%'],
          label: { color: '#e6edf7', fontSize: 22, fontWeight: 600, formatter: '{c}' },
          data: severities.map((s) => ({ name: t(severityNames[s]), value: tiles.filter((x) => x.severity === s).length, itemStyle: { color: colours[s] } })),
        },
      ],
    };
    return { byModule, share, rows: groups.length };
  }, [tiles, t]);
}

export function CockpitScreenPage() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const q = useCockpit(60_000);
  const now = useClock();
  const tiles = useMemo(() => q.data?.tiles ?? [], [q.data]);
  const charts = useCharts(tiles);
  useEffect(() => {
    const prev = document.body.style.background;
    document.body.style.background = '#0b1a33';
    return () => {
      document.body.style.background = prev;
    };
  }, []);
  return (
    <div className="ck-screen" data-testid="cockpit-screen">
      <header className="ck-screen-head">
        <div>
          <h1 className="ck-screen-title">{t('cockpit.screen.title')}</h1>
          <div className="ck-screen-sub">
            {q.data && t('cockpit.page.asOf', { time: formatDateTime(q.data.asOf, lang, true) })} · {t('cockpit.screen.autoRefresh')}
          </div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
          {q.data && <SummaryStrip summary={q.data.summary} className="ck-screen-summary" />}
          <div className="ck-screen-clock" data-testid="cockpit-clock">
            {formatDateTime(now.toISOString(), lang, true)}
          </div>
          <Link to="/cockpit">
            <Button ghost>
              {t('cockpit.screen.exit')}
            </Button>
          </Link>
        </div>
      </header>
      {q.error && !q.data && <Alert type="error" showIcon title={<ErrorMessage error={q.error} />} />}
      {q.isPending && (
        <div style={{ flex: 1, display: 'grid', placeItems: 'center' }}>
          <Spin size="large" />
        </div>
      )}
      {q.data && (
        <div className="ck-screen-body">
          <div className="ck-screen-main">
            <FailedNotice failed={q.data.failed} />
            <TileGrid tiles={tiles} />
          </div>
          <aside className="ck-screen-side">
            <div className="ck-screen-panel">
              <h3>{t('cockpit.screen.bySeverity')}</h3>
              <Chart option={charts.byModule} height={Math.max(260, 60 + charts.rows * 52)} testId="cockpit-chart-modules" />
            </div>
            <div className="ck-screen-panel">
              <h3>{t('cockpit.screen.severityShare')}</h3>
              <Chart option={charts.share} height={300} testId="cockpit-chart-share" />
            </div>
          </aside>
        </div>
      )}
    </div>
  );
}
