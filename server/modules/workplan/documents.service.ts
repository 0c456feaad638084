// The documents leaders read: the monthly supervision bulletin (督办通报) and the assessment notice
// (考核通报) as .docx in official layout, and the assessment as .xlsx. Downloads are audited.
import { z } from 'zod';
import { compareDates, periodEnd, periodLabelZh } from '../../../common/periods.ts';
import { reasonLabel, statusLabels, type ReasonCode, type Status } from '../../../common/status.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { buildOfficialDocument, type DocBlock } from '../../platform/docx.ts';
import { AppError } from '../../platform/errors.ts';
import { buildWorkbook, type SheetSpec } from '../../platform/xlsx.ts';
import * as repo from './workplan.repository.ts';
import { listTasks, requiredPeriod, statusDateOf } from './workplan.service.ts';
import { computeAssessment } from './assessment.service.ts';

const ISSUER = '区发展和改革委员会';
const reasonsZh = (rs: string[]) => rs.filter((r) => r !== 'no_progress_reported').slice(0, 2).map((r) => reasonLabel(r as ReasonCode, 'zh')).join('；');

/** The monthly 督办通报: overall status, lagging and overdue tasks, units that did not report, supervision. */
/** Rows a bulletin's detail tables list at most (a city-level plan has thousands of lagging tasks). */
export const BULLETIN_LIST_MAX = 200;

export async function monthlyBulletin(ctx: AppContext, actor: Actor, year: number, month: string): Promise<Buffer> {
  requirePermission(actor, 'plan.read');
  const y = await repo.yearRow(ctx.db, year);
  if (!y) throw new AppError('plan.year_not_found', { year });
  if (!month.startsWith(`${year}-`)) throw new AppError('request.invalid', { fields: 'month' });
  const statusDate = statusDateOf(y);
  const asOf = compareDates(periodEnd(month), statusDate) < 0 ? periodEnd(month) : statusDate;
  // The bulletin is the district's view: it names every unit, so it is built from all tasks.
  const district: Actor = { ...actor, role: 'leader', orgPath: null };
  const { items } = await listTasks(ctx, district, { year, page: 1, pageSize: 1_000_000, asOf });
  const areas = await repo.areas(ctx.db, year);
  const count = (s: Status) => items.filter((i) => i.status === s).length;
  const req = requiredPeriod(asOf, y.reportDueDay);
  const missing = items.filter((i) => i.missingReport);
  const due = items.filter((i) => i.state === 'active' && i.startDate <= periodEnd(req.period) && i.dueDate >= `${req.period}-01`);
  const lagging = items.filter((i) => i.status === 'red' || i.status === 'yellow');
  const notices = await ctx.db.selectFrom('supervisionNotices').innerJoin('tasks', 'tasks.id', 'supervisionNotices.taskId').innerJoin('orgUnits', 'orgUnits.id', 'tasks.leadUnitId')
    .select(['supervisionNotices.level', 'supervisionNotices.state', 'supervisionNotices.replyDue', 'supervisionNotices.issuedAt', 'tasks.title', 'orgUnits.name as unitName'])
    .where('tasks.year', '=', year).execute();
  const missingByUnit = new Map<string, number>();
  for (const m of missing) missingByUnit.set(m.leadUnitName, (missingByUnit.get(m.leadUnitName) ?? 0) + 1);
  const overdueReplies = notices.filter((n) => n.state === 'open' && compareDates(n.replyDue, asOf) < 0);
  const blocks: DocBlock[] = [
    { type: 'h1', text: '总体情况' },
    { type: 'p', text: `截至${periodLabelZh(asOf)}，${year}年重点工作共${items.length}项。其中，绿灯（按计划推进）${count('green')}项，黄灯（进度滞后）${count('yellow')}项，红灯（严重滞后或逾期）${count('red')}项，已销号${count('closed')}项。${periodLabelZh(req.period)}应报送进展${due.length}项，逾期未报${missing.length}项。` },
    { type: 'table', title: '各领域任务状态', headers: ['领域', '任务数', '绿灯', '黄灯', '红灯', '已销号'], widths: [40, 12, 12, 12, 12, 12],
      rows: areas.map((a) => {
        const inArea = items.filter((i) => i.areaId === a.id);
        return [a.shortTitle, inArea.length, ...(['green', 'yellow', 'red', 'closed'] as Status[]).map((s) => inArea.filter((i) => i.status === s).length)];
      }) },
    { type: 'h1', text: '滞后和逾期任务' },
    lagging.length === 0 ? { type: 'p', text: '本期无滞后或逾期任务。' } : { type: 'table', headers: ['编号', '任务', '牵头单位', '完成时限', '状态', '主要原因'], widths: [14, 30, 16, 12, 8, 20],
      rows: lagging.sort((a, b) => (a.status === b.status ? a.code.localeCompare(b.code) : a.status === 'red' ? -1 : 1)).slice(0, BULLETIN_LIST_MAX).map((i) => [i.code, i.title, i.leadUnitName, i.dueDate, statusLabels[i.status].zh, reasonsZh(i.reasons)]) },
    // A bulletin is read, not searched: beyond the first rows the task list (filter 进度滞后/逾期, export) has them all.
    ...(lagging.length > BULLETIN_LIST_MAX ? [{ type: 'p' as const, text: `以上列出滞后和逾期任务中的前${BULLETIN_LIST_MAX}项（红灯在前），其余${lagging.length - BULLETIN_LIST_MAX}项见系统“任务清单”（可按状态筛选并导出）。` }] : []),
    { type: 'h1', text: '进展报送情况' },
    { type: 'p', text: missing.length === 0 ? `各责任单位均按时报送了${periodLabelZh(req.period)}工作进展。` : `以下单位未在${periodLabelZh(req.deadline)}前报送${periodLabelZh(req.period)}工作进展，予以通报，并按考核方案扣分：` },
    ...(missing.length ? [{ type: 'table' as const, headers: ['单位', '未报任务数', '任务'], widths: [24, 14, 62],
      rows: [...missingByUnit.entries()].sort((a, b) => b[1] - a[1]).slice(0, BULLETIN_LIST_MAX).map(([u, n]) => {
        const titles = missing.filter((m) => m.leadUnitName === u).map((m) => m.title);
        return [u, n, titles.length > 5 ? `${titles.slice(0, 5).join('；')}等${titles.length}项` : titles.join('；')];
      }) }] : []),
    { type: 'h1', text: '督办情况' },
    { type: 'p', text: `本年度累计下发督办单${notices.length}件（一般${notices.filter((n) => n.level === '一般').length}件、重点${notices.filter((n) => n.level === '重点').length}件、挂牌${notices.filter((n) => n.level === '挂牌').length}件），已答复${notices.filter((n) => n.state === 'replied').length}件，逾期未答复${overdueReplies.length}件。` },
    ...(overdueReplies.length ? [{ type: 'table' as const, headers: ['督办级别', '任务', '责任单位', '答复期限'], widths: [14, 46, 24, 16], rows: overdueReplies.slice(0, BULLETIN_LIST_MAX).map((n) => [n.level, n.title, n.unitName, n.replyDue]) }] : []),
    { type: 'h1', text: '下一步工作要求' },
    { type: 'p', text: '各责任单位要对照任务清单和时间节点，逐项查找差距，红灯任务要制定整改措施、明确完成时限，黄灯任务要加快推进；按时报送月度进展，如实反映存在问题。对逾期未报、督办逾期未答复的单位，将在年终考核中扣分，并视情况约谈单位主要负责人。' },
  ];
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'plan_year', entityId: year, after: { document: 'monthly_bulletin', month } });
  return buildOfficialDocument({
    issuer: `${ISSUER}`, docNumber: `督办通报〔${year}〕第${Number(month.slice(5))}期`, title: `关于${periodLabelZh(month)}重点工作推进情况的通报`,
    recipients: '委各科室，各责任单位', blocks, signature: ISSUER, date: asOf,
  });
}

const assessmentSheet = {
  sheetName: '考核结果',
  columns: [
    { key: 'rank', header: '名次', kind: 'integer', width: 8 },
    { key: 'unitName', header: '单位', width: 28 },
    { key: 'total', header: '总分', kind: 'number', width: 10 },
    { key: 'business', header: '业务得分', kind: 'number', width: 10 },
    { key: 'party', header: '党建得分', kind: 'number', width: 10 },
    { key: 'deductions', header: '扣分', kind: 'number', width: 8 },
    { key: 'bonus', header: '加分', kind: 'number', width: 8 },
    { key: 'grade', header: '等次', width: 8 },
    { key: 'taskCount', header: '任务数', kind: 'integer', width: 8 },
    { key: 'explain', header: '得分明细', width: 80 },
  ],
  row: z.object({}),
} satisfies SheetSpec<z.ZodTypeAny>;

export async function assessmentXlsx(ctx: AppContext, actor: Actor, year: number): Promise<Buffer> {
  const a = await computeAssessment(ctx, actor, year);
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'plan_year', entityId: year, after: { document: 'assessment_xlsx' } });
  return buildWorkbook(assessmentSheet, a.units.map((u) => ({ ...u, explain: u.items.map((i) => `${i.points > 0 ? '+' : ''}${i.points} ${i.reason}`).join('\n') })));
}

export async function assessmentDocx(ctx: AppContext, actor: Actor, year: number): Promise<Buffer> {
  const a = await computeAssessment(ctx, actor, year);
  const s = a.scheme;
  const grades = ['优秀', '良好', '合格', '不合格'] as const;
  const blocks: DocBlock[] = [
    { type: 'h1', text: '考核办法' },
    { type: 'p', text: `按照“同谋划、同部署、同推进、同考核”要求，业务工作和党建工作统一考核：单位得分＝业务得分×${s.businessShare}%＋党建得分×${s.partyShare}%－扣分＋加分。任务按权重计分，按期完成计${s.completion.onTime}、逾期完成计${s.completion.late}、部分完成计${s.completion.partial}、未完成计${s.completion.undone}；月度进展未报每次扣${s.deductions.missingReport}分、逾期报送扣${s.deductions.lateReport}分、月末红灯每次扣${s.deductions.redMonth}分、督办逾期答复扣${s.deductions.overdueSupervisionReply}分；加分合计不超过${s.bonusCap}分。` },
    { type: 'h1', text: '考核结果' },
    { type: 'p', text: `截至${periodLabelZh(a.statusDate)}，参加考核单位${a.units.length}个，${grades.map((g) => `${g}${a.units.filter((u) => u.grade === g).length}个`).join('、')}。` },
    { type: 'table', headers: ['名次', '单位', '总分', '业务', '党建', '扣分', '加分', '等次'], widths: [8, 30, 10, 10, 10, 10, 10, 12],
      rows: a.units.map((u) => [u.rank, u.unitName, u.total, u.business ?? '—', u.party ?? '—', u.deductions, u.bonus, u.grade]) },
    { type: 'h1', text: '有关要求' },
    { type: 'p', text: '各单位要对照扣分事项认真整改，每一项得分、扣分均可在系统“年度考核”中追溯到具体任务和记录。对考核结果有异议的，请于通报印发之日起5个工作日内向综合科书面反映。' },
  ];
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'plan_year', entityId: year, after: { document: 'assessment_docx' } });
  return buildOfficialDocument({ issuer: ISSUER, docNumber: `考核通报〔${year}〕1号`, title: `关于${year}年度重点工作考核结果的通报`, recipients: '委各科室，各责任单位', blocks, signature: ISSUER, date: statusDateOf({ statusDate: a.statusDate }) });
}
