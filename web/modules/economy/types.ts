// Shapes of the economy API (经济运行监测与规划评估) as the web app reads them. The request schemas, labels
// and row types live in common/economy-schemas.ts; the per-period figures in common/economy.ts.
import type { AnalysedPeriod, IndicatorAnalysis, IndicatorStatus } from '../../../common/economy.ts';
import type {
  Abilities, EconomyOverview, FypEvaluationRow, FypIndicatorInput, FypActualInput, IndicatorInput, IndicatorRow, IndicatorUpdate, OverviewRow,
  TargetInput, TargetRow, ValueInput, ValueRevision, ValueRow, ValueState, Vintage, fypTaskStatuses,
} from '../../../common/economy-schemas.ts';

export type {
  Abilities, AnalysedPeriod, EconomyOverview, FypActualInput, FypEvaluationRow, FypIndicatorInput, IndicatorAnalysis, IndicatorInput, IndicatorRow,
  IndicatorStatus, IndicatorUpdate, OverviewRow, TargetInput, TargetRow, ValueInput, ValueRevision, ValueRow, ValueState, Vintage,
};

export type IndicatorList = { items: IndicatorRow[]; abilities: Abilities };

export type ComponentItem = { indicatorId: number; name: string; cumValue: number | null; sharePct: number | null; contributionPct: number | null; pullPp: number | null };

export type IndicatorDetail = {
  indicator: IndicatorRow;
  target: TargetRow | null;
  analysis: IndicatorAnalysis;
  previousYears: { year: number; periods: { period: string; cumValue: number | null; growthPct: number | null }[] }[];
  values: ValueRow[];
  components: { period: string; items: ComponentItem[] } | null;
  thresholds: { floorPct: number | null; targetPct: number; excellentPct: number | null } | null;
};

export type QueueItem = ValueRow & { indicatorCode: string; indicatorName: string; unit: string };

export type OpeningItem = {
  indicator: IndicatorRow;
  q1: AnalysedPeriod | null;
  lastYearQ1GrowthPct: number | null;
  targetPct: number | null;
  /** null when there is no target or no first-quarter figure to judge. */
  growthMet: boolean | null;
  progressMet: boolean | null;
  red: boolean | null;
};
export type OpeningView = { year: number; period: string; items: OpeningItem[] };

export type FypTaskStatus = (typeof fypTaskStatuses)[number];
export type FypTask = {
  id: number; chapter: string; title: string; leadUnitId: number; leadUnitName: string; endState: string;
  planTaskId: number | null; planTaskTitle: string | null; planTaskStatus: string | null;
  status: FypTaskStatus | null; computedStatus: FypTaskStatus | null; version: number;
};
export type FypView = { asOfYear: number; expectedPct: number; items: FypEvaluationRow[]; tasks: FypTask[]; abilities: Abilities };
export type FypTaskInput = { chapter: string; title: string; leadUnitId: number; endState: string; planTaskId: number | null; status: FypTaskStatus | null };

export type ImportAnswer = { imported: number; periods: string[] | number };
