// Shapes of the prices API (价格监测、价格管理、价格认定) as the web app reads them. Schemas, labels and
// formulas live in common/prices.ts.
import type { AlpsGrade, CertStage } from '../../../common/prices.ts';

export type { AlpsGrade, CertStage };

export type Commodity = { id: number; code: string; name: string; spec: string; unit: string; groupName: string; weight: number; risePct: number; fallPct: number; seq?: number; dailyReporting: boolean };
export type PricePoint = { id: number; code: string; name: string; type: string; townId: number | null; townName: string | null; address: string; collectors: { userId: number; name: string }[]; mine: boolean };
export type PriceWindow = { id: number; name: string; kind: 'holiday' | 'emergency'; startDate: string; endDate: string };
export type Catalogue = { commodities: Commodity[]; points: PricePoint[]; windows: PriceWindow[]; abilities: { write: boolean; collect: boolean } };

export type PriceAlert = { id: number; commodityId: number; date: string; name: string; groupName: string; kind: 'rule' | 'statistical'; level: string; value: number; message: string; status: 'open' | 'closed' };

export type OverviewItem = {
  commodityId: number; code: string; name: string; spec: string; unit: string; group: string; price: number | null;
  dayChangePct: number | null; weekChangePct: number | null; yoyPct: number | null; ruleAlert: 'yellow' | 'red' | null;
  alps: number | null; alpsGrade: AlpsGrade | null; dailyReporting: boolean; thresholds: { risePct: number; fallPct: number };
};
export type Overview = { date: string; baseYear: number; items: OverviewItem[]; groups: { group: string; index: number | null }[]; overallIndex: number | null; openAlerts: PriceAlert[] };

export type Series = {
  commodity: Commodity;
  mean: { date: string; price: number | null; lastYear: number | null }[];
  byPoint: { pointId: number; name: string; prices: { date: string; price: number | null }[] }[];
};
export type Heatmap = { date: string; points: { id: number; name: string }[]; commodities: { id: number; name: string }[]; cells: { pointId: number; commodityId: number; changePct: number | null }[] };

export type FormItem = {
  commodityId: number; code: string; name: string; spec: string; unit: string; group: string; lastPrice: number | null; lastDate: string | null;
  price: number | null; note: string; state: 'submitted' | 'approved' | null; dailyReporting: boolean;
};
export type CollectorForm = { point: PricePoint; date: string; jumpConfirmFactor: number; items: FormItem[] };
export type QuoteInput = { pointId: number; date: string; quotes: { commodityId: number; price: number; note: string; confirmJump: boolean }[] };

export type PriceItem = {
  id: number; name: string; form: '政府定价' | '政府指导价'; currentPrice: number; unit: string; basisDoc: string; effectiveFrom: string; reviewDue: string;
  note: string; version: number; reviewOverdue: boolean;
};
export type PriceItemInput = Omit<PriceItem, 'id' | 'version' | 'reviewOverdue'> & { version?: number };

export type CertItem = { name: string; spec: string; quantity: number; condition: string };
export type CertCase = {
  id: number; caseNo: string; requesterOrg: string; requesterType: string; receivedOn: string; acceptedOn: string | null; baseDate: string; items: CertItem[];
  certifiers: string; stage: CertStage; stageLabel: string; dueOn: string | null; overdue: boolean; method: string | null; resultYuan: number | null;
  concludedOn: string | null; deliveredOn: string | null; version: number;
};
export type CertEvent = { id: number; at: string; byName: string; action: string; note: string };
export type CertCaseDetail = CertCase & { events: CertEvent[] };
export type CertAction = 'accept' | 'reject' | 'investigate' | 'calculate' | 'review' | 'conclude' | 'deliver' | 'terminate';
export type CertCaseInput = { requesterOrg: string; requesterType: string; receivedOn: string; baseDate: string; items: CertItem[]; certifiers: string };

export type CommodityInput = { code: string; name: string; spec: string; unit: string; group: string; weight: number; risePct: number; fallPct: number; seq: number };
export type PointInput = { code: string; name: string; type: string; townId: number | null; address: string; collectorIds: number[] };
export type WindowInput = { name: string; kind: 'holiday' | 'emergency'; startDate: string; endDate: string };
