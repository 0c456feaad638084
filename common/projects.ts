// Major projects and investment (重大项目与投资), the shared problem ledger (问题台账), joint meetings and
// consultations (发改联席会与部门会商), funding applications (资金争取) and the engineering-research-centre
// reserve (工程研究中心): schemas, labels and limits shared by server and web. Amounts are 万元.
import { z } from 'zod';
import { limits } from './limits.ts';
import { patchOf } from './platform.ts';
import { isIsoDate } from './periods.ts';

export const projectCategories = ['新建', '续建', '竣工', '前期', '储备'] as const;
export const projectNatures = ['政府投资', '社会投资', '国企'] as const;
export const projectSectors = ['产业', '基础设施', '社会事业', '生态环境', '科学城平台'] as const;
export const projectTags = ['民生', '基础设施', '产业', '科学城', '乡村振兴', '农业', '生态', '市重点'] as const;
/** Lifecycle steps in their usual Beijing order (domain.md §4.2); planned dates must not go backwards along it. */
export const milestoneSteps = ['立项', '可研', '规划许可', '用地', '环评', '节能审查', '施工许可', '开工', '竣工'] as const;
export type MilestoneStep = (typeof milestoneSteps)[number];
export const problemSources = ['project', 'enterprise', 'livelihood'] as const;
export const problemTypes = ['土地', '规划', '审批', '资金', '拆迁', '市政接入', '管线改移', '生态红线', '招标', '其他'] as const;
export const problemStatuses = ['open', 'scheduled', 'decided', 'resolved', 'escalated', 'cancelled'] as const;
export type ProblemStatus = (typeof problemStatuses)[number];
export const problemStatusLabels: Record<ProblemStatus, { zh: string; en: string }> = {
  open: { zh: '待协调', en: 'Open' }, scheduled: { zh: '已上会', en: 'On an agenda' }, decided: { zh: '已议定', en: 'Decided' },
  resolved: { zh: '已解决', en: 'Resolved' }, escalated: { zh: '已提级', en: 'Escalated' }, cancelled: { zh: '已撤销', en: 'Cancelled' },
};
export const severityLabels: Record<1 | 2 | 3, { zh: string; en: string }> = { 1: { zh: '一般', en: 'Minor' }, 2: { zh: '较重', en: 'Serious' }, 3: { zh: '严重', en: 'Critical' } };
export const meetingKinds = ['joint', 'consultation'] as const;
export const meetingKindLabels = { joint: { zh: '发改联席会', en: 'Joint meeting' }, consultation: { zh: '部门会商', en: 'Consultation' } } as const;
export const fundTypes = ['中央预算内投资', '市政府固定资产投资', '地方政府专项债券', '超长期特别国债', '其他上级资金'] as const;
export const fundingStages = ['谋划', '已申报', '评审中', '已下达', '未获批'] as const;
export const centreLevels = ['国家', '市级'] as const;
export const centreStatuses = ['储备', '培育', '申报中', '已认定', '撤销'] as const;
/** A reserve centre not reviewed for this many days turns yellow (domain.md §8, [design]). */
export const centreReviewDays = 90;

/** 项目代码 of the national investment-project online approval platform: YYYY-XXXXXX-XX-XX-XXXXXX. */
export const projectCodePattern = /^(\d{4})-(\d{6})-(\d{2})-(\d{2})-(\d{6})$/;
export function isProjectCode(s: string): boolean {
  const m = projectCodePattern.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  return year >= 2000 && year <= 2100;
}

const text = (max: number = limits.textMax) => z.string().trim().max(max);
const id = z.number().int().positive().max(2_147_483_647);
const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
/** 万元, at most 4 decimals' worth of precision, never negative. */
const money = z.number().finite().min(0, '金额不能为负数').max(1e9);

export const milestoneInput = z.strictObject({
  step: z.enum(milestoneSteps),
  plannedDate: isoDate.nullable().default(null),
  actualDate: isoDate.nullable().default(null),
  docNo: text(100).default(''),
});

export const projectInput = z.strictObject({
  code: z.string().trim().refine(isProjectCode, '项目代码格式应为 YYYY-XXXXXX-XX-XX-XXXXXX（如 2023-110116-48-01-123456）'),
  name: text(200).min(1),
  year: z.number().int().min(2000).max(2100),
  category: z.enum(projectCategories),
  nature: z.enum(projectNatures),
  sector: z.enum(projectSectors),
  tags: z.array(z.enum(projectTags)).max(projectTags.length).default([]),
  townId: id.nullable().default(null),
  ownerName: text(200).min(1),
  responsibleUnitId: id,
  leaderName: text(limits.displayNameMax).min(1),
  totalInvestment: money,
  /** Investment completed before this plan year (for the cumulative ≤ total check). */
  completedBefore: money.default(0),
  planConstruction: money.default(0), // 建安 = 建筑工程 + 安装工程
  planEquipment: money.default(0),
  planOther: money.default(0),
  statsRegistered: z.boolean().default(false),
  description: text().default(''),
  milestones: z.array(milestoneInput).max(milestoneSteps.length).default([]),
});
export type ProjectInput = z.infer<typeof projectInput>;
export const projectUpdate = patchOf(projectInput.omit({ code: true })).extend({ version: z.number().int().positive() }).strict();
export type ProjectUpdate = z.infer<typeof projectUpdate>;

export const investmentReportInput = z.strictObject({
  monthTotal: money,
  construction: money, // 建安 this month
  equipment: money.default(0),
  other: money.default(0),
  physicalProgress: text(500).min(1, '请填写实物工程量进展'),
  physicalQuantity: z.number().finite().min(0).nullable().default(null),
  physicalUnit: text(20).default(''),
  /** Required when the project has not started (no actual 开工 date) yet reports money. */
  explanation: text(500).default(''),
  submit: z.boolean().default(true),
  version: z.number().int().positive().optional(),
});
export type InvestmentReportInput = z.infer<typeof investmentReportInput>;
export const investmentReview = z.strictObject({ action: z.enum(['approve', 'return']), reason: text(500).optional(), version: z.number().int().positive() });

export const problemInput = z.strictObject({
  source: z.enum(problemSources).default('project'),
  refId: id.nullable().default(null), // the project (or enterprise demand) it was raised on
  type: z.enum(problemTypes),
  title: text(100).min(1),
  description: text().min(1),
  raisedByUnitId: id,
  ownerUnitId: id,
  dueDate: isoDate,
  severity: z.number().int().min(1).max(3).default(2),
});
export type ProblemInput = z.infer<typeof problemInput>;
export const problemAction = z.strictObject({
  action: z.enum(['resolve', 'escalate', 'cancel', 'reopen']),
  note: text(1000).min(1, '请填写说明'),
  escalatedTo: text(100).optional(),
  version: z.number().int().positive(),
});

export const meetingInput = z.strictObject({
  kind: z.enum(meetingKinds),
  title: text(200).min(1),
  meetingDate: isoDate,
  location: text(100).default(''),
  chairName: text(limits.displayNameMax).min(1),
  unitIds: z.array(id).min(1, '至少邀请一个单位').max(60),
  problemIds: z.array(id).max(50).default([]),
  /** Consultations: written opinions are due by this date. */
  opinionDue: isoDate.nullable().default(null),
});
export type MeetingInput = z.infer<typeof meetingInput>;

export const decisionInput = z.strictObject({
  problemId: id.nullable().default(null),
  text: text(500).min(1, '请填写议定事项'),
  leadUnitId: id,
  coUnitIds: z.array(id).max(20).default([]),
  deadline: isoDate,
});
export const minutesInput = z.strictObject({
  minutesNo: text(50).min(1, '请填写纪要编号'),
  summary: text(5000).min(1, '请填写会议情况'),
  discussions: z.array(z.strictObject({ problemId: id, discussion: text(2000) })).max(50).default([]),
  decisions: z.array(decisionInput).max(50).default([]),
  version: z.number().int().positive(),
});
export type MinutesInput = z.infer<typeof minutesInput>;
export const opinionInput = z.strictObject({ opinion: text(5000).min(1, '请填写书面意见') });

export const fundingInput = z.strictObject({
  projectId: id,
  fundType: z.enum(fundTypes),
  batch: text(100).default(''),
  amountRequested: money,
  stage: z.enum(fundingStages),
  amountGranted: money.nullable().default(null),
  note: text(500).default(''),
  version: z.number().int().positive().optional(),
});

export const centreInput = z.strictObject({
  name: text(200).min(1),
  hostOrg: text(200).min(1),
  field: text(100).min(1),
  targetLevel: z.enum(centreLevels),
  rdSpend: money.default(0),
  teamSize: z.number().int().min(0).max(100000).default(0),
  readiness: z.number().int().min(1).max(5),
  status: z.enum(centreStatuses),
  note: text(500).default(''),
  version: z.number().int().positive().optional(),
});
export const centreReview = z.strictObject({ reviewedOn: isoDate, status: z.enum(centreStatuses), readiness: z.number().int().min(1).max(5), note: text(1000).min(1, '请填写评估意见'), version: z.number().int().positive() });
