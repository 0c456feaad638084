// The one ECharts wrapper. Imports echarts-for-react's ESM core (its lib/ build renders a blank page
// in production, see docs stack gotcha 5) and registers only the chart types the app uses, so the
// bundle does not carry all of ECharts. A module page imports this lazily with its route.
import EChartsReactCore from 'echarts-for-react/esm/core';
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsOption } from 'echarts';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo, type CSSProperties } from 'react';
import { useReducedMotion } from '../app/reducedMotion.ts';

echarts.use([BarChart, HeatmapChart, LineChart, PieChart, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export type { EChartsOption };

/** ECharts event handlers by event name, e.g. { click: (p) => … } to drill down from a bar. */
export type ChartEvents = Record<string, (params: { name?: string; seriesName?: string; seriesId?: string; dataIndex?: number; data?: unknown }) => void>;

export function Chart({ option, height = 320, style, testId, onEvents }: { option: EChartsOption; height?: number; style?: CSSProperties; testId?: string; onEvents?: ChartEvents }) {
  const still = useReducedMotion();
  const shown = useMemo(() => (still ? { ...option, animation: false } : option), [option, still]);
  return (
    <div data-testid={testId}>
      <EChartsReactCore echarts={echarts} option={shown} notMerge lazyUpdate onEvents={onEvents} style={{ height, width: '100%', ...style }} />
    </div>
  );
}
