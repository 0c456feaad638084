// Shapes of the energy API answers the pages read (server/modules/energy/*.service.ts).
import type { ReviewAction, ReviewStage } from '../../../common/energy.ts';

export type EnergyLineInput = { type: string; quantity: number; unit: string };
export type ConvertedLine = EnergyLineInput & { typeName: string; baseQuantity: number; baseUnit: string; factorDL: number; factorDJ: number; tceDL: number; tceDJ: number };
export type Conversion = { lines: ConvertedLine[]; tceDL: number; tceDJ: number; electricityKwh: number; required: boolean; overThreshold: boolean; authority: 'none' | 'district' | 'city'; thresholds: { exemptTce: number; exemptKwh: number; cityTce: number } };

export type Review = {
  id: number; version: number; projectId: number; projectName: string; projectCode: string; townName: string | null; responsibleUnitName: string; year: number; applicant: string; submittedOn: string;
  lines: ConvertedLine[]; tceDl: number; tceDj: number; electricityKwh: number; requiresReview: number; overThreshold: number; authority: string; authorityLabel: string;
  stage: ReviewStage; stageLabel: string; dueOn: string | null; acceptedOn: string | null; opinion: string; conditions: string; opinionNo: string | null; opinionDate: string | null; returnReason: string | null;
  acceptanceLines: ConvertedLine[] | null; verifiedOn: string | null; actualTce: number | null; deviationPct: number | null; acceptancePassed: number | null; overdue: boolean; pendingApproval: boolean;
};
export type ReviewList = { items: Review[]; total: number; abilities: { create: boolean; review: boolean } };
export type ReviewEvent = { id: number; at: string; byName: string; action: string; fromStage: string | null; toStage: string; note: string };
export type ExpertOpinion = { id: number; expert: string; org: string; conclusion: string; opinion: string; givenOn: string };
export type ReviewDetail = Review & {
  events: ReviewEvent[]; experts: ExpertOpinion[]; thresholds: { exemptTce: number; exemptKwh: number; cityTce: number; acceptanceTolerancePct: number };
  abilities: { actions: ReviewAction[]; addExpert: boolean; verify: boolean; document: boolean };
};

export type MeasureTask = { title: string; points: number; score: number | null };
export type Quarter = { quarter: string; energyTce: number; output: number; note: string; version: number; intensity: number | null };
export type AssessmentRow = {
  id: number; version: number; year: number; kind: 'town' | 'key_user'; orgId: number | null; keyUserId: number | null; name: string; industry: string | null; targetDropPct: number; capTce: number; baseTce: number; baseOutput: number; baseIntensity: number | null;
  tasks: MeasureTask[]; deductionNote: string; quarters: Quarter[]; quartersReported: number; actualTce: number; actualOutput: number; actualIntensity: number | null; actualDropPct: number | null; offTarget: boolean;
  intensityScore: number; totalScore: number; measureScore: number; deduction: number; score: number; grade: string; gradeLabel: string; targetMet: boolean; rank: number;
  abilities: { report: boolean; edit: boolean };
};
export type Assessment = { year: number; total: number; items: AssessmentRow[]; scheme: { intensity: number; total: number; measures: number }; abilities: { write: boolean } };

export type KeyUser = {
  id: number; name: string; industry: string; townName: string | null; level: string; year: number; energyTce: number | null; intensity: number | null; dropPct: number | null;
  benchmark: number | null; aboveBenchmark: boolean; trend: { year: number; energyTce: number; output: number; intensity: number | null }[];
};
export type KeyUsers = { year: number; items: KeyUser[]; total: number; abilities: { write: boolean } };

export type FactorRow = { code: string; zh: string; en: string; baseUnit: string; heatValue: string; factor: number; factorDJ: number; equalValue: string; note?: string; units: { code: string; zh: string; toBase: number }[] };
export type Factors = { standard: string; year: number; items: FactorRow[] };
export type Settings = {
  exemptTce: number; exemptKwh: number; cityTce: number; acceptDays: number; reviewDays: number; acceptanceTolerancePct: number;
  electricityEqualValue: Record<string, number>; heatEfficiency: number; benchmarks: Record<string, number>; version: number; abilities: { write: boolean };
};

export type RuralProject = { id: number; code: string; name: string; year: number; category: string; tags: string[]; totalInvestment: number; townName: string | null; responsibleUnitName: string; reviewStage: string | null; reviewStageLabel: string | null; tceDl: number | null };
export type Dashboard = {
  year: number;
  reviews: { total: number; byStage: Record<string, number>; overdue: number; pendingApproval: number; approvedTce: number; startedWithoutApproval: { reviewId: number; projectId: number; projectName: string; stageLabel: string; startedOn: string }[] };
  assessment: { assessees: number; offTarget: number; top: { id: number; name: string; rank: number; score: number; gradeLabel: string; actualDropPct: number | null; targetDropPct: number }[]; byTown: { name: string; targetDropPct: number; actualDropPct: number | null }[] };
  keyUsers: { total: number; aboveBenchmark: number; energyTce: number; year: number };
  rural: RuralProject[];
};
