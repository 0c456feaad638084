// Shapes of the projects API (重大项目、问题台账、联席会与会商、资金争取、工程研究中心) as the web app reads
// them. Request schemas, enums and labels live in common/projects.ts. Amounts are 万元.
import type { z } from 'zod';
import type {
  centreInput, centreLevels, centreStatuses, fundingInput, fundingStages, fundTypes, MeetingInput, meetingKinds, MilestoneStep, MinutesInput, problemSources, ProblemInput, ProblemStatus,
  problemTypes, projectCategories, ProjectInput, projectNatures, projectSectors, projectTags, ProjectUpdate, InvestmentReportInput,
} from '../../../common/projects.ts';
import type { ReasonCode, Status } from '../../../common/status.ts';
import type { ReportState } from '../../../common/workplan.ts';

export type { InvestmentReportInput, MeetingInput, MilestoneStep, MinutesInput, ProblemInput, ProblemStatus, ProjectInput, ProjectUpdate, ReasonCode, ReportState, Status };
export type Category = (typeof projectCategories)[number];
export type Nature = (typeof projectNatures)[number];
export type Sector = (typeof projectSectors)[number];
export type ProjectTag = (typeof projectTags)[number];
export type ProblemType = (typeof problemTypes)[number];
export type ProblemSource = (typeof problemSources)[number];
export type MeetingKind = (typeof meetingKinds)[number];
export type FundType = (typeof fundTypes)[number];
export type FundingStage = (typeof fundingStages)[number];
export type CentreLevel = (typeof centreLevels)[number];
export type CentreStatus = (typeof centreStatuses)[number];
export type FundingInput = z.input<typeof fundingInput>;
export type CentreInput = z.input<typeof centreInput>;
export type ProjectStatus = Exclude<Status, 'closed'>;

export type ProjectAbilities = { update: boolean; report: boolean; review: boolean; raiseProblem: boolean };

/** The figures of a project as of the status date (money a month in arrears). */
export type ProjectFigures = {
  figuresAsOf: string; plan: number; cum: number; cumConstruction: number; completionPct: number | null; constructionSharePct: number | null;
  cumulativeSinceStart: number; missedStart: boolean; status: ProjectStatus; reasons: string[]; expectedPct: number; lastReport: { period: string; state: ReportState } | null;
};

export type ProjectRow = ProjectFigures & {
  id: number; code: string; name: string; year: number; category: Category; nature: Nature; sector: Sector; tags: ProjectTag[];
  townId: number | null; townName: string | null; ownerName: string; responsibleUnitId: number; responsibleUnitName: string; leaderName: string;
  totalInvestment: number; statsRegistered: boolean; openProblems: number; abilities: ProjectAbilities;
};
export type ProjectList = { asOf: string; total: number; items: ProjectRow[]; abilities: { create: boolean; import: boolean } };
export type ProjectQuery = { category?: string; sector?: string; townId?: number; unitId?: number; tag?: string; status?: string; missedStart?: '1'; q?: string; page: number; pageSize: number };

export type Milestone = { projectId: number; step: MilestoneStep; seq: number; plannedDate: string | null; actualDate: string | null; docNo: string };
export type InvestmentReport = {
  id: number; projectId: number; year: number; period: string; monthTotal: number; construction: number; equipment: number; other: number; physicalProgress: string;
  physicalQuantity: number | null; physicalUnit: string; explanation: string; state: ReportState; submittedAt: string | null; reviewedAt: string | null;
  returnReason: string | null; version: number; abilities: { edit: boolean; review: boolean };
};
export type ProjectProblem = { id: number; type: ProblemType; title: string; description: string; ownerUnitName: string; raisedAt: string; dueDate: string; severity: number; status: ProblemStatus; version: number };
export type FundingRow = {
  id: number; projectId: number; fundType: FundType; batch: string; amountRequested: number; stage: FundingStage; amountGranted: number | null; note: string; version: number;
  projectName?: string; projectCode?: string;
};
export type ProjectDetail = ProjectFigures & Omit<ProjectRow, 'openProblems' | keyof ProjectFigures> & {
  completedBefore: number; planConstruction: number; planEquipment: number; planOther: number; description: string; version: number; asOf: string;
  milestones: Milestone[]; reports: InvestmentReport[]; problems: ProjectProblem[]; funding: FundingRow[];
};

export type GroupRow = { name: string; projects: number; plan: number; cum: number; cumConstruction: number; completionPct: number | null; red: number; yellow: number; green: number };
export type StatIndicator = { name: string; period: string | null; growthPct: number | null; targetPct: number | null; gapPp: number | null; status: 'green' | 'yellow' | 'red' | 'grey' };
export type FactorItem = { problemId: number; title: string; type: ProblemType; projectName: string; dueDate: string; overdue: boolean };
export type Rollup = {
  year: number; asOf: string;
  totals: {
    projects: number; plan: number; planConstruction: number; cum: number; cumConstruction: number; completionPct: number | null; constructionCompletionPct: number | null;
    timeProgressPct: number; byStatus: Record<ProjectStatus, number>;
  };
  statistics: { fai: StatIndicator | null; construction: StatIndicator | null };
  byCategory: GroupRow[]; bySector: GroupRow[]; byTown: GroupRow[]; byUnit: GroupRow[];
  missedStarts: { id: number; code: string; name: string; responsibleUnitName: string; openProblems: number }[];
  factors: { sector: Sector; total: number; byType: Partial<Record<ProblemType, number>>; items: FactorItem[] }[];
};

export type ProblemRow = {
  id: number; source: ProblemSource; refId: number | null; type: ProblemType; title: string; description: string; raisedByUnitId: number; ownerUnitId: number;
  raisedAt: string; dueDate: string; severity: number; status: ProblemStatus; resolvedAt: string | null; escalatedTo: string | null; version: number;
  ownerUnitName: string; raisedByUnitName: string; projectName: string | null; projectCode: string | null; statusLabel: string; overdue: boolean; abilities: { act: boolean };
};
export type ProblemList = { total: number; counts: Record<ProblemStatus, number>; overdue: number; items: ProblemRow[]; abilities: { raise: boolean; act: boolean } };
export type ProblemQuery = { status?: string; type?: string; ownerUnitId?: number; overdue?: '1'; refId?: number; page: number; pageSize: number };
export type ProblemEvent = { id: number; at: string; byName: string; action: string; note: string };
export type Decision = {
  id: number; meetingId: number; problemId: number | null; text: string; leadUnitId: number; leadUnitName: string; coUnitIds: number[]; deadline: string; taskId: number | null;
  taskCode: string | null; taskState: string | null; taskStatus: string | null; meetingTitle: string; minutesNo: string | null; done: boolean;
};
export type ProblemDetail = ProblemRow & {
  events: ProblemEvent[]; meetings: { id: number; title: string; meetingDate: string; status: string; discussion: string }[]; decisions: Decision[];
};
export type ProblemActionInput = { action: 'resolve' | 'escalate' | 'cancel' | 'reopen'; note: string; escalatedTo?: string; version: number };

export type MeetingRow = {
  id: number; kind: MeetingKind; title: string; meetingDate: string; location: string; chairName: string; unitIds: number[]; opinionDue: string | null;
  status: 'planned' | 'held'; minutesNo: string | null; summary: string; version: number; unitNames: string[]; decisions: number; decisionsDone: number;
};
export type AgendaItem = { problemId: number; seq: number; discussion: string; title: string; type: ProblemType; status: ProblemStatus; description: string; projectName: string | null };
export type Opinion = { meetingId: number; unitId: number; unitName: string; opinion: string; submittedAt: string };
export type MeetingDetail = Omit<MeetingRow, 'unitNames' | 'decisions' | 'decisionsDone'> & {
  units: { id: number; name: string }[]; items: AgendaItem[]; decisions: Decision[]; opinions: Opinion[]; abilities: { minutes: boolean; opinion: boolean };
};

export type FundingList = { items: FundingRow[]; byType: { fundType: FundType; count: number; requested: number; granted: number }[]; abilities: { write: boolean } };
export type CentreEvent = { id: number; at: string; byName: string; fromStatus: CentreStatus | null; toStatus: CentreStatus; note: string };
export type Centre = {
  id: number; name: string; hostOrg: string; field: string; targetLevel: CentreLevel; rdSpend: number; teamSize: number; readiness: number; status: CentreStatus;
  lastReviewed: string | null; note: string; version: number; history: CentreEvent[]; reviewOverdue: boolean;
};
export type CentreList = { items: Centre[]; reviewDays: number; abilities: { write: boolean } };
