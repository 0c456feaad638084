// The report centre's catalogue: every periodic document the modules generate, with the permission that
// reads it, how its period is written, how to build it for a caller, and which period is the newest
// (what a scheduled delivery sends). Each generator is the module's own, run with the caller's scope.
import { sql } from 'kysely';
import type { Permission } from '../../../common/permissions.ts';
import { isIsoDate, parsePeriod } from '../../../common/periods.ts';
import type { Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import * as planDocs from '../workplan/documents.service.ts';
import { statusDateForYear } from '../workplan/workplan.service.ts';
import * as econDocs from '../economy/economy-documents.service.ts';
import * as priceDocs from '../prices/prices-documents.service.ts';
import * as energyAssess from '../energy/assessment.service.ts';
import * as liveDocs from '../livelihood/livelihood-documents.service.ts';
import { minutesDocx } from '../projects/problems.service.ts';
import { approvalDocx } from '../energy/reviews.service.ts';
import { conclusionDocx } from '../prices/certification.service.ts';

/** record: a document of one record (a meeting's minutes, a review's approval), its id standing for the period. */
export type PeriodKind = 'month' | 'year' | 'date' | 'record';
export type Choice = { value: string; label: string };

export type ReportType = {
  type: string;
  module: string;
  label: { zh: string; en: string };
  permission: Permission;
  periodKind: PeriodKind;
  filename: (period: string) => string;
  generate: (ctx: AppContext, actor: Actor, period: string) => Promise<Buffer>;
  /** The newest period the data can fill, or null when there is none yet. */
  latestPeriod: (ctx: AppContext) => Promise<string | null>;
  /** Record kinds: the records the caller may make the document of (newest first, at most 50). */
  choices?: (ctx: AppContext, actor: Actor) => Promise<Choice[]>;
};

const yearOf = (period: string) => Number(period.slice(0, 4));

async function newestPlanYear(ctx: AppContext): Promise<number | null> {
  const r = await ctx.db.selectFrom('planYears').select(sql<number | null>`max(year)`.as('y')).executeTakeFirst();
  return r?.y == null ? null : Number(r.y);
}

/** The month before the plan's status date: the last month whose reports are due. */
async function latestBulletinMonth(ctx: AppContext): Promise<string | null> {
  const year = await newestPlanYear(ctx);
  if (year === null) return null;
  const d = await statusDateForYear(ctx.db, year);
  const [y, m] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return prev.startsWith(String(year)) ? prev : `${year}-01`;
}

export const reportTypes: ReportType[] = [
  {
    type: 'plan.bulletin', module: 'workplan', label: { zh: '月度督办通报', en: 'Monthly supervision bulletin' }, permission: 'plan.read', periodKind: 'month',
    filename: (p) => `${p}督办通报.docx`, generate: (ctx, actor, p) => planDocs.monthlyBulletin(ctx, actor, yearOf(p), p), latestPeriod: latestBulletinMonth,
  },
  {
    type: 'plan.assessment', module: 'workplan', label: { zh: '年度考核通报', en: 'Annual assessment notice' }, permission: 'plan.read', periodKind: 'year',
    filename: (p) => `${p}年度考核通报.docx`, generate: (ctx, actor, p) => planDocs.assessmentDocx(ctx, actor, Number(p)),
    latestPeriod: async (ctx) => { const y = await newestPlanYear(ctx); return y === null ? null : String(y); },
  },
  {
    type: 'economy.brief', module: 'economy', label: { zh: '经济运行分析', en: 'Economic performance brief' }, permission: 'econ.read', periodKind: 'month',
    filename: (p) => `${p}经济运行分析.docx`, generate: (ctx, actor, p) => econDocs.economyBrief(ctx, actor, yearOf(p), p),
    latestPeriod: async (ctx) => {
      const r = await ctx.db.selectFrom('econValues').select(sql<string | null>`max(period)`.as('p')).where('state', '=', 'approved').where('period', 'like', '____-__').where('period', 'not like', '%Q%').executeTakeFirst();
      return r?.p ?? null;
    },
  },
  {
    type: 'economy.fyp', module: 'economy', label: { zh: '十四五规划中期评估报告', en: '14th FYP mid-term evaluation' }, permission: 'econ.read', periodKind: 'year',
    filename: (p) => `${p}年十四五规划中期评估报告.docx`, generate: (ctx, actor, p) => econDocs.fypReport(ctx, actor, Number(p)),
    latestPeriod: async (ctx) => {
      const r = await ctx.db.selectFrom('fypActuals').select(sql<number | null>`max(year)`.as('y')).where('value', 'is not', null).executeTakeFirst();
      return r?.y == null ? null : String(r.y);
    },
  },
  {
    type: 'prices.daily', module: 'prices', label: { zh: '价格监测日报', en: 'Daily price report' }, permission: 'price.read', periodKind: 'date',
    filename: (p) => `${p}价格监测日报.docx`, generate: (ctx, actor, p) => priceDocs.priceBrief(ctx, actor, p, 'daily'), latestPeriod: latestQuoteDate,
  },
  {
    type: 'prices.weekly', module: 'prices', label: { zh: '价格监测周报', en: 'Weekly price report' }, permission: 'price.read', periodKind: 'date',
    filename: (p) => `${p}价格监测周报.docx`, generate: (ctx, actor, p) => priceDocs.priceBrief(ctx, actor, p, 'weekly'), latestPeriod: latestQuoteDate,
  },
  {
    type: 'plan.assessment_xlsx', module: 'workplan', label: { zh: '年度考核结果表', en: 'Annual assessment table' }, permission: 'plan.read', periodKind: 'year',
    filename: (p) => `${p}年度考核结果.xlsx`, generate: (ctx, actor, p) => planDocs.assessmentXlsx(ctx, actor, Number(p)),
    latestPeriod: async (ctx) => { const y = await newestPlanYear(ctx); return y === null ? null : String(y); },
  },
  {
    type: 'energy.assessment', module: 'energy', label: { zh: '节能目标责任考核结果通报', en: 'Energy-target assessment notice' }, permission: 'energy.read', periodKind: 'year',
    filename: (p) => `${p}年节能目标责任考核结果.docx`, generate: (ctx, actor, p) => energyAssess.assessmentDocx(ctx, actor, Number(p)), latestPeriod: latestEnergyYear,
  },
  {
    type: 'energy.assessment_xlsx', module: 'energy', label: { zh: '节能目标责任考核结果表', en: 'Energy-target assessment table' }, permission: 'energy.read', periodKind: 'year',
    filename: (p) => `${p}年节能目标责任考核.xlsx`, generate: (ctx, actor, p) => energyAssess.assessmentXlsx(ctx, actor, Number(p)), latestPeriod: latestEnergyYear,
  },
  {
    type: 'livelihood.index', module: 'livelihood', label: { zh: '七有五性监测评价指数（含方法与数据）', en: 'Livelihood index with method and data' }, permission: 'live.read', periodKind: 'year',
    filename: (p) => `${p}年七有五性监测评价指数.xlsx`, generate: (ctx, actor, p) => liveDocs.exportIndex(ctx, actor, Number(p), {}),
    latestPeriod: async (ctx) => {
      const r = await ctx.db.selectFrom('liveSystems').select(sql<number | null>`max(year)`.as('y')).executeTakeFirst();
      return r?.y == null ? null : String(r.y);
    },
  },
  {
    type: 'projects.minutes', module: 'projects', label: { zh: '会议纪要', en: 'Meeting minutes' }, permission: 'proj.read', periodKind: 'record',
    filename: (p) => `会议纪要-${p}.docx`, generate: (ctx, actor, p) => minutesDocx(ctx, actor, Number(p)),
    latestPeriod: async (ctx) => (await minutesChoices(ctx))[0]?.value ?? null, choices: (ctx) => minutesChoices(ctx),
  },
  {
    type: 'energy.approval', module: 'energy', label: { zh: '节能审查意见（批复）', en: 'Energy review approval' }, permission: 'energy.read', periodKind: 'record',
    filename: (p) => `节能审查意见-${p}.docx`, generate: (ctx, actor, p) => approvalDocx(ctx, actor, Number(p)),
    latestPeriod: async (ctx) => (await approvalChoices(ctx))[0]?.value ?? null, choices: (ctx) => approvalChoices(ctx),
  },
  {
    type: 'prices.cert_conclusion', module: 'prices', label: { zh: '价格认定结论书', en: 'Price-certification conclusion' }, permission: 'price.cert', periodKind: 'record',
    filename: (p) => `价格认定结论书-${p}.docx`, generate: (ctx, actor, p) => conclusionDocx(ctx, actor, Number(p)),
    latestPeriod: async (ctx) => (await conclusionChoices(ctx))[0]?.value ?? null, choices: (ctx) => conclusionChoices(ctx),
  },
];

async function minutesChoices(ctx: AppContext): Promise<Choice[]> {
  const rows = await ctx.db.selectFrom('meetings').select(['id', 'title', 'meetingDate', 'minutesNo']).where('minutesNo', 'is not', null).orderBy('meetingDate', 'desc').orderBy('id', 'desc').limit(50).execute();
  return rows.map((r) => ({ value: String(r.id), label: `${r.title}（${r.meetingDate}，${r.minutesNo}）` }));
}

async function approvalChoices(ctx: AppContext): Promise<Choice[]> {
  const rows = await ctx.db.selectFrom('energyReviews').innerJoin('projects', 'projects.id', 'energyReviews.projectId').select(['energyReviews.id', 'projects.name', 'energyReviews.opinionNo', 'energyReviews.opinionDate'])
    .where('energyReviews.stage', 'in', ['approved', 'verified']).orderBy('energyReviews.opinionDate', 'desc').orderBy('energyReviews.id', 'desc').limit(50).execute();
  return rows.map((r) => ({ value: String(r.id), label: `${r.name}（${r.opinionNo ?? ''} ${r.opinionDate ?? ''}）`.replace('（ ', '（') }));
}

async function conclusionChoices(ctx: AppContext): Promise<Choice[]> {
  const rows = await ctx.db.selectFrom('certCases').select(['id', 'caseNo', 'requesterOrg', 'concludedOn']).where('stage', 'in', ['concluded', 'delivered']).orderBy('concludedOn', 'desc').orderBy('id', 'desc').limit(50).execute();
  return rows.map((r) => ({ value: String(r.id), label: `${r.caseNo}（${r.requesterOrg}，${r.concludedOn ?? ''}）` }));
}

async function latestEnergyYear(ctx: AppContext): Promise<string | null> {
  const r = await ctx.db.selectFrom('energyTargets').select(sql<number | null>`max(year)`.as('y')).executeTakeFirst();
  return r?.y == null ? null : String(r.y);
}

async function latestQuoteDate(ctx: AppContext): Promise<string | null> {
  const r = await ctx.db.selectFrom('priceQuotes').select(sql<string | null>`max(date)`.as('d')).executeTakeFirst();
  return r?.d ?? null;
}

export function reportTypeOf(type: string): ReportType {
  const t = reportTypes.find((r) => r.type === type);
  if (!t) throw new AppError('report.unknown_type', { type });
  return t;
}

/** Checks a period against its kind ('2023-10', '2023', '2023-10-31'), naming what is wrong. */
export function checkPeriod(t: ReportType, period: string): void {
  const ok = t.periodKind === 'record' ? /^[1-9]\d{0,9}$/.test(period) && Number(period) <= 2_147_483_647 : t.periodKind === 'date' ? isIsoDate(period) : t.periodKind === 'year' ? /^\d{4}$/.test(period) && Number(period) >= 2000 && Number(period) <= 2100 : parsePeriod(period)?.kind === 'month';
  if (!ok) throw new AppError('report.bad_period', { period, example: { month: '2023-10', year: '2023', date: '2023-10-31', record: '12' }[t.periodKind] });
}
