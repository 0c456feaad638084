// Shapes of the work-plan API (重点工作督办) as the web app reads them. The server is the source of
// truth (server/modules/workplan); these types mirror its JSON answers.
import type { ReasonCode, Status, StatusRule } from '../../../common/status.ts';
import type { ReportState, SupervisionLevel, SupervisionRule, AssessmentScheme, TaskInput, taskStates, studyKinds } from '../../../common/workplan.ts';

export type { ReasonCode, Status, StatusRule, ReportState, SupervisionLevel, SupervisionRule, AssessmentScheme, TaskInput };
export type TaskState = (typeof taskStates)[number];
export type StudyKind = (typeof studyKinds)[number];
export type StatusCounts = Record<Status, number>;

export type PlanYear = { year: number; title: string; statusDate: string | null; isDemo: boolean; reportDueDay: number };

export type Area = { id: number; seq: number; title: string; shortTitle: string };
export type WorkPoint = { id: number; areaId: number; seq: string; title: string; source: string[] };

export type PlanStructure = {
  year: number;
  title: string;
  statusDate: string;
  statusDateFixed: boolean;
  reportDueDay: number;
  rule: StatusRule;
  supervisionRule: SupervisionRule;
  isDemo: boolean;
  version: number;
  areas: Area[];
  workPoints: WorkPoint[];
};

export type Target = { metric: string; value: number; unit: string; direction: 'atLeast' | 'atMost' | 'exact'; isDemo?: boolean };

export type TaskSummary = {
  id: number;
  code: string;
  title: string;
  category: '业务' | '党建';
  tags: string[];
  areaId: number;
  workPointSeq: string;
  leadUnitId: number;
  leadUnitName: string;
  coUnits: { id: number; name: string }[];
  leaderName: string;
  startDate: string;
  dueDate: string;
  state: TaskState;
  weight: number;
  target: Target | null;
  status: Status;
  reasons: ReasonCode[];
  expectedPct: number;
  actualPct: number | null;
  gapPp: number;
  missingReport: string | null;
  reportLateWorkingDays: number;
  lastReport: { period: string; state: ReportState } | null;
  supervision: SupervisionLevel | null;
  abilities: { update: boolean; report: boolean; review: boolean };
};

/** What the user may do with the year's list: create a task, import the plan, supervise (review, issue notices). */
export type TaskListAbilities = { create: boolean; import: boolean; supervise: boolean };
export type TaskList = { items: TaskSummary[]; total: number; statusDate: string; abilities: TaskListAbilities };
export const attentionKinds = ['overdue', 'lagging', 'missing'] as const;
export type Attention = (typeof attentionKinds)[number];

export type TaskQuery = {
  areaId?: number;
  unitId?: number;
  leaderName?: string;
  tag?: string;
  status?: Status;
  attention?: Attention;
  q?: string;
  mine?: 1;
  page: number;
  pageSize: number;
};

export type Milestone = { id: number; title: string; plannedDate: string; plannedPct: number | null; deliverable: string; doneDate: string | null };

export type Report = {
  id: number;
  period: string;
  state: ReportState;
  cumulativePct: number | null;
  cumulativeValue: number | null;
  narrative: string;
  problems: string | null;
  needsCoordination: boolean;
  nextSteps: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  returnReason: string | null;
  version: number;
};

export type NoticeTrigger = 'manual' | 'missing_report' | 'red_status' | 'escalated';
export type NoticeState = 'open' | 'replied' | 'escalated' | 'closed';

export type Notice = {
  id: number;
  level: SupervisionLevel;
  trigger: NoticeTrigger;
  reason: string;
  requirement: string;
  replyDue: string;
  issuedAt: string;
  reply: string | null;
  repliedAt: string | null;
  state: NoticeState;
  overdue: boolean;
  version: number;
};

export type CloseRequest = {
  id: number;
  evidence: string;
  attachmentIds: number[];
  requestedAt: string;
  state: 'requested' | 'approved' | 'rejected';
  reason: string | null;
  version: number;
};

export type StudySession = {
  id: number;
  year: number;
  taskId: number | null;
  unitId: number;
  unitName: string;
  kind: StudyKind;
  heldOn: string;
  topic: string;
  attendeeCount: number;
  attendees: string;
  notes: string | null;
};

export type TaskDetail = TaskSummary & {
  /** The plan year the task belongs to. */
  year: number;
  description: string;
  version: number;
  statusDate: string;
  milestones: Milestone[];
  reports: Report[];
  history: { seq: number; at: string; actorName: string | null; action: string }[];
  notices: Notice[];
  closeRequests: CloseRequest[];
  studySessions: StudySession[];
  following: boolean;
};

export type TaskPick = Pick<TaskSummary, 'id' | 'code' | 'title' | 'leadUnitName' | 'dueDate' | 'status' | 'reasons' | 'expectedPct' | 'actualPct' | 'gapPp' | 'missingReport'>;

export type Dashboard = {
  year: number;
  statusDate: string;
  rule: StatusRule;
  totals: StatusCounts;
  total: number;
  byArea: { areaId: number; seq: number; title: string; counts: StatusCounts }[];
  byUnit: { unitId: number; name: string; counts: StatusCounts; missingReports: number }[];
  /** How many tasks each attention list holds; the lists carry the first `listMax` (the task list's `attention` filter has all). */
  counts: { overdue: number; lagging: number; missingReports: number };
  listMax: number;
  overdue: TaskPick[];
  lagging: TaskPick[];
  missingReports: TaskPick[];
  pendingReview: { id: number; period: string; taskId: number; title: string }[];
};

export type NoticeRow = Notice & { taskId: number; taskTitle: string; taskCode: string; leadUnitName: string; abilities: { reply: boolean } };
export type NoticeList = { statusDate: string; items: NoticeRow[] };

export type ScoreItem = { kind: 'task' | 'deduction' | 'bonus'; points: number; reason: string; source: { type: string; id: number | string; code?: string } };
export type Grade = '优秀' | '良好' | '合格' | '不合格';
export type UnitScore = {
  unitId: number;
  unitName: string;
  business: number | null;
  party: number | null;
  deductions: number;
  bonus: number;
  total: number;
  rank: number;
  grade: Grade;
  taskCount: number;
  items: ScoreItem[];
};
export type Assessment = { year: number; statusDate: string; scheme: AssessmentScheme; units: UnitScore[]; rankedUnits: number };

export type PlanImportResult = { created: string[]; updated: { code: string; fields: string[] }[]; unchanged: number };

export type Notification = { id: number; kind: string; title: string; body: string; link: string | null; createdAt: string; readAt: string | null };

export type ReportSave = {
  cumulativePct?: number | null;
  cumulativeValue?: number | null;
  narrative: string;
  problems?: string;
  needsCoordination: boolean;
  nextSteps?: string;
  submit: boolean;
  version?: number;
};

export type YearSettings = { version: number; reportDueDay: number; statusRule: StatusRule; supervisionRule: SupervisionRule };

export type StudyInput = {
  unitId: number;
  taskId?: number | null;
  kind: StudyKind;
  heldOn: string;
  topic: string;
  attendeeCount: number;
  attendees: string;
  notes?: string;
};
