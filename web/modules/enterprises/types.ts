// Shapes of the enterprise-services API (server/modules/enterprises): the roster, the enterprise page,
// coverage, demands with their events and rates, tax sources, leads, evaluations, policies, applications.
import type {
  applicationStages, demandCategories, demandChannels, DemandAction, DemandState, enterpriseIndustries, enterpriseSizes, enterpriseZones, evalSchemes, leadStages, policyLevels,
  satisfactionLevels, visitForms,
} from '../../../common/enterprises.ts';

export type Industry = (typeof enterpriseIndustries)[number];
export type Zone = (typeof enterpriseZones)[number];
export type Size = (typeof enterpriseSizes)[number];
export type VisitForm = (typeof visitForms)[number];
export type Channel = (typeof demandChannels)[number];
export type Category = (typeof demandCategories)[number];
export type Satisfaction = (typeof satisfactionLevels)[number];
export type LeadStage = (typeof leadStages)[number];
export type EvalScheme = (typeof evalSchemes)[number];
export type PolicyLevel = (typeof policyLevels)[number];
export type AppStage = (typeof applicationStages)[number];
export type { DemandAction, DemandState };

export type EnterpriseAbilities = { update: boolean; serve: boolean; notes: boolean };

export type Enterprise = {
  id: number;
  uscc: string;
  name: string;
  industry: Industry;
  size: Size;
  zone: Zone;
  townId: number | null;
  townName: string | null;
  address: string;
  contactName: string;
  /** null when the viewer is neither its steward nor the division */
  contactPhone: string | null;
  stewardUserId: number | null;
  stewardName: string | null;
  listYear: number;
  listed: boolean;
  servicePackage: string;
  /** null when the viewer is neither its steward nor the division */
  privateNotes: string | null;
  version: number;
  abilities: EnterpriseAbilities;
};

export type RosterRow = Enterprise & { visits: number; lastVisit: string | null; visitsDue: number; openDemands: number };
export type Roster = { total: number; minVisits: number; items: RosterRow[]; abilities: { create: boolean; import: boolean } };
export type RosterFilter = {
  year: number; q?: string; zone?: string; industry?: string; townId?: number; stewardUserId?: number; mine?: 1; unvisited?: 1; page: number; pageSize: number;
};

export type Visit = { id: number; enterpriseId: number; visitedOn: string; form: VisitForm; visitors: string; notes: string | null; createdAt: string };
export type EnterpriseDemand = {
  id: number; channel: Channel; category: Category; text: string; receivedOn: string; dueOn: string; state: DemandState; handlerUnitName: string | null; satisfaction: Satisfaction | null;
  closedOn: string | null; problemId: number | null;
};
export type Application = {
  id: number; enterpriseId: number; policyId: number; policyTitle: string; enterpriseName?: string; project: string; amountRequested: number; stage: AppStage; amountGranted: number | null; version: number;
};
export type Lead = {
  id: number; referrerEnterpriseId: number | null; referrerName?: string | null; target: string; industry: Industry; zone: Zone; stage: LeadStage; expectedInvest: number; ownerName: string; note: string; version: number;
};
export type EnterpriseDetail = Enterprise & {
  visits: Visit[];
  demands: EnterpriseDemand[];
  /** null without ent.tax */
  taxes: { year: number; amount: number }[] | null;
  applications: Application[];
  leads: Lead[];
};

export type EnterpriseInput = {
  uscc: string; name: string; industry: Industry; size: Size; zone: Zone; townId: number | null; address: string; contactName: string; contactPhone: string;
  stewardUserId: number | null; listYear: number; servicePackage: string;
};
export type EnterpriseUpdate = Partial<Omit<EnterpriseInput, 'uscc'>> & { version: number; listed?: boolean; privateNotes?: string };
export type VisitInput = { enterpriseId: number; visitedOn: string; form: VisitForm; visitors: string; notes: string; demands: { category: Category; text: string }[] };

export type CoverageGroup = { name: string; listed: number; visited: number; coveragePct: number | null; metMinimum: number };
export type Coverage = {
  year: number; minVisits: number; targetPct: number;
  overall: { listed: number; visited: number; coveragePct: number | null; metMinimum: number };
  bySteward: CoverageGroup[]; byZone: CoverageGroup[]; byTown: CoverageGroup[]; byIndustry: CoverageGroup[];
  unvisited: { id: number; name: string; uscc: string; zone: Zone; townName: string | null; stewardName: string | null; stewardUserId?: number | null }[];
};

export type DemandAbilities = Record<DemandAction, boolean>;
export type Demand = {
  id: number; enterpriseId: number; enterpriseName: string; stewardUserId: number | null; visitId: number | null; channel: Channel; category: Category; text: string;
  receivedOn: string; dueOn: string; handlerUnitId: number | null; handlerUnitName: string | null; state: DemandState; stateLabel: string; reply: string | null;
  satisfaction: Satisfaction | null; closedOn: string | null; reopenCount: number; problemId: number | null; overdue: boolean; version: number; abilities: DemandAbilities;
};
export type DemandEvent = { id: number; at: string; byName: string; action: 'receive' | DemandAction; fromState: DemandState | null; toState: DemandState; note: string };
export type DemandDetail = Demand & { events: DemandEvent[] };
export type DemandList = { total: number; overdue: number; items: Demand[]; abilities: { create: boolean } };
export type DemandFilter = { state?: string; category?: string; handlerUnitId?: number; enterpriseId?: number; overdue?: 1; page: number; pageSize: number };
export type DemandActionInput = { action: DemandAction; handlerUnitId?: number; note?: string; satisfaction?: Satisfaction; version: number };
export type DemandInput = { enterpriseId: number; channel: Channel; category: Category; text: string; receivedOn: string };

export type Rates = { total: number; closed: number; closurePct: number | null; satisfactionPct: number | null; onTimePct: number | null };
export type DemandStats = { year: number; overall: Rates; byUnit: (Rates & { name: string })[]; byCategory: (Rates & { name: string })[]; overdue: number };

export type TaxRow = {
  rank: number; id: number; name: string; industry: Industry; zone: Zone; stewardName: string | null; tax: number | null; prevTax: number | null; changePct: number | null; openDemands: number; visited: boolean;
};
export type TaxRanking = {
  year: number; items: TaxRow[]; servedTax: number; districtTax: number | null; districtTaxPeriod: string | null; servedSharePct: number | null; decliningWithOpenDemands: number;
};

export type LeadList = { items: Lead[]; funnel: { stage: LeadStage; count: number; conversionPct: number | null }[]; expectedInvest: number; abilities: { write: boolean } };
export type LeadInput = {
  referrerEnterpriseId: number | null; target: string; industry: Industry; zone: Zone; stage: LeadStage; expectedInvest: number; ownerName: string; note: string; version?: number;
};

export type EvalRow = { id: number; scheme: EvalScheme; year: number; indicator: string; score: number | null; rank: number | null; rankOf: number | null; prevRank: number | null; improved: boolean | null };
export type EvalList = { items: EvalRow[]; abilities: { write: boolean } };
export type EvalInput = { scheme: EvalScheme; year: number; indicator: string; score: number | null; rank: number | null; rankOf: number | null };

export type Policy = {
  id: number; title: string; docNo: string; issuer: string; level: PolicyLevel; issuedOn: string; industries: Industry[]; summary: string; interpretation: string;
  windowOpen: string | null; windowClose: string | null; matchingEnterprises: number; applications: number; approved: number; granted: number; windowClosingSoon: boolean; version: number;
};
export type PolicyList = { items: Policy[]; abilities: { write: boolean } };
export type PolicyInput = { title: string; docNo: string; issuer: string; level: PolicyLevel; issuedOn: string; industries: Industry[]; summary: string; interpretation: string; windowOpen: string | null; windowClose: string | null; version?: number };
export type ApplicationList = { items: Application[]; abilities: { write: boolean } };
export type ApplicationInput = { enterpriseId: number; policyId: number; project: string; amountRequested: number; stage: AppStage; amountGranted: number | null; version?: number };
