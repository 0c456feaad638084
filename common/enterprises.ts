// Enterprise service package (服务包), visits, demands (诉求), tax-source linkage (财源建设), investment leads
// (以商招商), business-environment evaluations and industrial-policy services: schemas, labels, the unified
// social credit code check (GB 32100-2015 with its embedded GB 11714 organisation code) and the metrics.
import { z } from 'zod';
import { limits } from './limits.ts';
import { patchOf } from './platform.ts';
import { isIsoDate } from './periods.ts';

// ── the unified social credit code (统一社会信用代码) ──
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // 31 characters: no I, O, S, V, Z
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 32100 check character of the first 17 characters: 31 − (Σ c_i·w_i mod 31), 31 → '0'. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** GB 11714 check character of an 8-character organisation code body: 11 − (Σ c_i·w_i mod 11), 10 → 'X', 11 → '0'. */
export function orgCodeCheckChar(first8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = ORG_CHARS.indexOf(first8[i]);
    if (v < 0) return null;
    sum += v * ORG_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Why a string is not a valid unified social credit code, or null when it is. */
export function usccProblem(s: string): string | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return '统一社会信用代码应为 18 位（数字和除 I、O、S、V、Z 以外的大写字母）';
  if (orgCodeCheckChar(s.slice(8, 16)) !== s[16]) return '统一社会信用代码中的组织机构代码校验位不正确';
  if (usccCheckChar(s.slice(0, 17)) !== s[17]) return '统一社会信用代码校验位不正确';
  return null;
}
export const isUscc = (s: string) => usccProblem(s) === null;

/** Builds a valid code from a registration/category prefix (2), a division code (6) and an 8-character body (demo and tests). */
export function makeUscc(prefix: string, division: string, body8: string): string {
  const org = body8 + orgCodeCheckChar(body8)!;
  const first17 = prefix + division + org;
  return first17 + usccCheckChar(first17)!;
}

// ── labels and rules ──
export const enterpriseSizes = ['大型', '中型', '小型', '微型'] as const;
export const enterpriseZones = ['科学城硬科技产业基地起步区', '庙城智能制造产业园', '雁栖开发区', '其他'] as const;
export const enterpriseIndustries = ['科技服务业', '高端科学仪器装备和传感器', '新能源新材料', '生命科学', '高端智能制造', '都市工业', '影视文化旅游', '其他'] as const;
export const visitForms = ['上门', '座谈', '线上'] as const;
export const demandChannels = ['走访', '电话', '线上', '12345'] as const;
export const demandCategories = ['政策', '审批', '融资', '人才落户', '空间用地', '市政配套', '知识产权', '其他'] as const;
export type DemandCategory = (typeof demandCategories)[number];
/** Working days a unit has to answer, by category [design; configurable per deployment]. */
export const demandTimeLimits: Record<DemandCategory, number> = { 政策: 5, 审批: 10, 融资: 10, 人才落户: 10, 空间用地: 20, 市政配套: 15, 知识产权: 10, 其他: 10 };
export const demandStates = ['received', 'dispatched', 'in_progress', 'answered', 'evaluated', 'closed', 'returned', 'escalated'] as const;
export type DemandState = (typeof demandStates)[number];
export const demandStateLabels: Record<DemandState, { zh: string; en: string }> = {
  received: { zh: '受理', en: 'Received' }, dispatched: { zh: '转办', en: 'Dispatched' }, in_progress: { zh: '办理中', en: 'In progress' }, answered: { zh: '已答复', en: 'Answered' },
  evaluated: { zh: '企业评价', en: 'Evaluated' }, closed: { zh: '办结', en: 'Closed' }, returned: { zh: '退回', en: 'Returned' }, escalated: { zh: '提级协调', en: 'Escalated' },
};
/** The demand lifecycle: which action leads from which state to which. */
export const demandTransitions = {
  dispatch: { from: ['received', 'returned'], to: 'dispatched' }, // the steward routes it to a unit
  accept: { from: ['dispatched'], to: 'in_progress' }, // the unit takes it
  return: { from: ['dispatched', 'in_progress'], to: 'returned' }, // the unit sends it back (not ours), with a reason
  answer: { from: ['in_progress'], to: 'answered' }, // the unit replies to the enterprise
  evaluate: { from: ['answered'], to: 'evaluated' }, // the enterprise's rating, recorded by the steward
  close: { from: ['evaluated'], to: 'closed' },
  reopen: { from: ['evaluated'], to: 'in_progress' }, // an unsatisfied enterprise: once
  escalate: { from: ['dispatched', 'in_progress', 'returned'], to: 'escalated' }, // into the shared problem ledger
} as const satisfies Record<string, { from: readonly DemandState[]; to: DemandState }>;
export type DemandAction = keyof typeof demandTransitions;
export const satisfactionLevels = ['满意', '基本满意', '不满意'] as const;
export const leadStages = ['线索', '接洽', '考察', '签约', '注册落地', '纳统纳税'] as const;
export const evalSchemes = ['B-READY', '国家营商环境评价', '北京市营商环境评价'] as const;
export const policyLevels = ['国家', '市', '区'] as const;
export const applicationStages = ['辅导', '已提交', '区级初审', '市级评审', '公示', '获批', '拨付', '未通过'] as const;

const text = (max: number = limits.textMax) => z.string().trim().max(max);
const id = z.number().int().positive().max(2_147_483_647);
const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const money = z.number().finite().min(0, '金额不能为负数').max(1e9);

export const usccSchema = z.string().trim().toUpperCase().superRefine((s, c) => {
  const p = usccProblem(s);
  if (p) c.addIssue({ code: 'custom', message: p });
});

export const enterpriseInput = z.strictObject({
  uscc: usccSchema,
  name: text(200).min(1),
  industry: z.enum(enterpriseIndustries),
  size: z.enum(enterpriseSizes),
  zone: z.enum(enterpriseZones),
  townId: id.nullable().default(null),
  address: text(200).default(''),
  contactName: text(limits.displayNameMax).default(''),
  contactPhone: z.string().trim().max(limits.phoneMax).regex(/^[0-9+\- ]*$/, '电话只能含数字、+、- 和空格').default(''),
  stewardUserId: id.nullable().default(null),
  listYear: z.number().int().min(2000).max(2100),
  servicePackage: text().default(''),
});
export type EnterpriseInput = z.infer<typeof enterpriseInput>;
export const enterpriseUpdate = patchOf(enterpriseInput.omit({ uscc: true })).extend({ version: z.number().int().positive(), listed: z.boolean().optional(), privateNotes: text(5000).optional() }).strict();

export const visitInput = z.strictObject({
  enterpriseId: id,
  visitedOn: isoDate,
  form: z.enum(visitForms),
  visitors: text(200).min(1, '请填写走访人员'),
  notes: text(5000).default(''),
  demands: z.array(z.strictObject({ category: z.enum(demandCategories), text: text(2000).min(1) })).max(20).default([]),
});
export const demandInput = z.strictObject({ enterpriseId: id, channel: z.enum(demandChannels), category: z.enum(demandCategories), text: text(2000).min(1), receivedOn: isoDate });
export const demandActionInput = z.strictObject({
  action: z.enum(Object.keys(demandTransitions) as [DemandAction, ...DemandAction[]]),
  handlerUnitId: id.optional(),
  note: text(2000).default(''),
  satisfaction: z.enum(satisfactionLevels).optional(),
  version: z.number().int().positive(),
});
export const taxInput = z.strictObject({ year: z.number().int().min(2000).max(2100), amount: money });
export const leadInput = z.strictObject({
  referrerEnterpriseId: id.nullable().default(null), target: text(200).min(1), industry: z.enum(enterpriseIndustries), zone: z.enum(enterpriseZones),
  stage: z.enum(leadStages), expectedInvest: money.default(0), ownerName: text(limits.displayNameMax).min(1), note: text(1000).default(''), version: z.number().int().positive().optional(),
});
export const evalResultInput = z.strictObject({ scheme: z.enum(evalSchemes), year: z.number().int().min(2018).max(2100), indicator: text(100).min(1), score: z.number().finite().min(0).max(1000).nullable().default(null), rank: z.number().int().min(1).max(500).nullable().default(null), rankOf: z.number().int().min(1).max(500).nullable().default(null) })
  .refine((e) => e.rank === null || e.rankOf === null || e.rank <= e.rankOf, { message: '名次不能大于参评总数', path: ['rank'] });
export const policyInput = z.strictObject({
  title: text(200).min(1), docNo: text(100).default(''), issuer: text(100).min(1), level: z.enum(policyLevels), issuedOn: isoDate,
  industries: z.array(z.enum(enterpriseIndustries)).max(enterpriseIndustries.length).default([]), summary: text(5000).default(''), interpretation: text(5000).default(''),
  windowOpen: isoDate.nullable().default(null), windowClose: isoDate.nullable().default(null),
}).refine((p) => !p.windowOpen || !p.windowClose || p.windowOpen <= p.windowClose, { message: '申报截止日期不能早于开始日期', path: ['windowClose'] });
export const applicationInput = z.strictObject({ enterpriseId: id, policyId: id, project: text(200).min(1), amountRequested: money, stage: z.enum(applicationStages), amountGranted: money.nullable().default(null), version: z.number().int().positive().optional() });

// ── metrics (domain.md §9.3) ──
const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10000) / 100);
/** 走访覆盖率: distinct enterprises on the year's list visited that year ÷ enterprises on the list (removed ones stay in the denominator). */
export function visitCoverage(listed: readonly number[], visited: readonly number[]): { listed: number; visited: number; coveragePct: number | null } {
  const on = new Set(listed);
  const seen = new Set(visited.filter((v) => on.has(v)));
  return { listed: on.size, visited: seen.size, coveragePct: pct(seen.size, on.size) };
}
/** 满意率 = (满意 + 基本满意) ÷ evaluated; 按期办结率 = closed by the due date ÷ closed; 办结率 = closed ÷ all received. */
export function demandRates(ds: readonly { state: string; satisfaction: string | null; closedOn: string | null; dueOn: string }[]) {
  const evaluated = ds.filter((d) => d.satisfaction !== null);
  const closed = ds.filter((d) => d.state === 'closed');
  return {
    total: ds.length, closed: closed.length, closurePct: pct(closed.length, ds.length),
    satisfactionPct: pct(evaluated.filter((d) => d.satisfaction !== '不满意').length, evaluated.length),
    onTimePct: pct(closed.filter((d) => d.closedOn !== null && d.closedOn <= d.dueOn).length, closed.length),
  };
}
