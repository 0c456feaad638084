// Shapes of the livelihood API answers the pages read.
export type Abilities = { write: boolean; report?: boolean; review?: boolean };
export type Dimension = { id: number; code: string; groupName: string; name: string; weight: number; seq: number; version: number };
export type Indicator = {
  id: number; code: string; name: string; unit: string; direction: 'up' | 'down'; sourceUnitId: number; sourceUnitName: string; weight: number;
  minValid: number | null; maxValid: number | null; target: number | null; dimensionId: number; dimensionCode: string; canReport?: boolean;
};
export type System = {
  year: number; normalisation: Normalisation; aggregation: Aggregation; version: number; dimensions: Dimension[]; indicators: Indicator[];
  weightProblems: { level: string; dimension: string | null; sum: number }[]; abilities: Abilities;
};
export type Normalisation = 'minmax' | 'zscore' | 'target';
export type Aggregation = 'arithmetic' | 'geometric';
export type DistrictRow = { district: string; name: string; total: number | null; groups: { 七有: number | null; 五性: number | null }; dimensions: Record<string, number | null>; rank: number | null };
export type Driver = {
  indicator: string; indicatorId: number; name: string; unit: string; dimension: string; effectiveWeight: number; score: number | null; average: number | null; rank: number | null;
  drag: number | null; weak: boolean; sourceUnitName: string; task: { id: number; code: string } | null;
};
export type IndexResult = {
  year: number; pendingValues: number;
  method: {
    normalisation: Normalisation; aggregation: Aggregation; systemNormalisation: Normalisation; systemAggregation: Aggregation;
    dimensions: { code: string; name: string; group: string; weight: number }[];
    indicators: { code: string; name: string; unit: string; dimension: string; direction: string; weight: number; target: number | null; sourceUnitName: string }[];
    sensitivity: { runs: number; spread: number; seed: number };
  };
  self: DistrictRow & { of: number; ecologicalRank: number; ecologicalOf: number };
  districts: DistrictRow[];
  dimensions: { code: string; name: string; group: string; weight: number; score: number | null; average: number | null; rank: number | null }[];
  drivers: Driver[];
  sensitivity: { runs: number; spread: number; seed: number; districts: { district: string; name: string; minRank: number; maxRank: number; meanRank: number; base: number | null }[]; selfHistogram: { rank: number; count: number }[] };
};
export type ValueRow = { id: number; indicatorId: number; district: string; value: number; note: string; state: 'submitted' | 'approved' | 'returned'; reviewNote: string; version: number };
export type ValuesGrid = { year: number; quarter: number; districts: { code: string; name: string }[]; self: string; indicators: Indicator[]; values: ValueRow[]; pending: number; abilities: Required<Abilities> };
export type LiveProject = { id: number; projectId: number; code: string; name: string; dimensionName: string; totalInvestment: number; planYear: number; completedYear: number; completionPct: number | null; physicalProgress: string; lastPeriod: string | null };
export type SzcStatus = 'green' | 'yellow' | 'red' | 'none';
export type SzcOverview = {
  year: number; period: string; timePct: number;
  types: { id: number; code: string; name: string; groupName: string; unit: string; leadUnitName: string; version: number; target: number; actual: number; pct: number | null }[];
  towns: { id: number; code: string; name: string; completion: number | null; status: SzcStatus; reported: number; types: number }[];
  cells: { typeId: number; townId: number; target: number; actual: number; pct: number | null; state: string | null; period: string | null }[];
  publicity: { id: number; date: string; title: string; outlet: string; level: string; townName: string | null }[];
  publicityByLevel: { level: string; count: number }[];
  allTowns: { id: number; name: string; code: string }[];
  abilities: Required<Abilities>;
};
export type SzcReport = { id: number; typeId: number; townId: number; period: string; cumActual: number; note: string; correction: number; state: 'submitted' | 'approved' | 'returned'; typeName: string; unit: string; townName: string; version: number };
export type PopStatus = 'over' | 'near' | 'ok' | 'none';
export type PopTown = { id: number; code: string; name: string; kind: string; cap: number | null; figures: ({ id: number; value: number; state: string; source: string; version: number } | null)[]; latest: number | null; gap: number | null; status: PopStatus };
export type Population = {
  year: number; quarter: number; plan: { districtCap: number; baseline: number; version: number } | null; splitSum: number; districtLatest: number | null; districtGap: number | null;
  towns: PopTown[]; abilities: Required<Abilities>;
};
