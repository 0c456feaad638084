// Coverage by steward, zone, town or industry: visited vs not yet visited per group, with each group's
// coverage and the 100% target on the tooltip.
import { Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type EChartsOption } from '../../../../components/Chart.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { Coverage, CoverageGroup } from '../../types.ts';

const dims = ['bySteward', 'byZone', 'byTown', 'byIndustry'] as const;
type Dim = (typeof dims)[number];

export function CoverageChart({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const [dim, setDim] = useState<Dim>('bySteward');
  const rows: CoverageGroup[] = coverage[dim];
  const name = (g: CoverageGroup) => (dim === 'byZone' ? f.label('zone', g.name) : dim === 'byIndustry' ? f.label('industry', g.name) : f.group(g.name));
  const option = useMemo<EChartsOption>(
    () => ({
      animationDuration: 400,
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (ps: unknown) => {
          const p = (ps as { dataIndex: number }[])[0];
          const g = rows[p.dataIndex];
          return `${name(g)}<br/>${t('ent.dash.groupTip', { visited: g.visited, listed: g.listed, pct: f.pct(g.coveragePct), met: g.metMinimum, target: coverage.targetPct })}`;
        },
      },
      legend: { top: 0 },
      grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: rows.map(name), axisLabel: { width: 150, overflow: 'truncate' } },
      series: [
        { name: t('ent.dash.visited'), type: 'bar', stack: 'n', barMaxWidth: 16, itemStyle: { color: '#52c41a' }, data: rows.map((g) => g.visited) },
        {
          name: t('ent.dash.notVisited'), type: 'bar', stack: 'n', barMaxWidth: 16, itemStyle: { color: '#ff7875' }, data: rows.map((g) => g.listed - g.visited),
          label: { show: true, position: 'right', fontSize: 10, color: '#595959', formatter: (p: { dataIndex: number }) => f.pct(rows[p.dataIndex].coveragePct) },
        },
      ],
    }),
    [rows, t, f.lang, coverage.targetPct],
  );
  return (
    <div data-testid="ent-coverage-chart">
      <Segmented
        size="small"
        value={dim}
        onChange={(v) => setDim(v as Dim)}
        options={dims.map((d) => ({ value: d, label: t(`ent.dash.${d}`) }))}
        style={{ marginBottom: 8 }}
        data-testid="ent-coverage-dim"
      />
      <Chart option={option} height={Math.max(340, rows.length * 26 + 50)} />
    </div>
  );
}
