// Work plan and supervision (重点工作督办): schemas, limits and labels shared by server and web.
import { z } from 'zod';
import { limits } from './limits.ts';
import { patchOf } from './platform.ts';
import { isIsoDate, parsePeriod } from './periods.ts';

export const taskCategories = ['业务', '党建'] as const;
export const taskTags = ['党建', '民生', '项目', '营商', '价格', '疏整促', '经济', '规划', '产业', '节能', '生态', '改革', '宣传'] as const;
export const targetDirections = ['atLeast', 'atMost', 'exact'] as const;
export const taskStates = ['active', 'closed', 'cancelled', 'suspended'] as const;
export const reportStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReportState = (typeof reportStates)[number];

const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const text = (max: number = limits.textMax) => z.string().trim().max(max);

export const milestoneInput = z.strictObject({
  title: text(100).min(1),
  plannedDate: isoDate,
  plannedPct: z.number().min(0).max(100).nullable().optional(),
  deliverable: text(200).default(''),
  doneDate: isoDate.nullable().optional(),
});

export const taskInput = z.strictObject({
  code: z.string().trim().min(1).max(limits.codeMax).regex(/^[A-Za-z0-9_.-]+$/),
  workPointId: z.number().int().positive().max(limits.idMax),
  title: text(100).min(1),
  description: text().default(''),
  category: z.enum(taskCategories),
  tags: z.array(z.enum(taskTags)).max(taskTags.length).default([]),
  leadUnitId: z.number().int().positive().max(limits.idMax),
  coUnitIds: z.array(z.number().int().positive().max(limits.idMax)).max(30).default([]),
  leaderName: text(limits.displayNameMax).min(1),
  startDate: isoDate,
  dueDate: isoDate,
  target: z.strictObject({
    metric: text(100).min(1),
    value: z.number().finite(),
    unit: text(20).min(1),
    direction: z.enum(targetDirections),
  }).nullable().optional(),
  weight: z.number().int().min(1).max(100).default(5),
  milestones: z.array(milestoneInput).max(24).default([]),
});
export type TaskInput = z.infer<typeof taskInput>;

export const taskUpdate = patchOf(taskInput.omit({ code: true })).extend({ version: z.number().int().positive(), state: z.enum(taskStates).optional() }).strict();
export type TaskUpdate = z.infer<typeof taskUpdate>;

export const reportInput = z.strictObject({
  cumulativePct: z.number().min(0, '完成比例须在 0–100 之间').max(100, '完成比例须在 0–100 之间').nullable().optional(),
  cumulativeValue: z.number().finite().min(0).nullable().optional(),
  narrative: text().min(1),
  problems: text().optional(),
  needsCoordination: z.boolean().default(false),
  nextSteps: text().optional(),
  submit: z.boolean().default(true),
  attachmentIds: z.array(z.number().int().positive().max(limits.idMax)).max(20).default([]),
  version: z.number().int().positive().optional(),
});
export type ReportInput = z.infer<typeof reportInput>;

export const reviewInput = z.strictObject({
  action: z.enum(['approve', 'return']),
  reason: text(500).optional(),
  version: z.number().int().positive(),
});

export const monthPeriod = z.string().refine((s) => parsePeriod(s)?.kind === 'month', '期间应为月份，如 2023-03');

// ── supervision (督办) ──
/** Three colours of notice, mildest first: 一般 (yellow), 重点 (orange), 挂牌 (red, named in meetings). */
export const supervisionLevels = ['一般', '重点', '挂牌'] as const;
export type SupervisionLevel = (typeof supervisionLevels)[number];
export const supervisionTriggers = ['manual', 'missing_report', 'red_status', 'escalated'] as const;

export const supervisionRuleSchema = z.strictObject({
  /** Issue a 一般 notice when a monthly report is this many working days late (0 = never). */
  missingReportWorkingDays: z.number().int().min(0).max(30),
  /** Issue a 重点 notice when a task turns red. */
  noticeOnRed: z.boolean(),
  /** Working days a unit has to reply. */
  replyWorkingDays: z.number().int().min(1).max(30),
  /** An unanswered notice past its reply date escalates one level. */
  escalateOverdue: z.boolean(),
});
export type SupervisionRule = z.infer<typeof supervisionRuleSchema>;
export const defaultSupervisionRule: SupervisionRule = { missingReportWorkingDays: 3, noticeOnRed: true, replyWorkingDays: 5, escalateOverdue: true };

export const noticeInput = z.strictObject({
  level: z.enum(supervisionLevels),
  reason: text(500).min(1),
  requirement: text(500).min(1),
  replyDue: isoDate,
});
export const noticeReply = z.strictObject({ reply: text().min(1), version: z.number().int().positive() });

// ── closing (销号) ──
export const closeRequestInput = z.strictObject({
  evidence: text(1000).min(1, '销号须提供佐证材料说明'),
  attachmentIds: z.array(z.number().int().positive().max(limits.idMax)).max(20).default([]),
});
export const closeDecision = z.strictObject({ action: z.enum(['approve', 'reject']), reason: text(500).optional(), version: z.number().int().positive() });

// ── party building (党建) study records ──
export const studyKinds = ['理论学习中心组', '主题教育', '党课', '支部主题党日', '专题培训', '警示教育'] as const;
export const studySessionInput = z.strictObject({
  unitId: z.number().int().positive().max(limits.idMax),
  taskId: z.number().int().positive().max(limits.idMax).nullable().optional(),
  kind: z.enum(studyKinds),
  heldOn: isoDate,
  topic: text(200).min(1),
  attendeeCount: z.number().int().min(1).max(10000),
  attendees: text(2000).default(''),
  notes: text().optional(),
});

// ── assessment (考核) ──
/** The per-year scheme (domain.md §1.7); every number is editable and every point traceable. */
export const assessmentSchemeSchema = z.strictObject({
  /** Share of business and party-building in a unit's score; must add to 100. */
  businessShare: z.number().min(0).max(100),
  partyShare: z.number().min(0).max(100),
  completion: z.strictObject({ onTime: z.number().min(0).max(1), late: z.number().min(0).max(1), partial: z.number().min(0).max(1), undone: z.number().min(0).max(1) }),
  deductions: z.strictObject({ missingReport: z.number().min(0).max(20), lateReport: z.number().min(0).max(20), redMonth: z.number().min(0).max(20), overdueSupervisionReply: z.number().min(0).max(20), returnedReport: z.number().min(0).max(20) }),
  bonusCap: z.number().min(0).max(20),
  /** Optional weights per area seq (0–8), in %; when given they must add to 100. */
  areaWeights: z.record(z.string().regex(/^[0-8]$/), z.number().min(0).max(100)).optional(),
  bonuses: z.array(z.strictObject({ unitId: z.number().int().positive().max(limits.idMax), points: z.number().min(-20).max(20), reason: text(200).min(1) })).max(500).default([]),
});
export type AssessmentScheme = z.infer<typeof assessmentSchemeSchema>;
export const defaultAssessmentScheme: AssessmentScheme = {
  businessShare: 70, partyShare: 30,
  completion: { onTime: 1, late: 0.8, partial: 0.5, undone: 0 },
  deductions: { missingReport: 1, lateReport: 0.5, redMonth: 1, overdueSupervisionReply: 2, returnedReport: 0.5 },
  bonusCap: 5,
  bonuses: [],
};
