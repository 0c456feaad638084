// The plan as a spreadsheet, losslessly: the export is exactly the import format (areas, work points,
// units by code, target, weight, milestones), so a division can edit offline and re-import. Re-import
// updates by task code, creates what is new, and reports what changed; all rows or none.
import { z } from 'zod';
import { isIsoDate } from '../../../common/periods.ts';
import { taskCategories, taskTags, targetDirections, type TaskInput } from '../../../common/workplan.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { nowIso, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { buildTemplate, buildWorkbook, invalidRowsError, parseImport, type ImportRowError, type SheetSpec } from '../../platform/xlsx.ts';
import { insertTask, updateTaskInTrx } from './workplan.service.ts';
import * as repo from './workplan.repository.ts';

const directionLabel: Record<(typeof targetDirections)[number], string> = { atLeast: '不少于', atMost: '不超过', exact: '等于' };
const directionByLabel = new Map(Object.entries(directionLabel).flatMap(([k, v]) => [[v, k], [k, k]])) as Map<string, (typeof targetDirections)[number]>;

/** One milestone a line: 名称｜计划日期｜计划进度%｜成果｜完成日期 (the last three may be empty). */
export function formatMilestones(ms: { title: string; plannedDate: string; plannedPct: number | null; deliverable: string; doneDate: string | null }[]): string {
  return ms.map((m) => [m.title, m.plannedDate, m.plannedPct === null ? '' : `${m.plannedPct}%`, m.deliverable, m.doneDate ?? ''].join('｜').replace(/｜+$/, '')).join('\n');
}

const milestonesCell = z.string().optional().transform((s, c) => {
  const out: TaskInput['milestones'] = [];
  for (const [i, line] of (s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).entries()) {
    const [title, date, pct, deliverable, done] = line.split(/[｜|]/).map((x) => x.trim());
    const pctNum = pct ? Number(pct.replace(/%$/, '')) : null;
    if (!title || !date || !isIsoDate(date) || (pctNum !== null && !(pctNum >= 0 && pctNum <= 100)) || (done && !isIsoDate(done))) {
      c.addIssue({ code: 'custom', message: `第 ${i + 1} 个节点格式应为“名称｜YYYY-MM-DD｜进度%｜成果｜完成日期”：${line}` });
      return z.NEVER;
    }
    out.push({ title, plannedDate: date, plannedPct: pctNum, deliverable: deliverable ?? '', doneDate: done || null });
  }
  return out;
});

export const planSheet = {
  sheetName: '重点任务',
  columns: [
    { key: 'code', header: '任务编号', required: true, width: 16 },
    { key: 'areaSeq', header: '领域序号', required: true, width: 8, kind: 'integer', note: '0 为“三个聚焦”常态化工作，1–8 为讲话八个方面' },
    { key: 'workPointSeq', header: '工作要点序号', required: true, width: 10, note: '如 3.2；不存在时按“工作要点”新建' },
    { key: 'workPointTitle', header: '工作要点', width: 30 },
    { key: 'title', header: '任务名称', required: true, width: 36 },
    { key: 'description', header: '任务描述', width: 40 },
    { key: 'category', header: '类别', required: true, width: 8, kind: 'enum', values: taskCategories },
    { key: 'tags', header: '标签', width: 14, kind: 'list', note: `可选：${taskTags.join('、')}` },
    { key: 'leadUnit', header: '牵头单位编码', required: true, width: 14 },
    { key: 'coUnits', header: '配合单位编码', width: 22, kind: 'list' },
    { key: 'leaderName', header: '责任领导', required: true, width: 10 },
    { key: 'startDate', header: '开始日期', required: true, width: 12, kind: 'date' },
    { key: 'dueDate', header: '完成时限', required: true, width: 12, kind: 'date' },
    { key: 'targetMetric', header: '量化指标', width: 16 },
    { key: 'targetValue', header: '目标值', width: 10, kind: 'number' },
    { key: 'targetUnit', header: '单位', width: 8 },
    { key: 'targetDirection', header: '目标方向', width: 10, kind: 'enum', values: Object.values(directionLabel) },
    { key: 'weight', header: '权重', required: true, width: 8, kind: 'integer' },
    { key: 'milestones', header: '节点', width: 50, note: '每行一个节点：名称｜计划日期｜计划进度%｜成果｜完成日期' },
  ],
  row: z.object({
    code: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9_.-]+$/, '只能包含字母、数字、下划线、点和连字符'),
    areaSeq: z.number().int().min(0).max(8),
    workPointSeq: z.coerce.string().trim().min(1).max(16),
    workPointTitle: z.string().trim().max(200).optional(),
    title: z.string().trim().min(1).max(100),
    description: z.string().trim().max(2000).optional(),
    category: z.enum(taskCategories),
    tags: z.array(z.enum(taskTags)).optional(),
    leadUnit: z.string().trim().min(1),
    coUnits: z.array(z.string()).optional(),
    leaderName: z.string().trim().min(1).max(50),
    startDate: z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD'),
    dueDate: z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD'),
    targetMetric: z.string().trim().max(100).optional(),
    targetValue: z.number().finite().optional(),
    targetUnit: z.string().trim().max(20).optional(),
    targetDirection: z.string().optional().transform((v, c) => {
      if (v === undefined) return undefined;
      const d = directionByLabel.get(v.trim());
      if (!d) c.addIssue({ code: 'custom', message: `目标方向须为：${Object.values(directionLabel).join('、')}` });
      return d;
    }),
    weight: z.number().int().min(1).max(100),
    milestones: milestonesCell,
  }),
} satisfies SheetSpec<z.ZodTypeAny>;

export async function planTemplate(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'plan.read');
  return buildTemplate(planSheet);
}

export async function exportPlan(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'plan.read');
  const [tasks, areas, wps, ms, units] = await Promise.all([
    ctx.db.selectFrom('tasks').selectAll().where('year', '=', year).orderBy('code').execute(),
    repo.areas(ctx.db, year), repo.workPoints(ctx.db, year), repo.milestonesOf(ctx.db, { year }),
    ctx.db.selectFrom('taskUnits').innerJoin('tasks', 'tasks.id', 'taskUnits.taskId').innerJoin('orgUnits', 'orgUnits.id', 'taskUnits.orgId')
      .select(['taskUnits.taskId', 'taskUnits.role', 'orgUnits.code']).where('tasks.year', '=', year).execute(),
  ]);
  const areaSeq = new Map(areas.map((a) => [a.id, a.seq]));
  const wp = new Map(wps.map((w) => [w.id, w]));
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'plan.export', entityType: 'plan_year', entityId: year, after: { rows: tasks.length } });
  return buildWorkbook(planSheet, tasks.map((t) => {
    const w = wp.get(t.workPointId)!;
    return {
      code: t.code, areaSeq: areaSeq.get(w.areaId), workPointSeq: w.seq, workPointTitle: w.title, title: t.title, description: t.description,
      category: t.category, tags: JSON.parse(t.tags), leadUnit: units.find((u) => u.taskId === t.id && u.role === 'lead')?.code,
      coUnits: units.filter((u) => u.taskId === t.id && u.role === 'co').map((u) => u.code), leaderName: t.leaderName, startDate: t.startDate, dueDate: t.dueDate,
      targetMetric: t.targetMetric, targetValue: t.targetValue, targetUnit: t.targetUnit, targetDirection: t.targetDirection ? directionLabel[t.targetDirection as 'atLeast'] : null,
      weight: t.weight, milestones: formatMilestones(ms.filter((m) => m.taskId === t.id)),
    };
  }));
}

type Change = { code: string; fields: string[] };

/** Re-import: by task code, create or update; report created, updated (with the fields that changed) and unchanged. */
export async function importPlan(ctx: AppContext, actor: Actor, year: number, file: Buffer) {
  requirePermission(actor, 'plan.write');
  const { rows, rowNumbers } = await parseImport(planSheet, file, { maxBytes: ctx.config.maxUploadMb * 1024 * 1024, maxRows: 20_000 });
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.yearRow(trx, year))) throw new AppError('plan.year_not_found', { year });
    const orgs = new Map((await trx.selectFrom('orgUnits').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
    const areas = new Map((await repo.areas(trx, year)).map((a) => [a.seq, a.id]));
    const wps = new Map((await repo.workPoints(trx, year)).map((w) => [w.seq, w]));
    const errors: ImportRowError[] = [];
    const seen = new Set<string>();
    const created: string[] = [];
    const updated: Change[] = [];
    let unchanged = 0;
    for (const [i, r] of rows.entries()) {
      const row = rowNumbers[i];
      const fail = (column: string, reason: string) => errors.push({ row, column, reason });
      if (seen.has(r.code)) { fail('任务编号', `任务编号重复：${r.code}`); continue; }
      seen.add(r.code);
      const lead = orgs.get(r.leadUnit);
      if (!lead) { fail('牵头单位编码', `单位不存在：${r.leadUnit}`); continue; }
      const co: number[] = [];
      for (const c of r.coUnits ?? []) {
        const id = orgs.get(c);
        if (id) co.push(id); else fail('配合单位编码', `单位不存在：${c}`);
      }
      const areaId = areas.get(r.areaSeq);
      if (areaId === undefined) { fail('领域序号', `${year} 年度没有领域 ${r.areaSeq}`); continue; }
      const hasTarget = r.targetMetric || r.targetValue !== undefined;
      if (hasTarget && (!r.targetMetric || r.targetValue === undefined || !r.targetUnit || !r.targetDirection)) { fail('量化指标', '量化指标、目标值、单位、目标方向须同时填写'); continue; }
      if (errors.length) continue;
      let wp = wps.get(r.workPointSeq);
      if (!wp) {
        if (!r.workPointTitle) { fail('工作要点', `工作要点 ${r.workPointSeq} 不存在，新建须填写名称`); continue; }
        const now = nowIso();
        const { id } = await trx.insertInto('workPoints').values({ year, areaId, seq: r.workPointSeq, title: r.workPointTitle, source: '["自定"]', version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
        wp = { id, areaId, seq: r.workPointSeq, title: r.workPointTitle, source: '["自定"]' };
        wps.set(r.workPointSeq, wp);
      }
      const input: TaskInput = {
        code: r.code, workPointId: wp.id, title: r.title, description: r.description ?? '', category: r.category, tags: r.tags ?? [],
        leadUnitId: lead, coUnitIds: co, leaderName: r.leaderName, startDate: r.startDate, dueDate: r.dueDate,
        target: hasTarget ? { metric: r.targetMetric!, value: r.targetValue!, unit: r.targetUnit!, direction: r.targetDirection! } : null,
        weight: r.weight, milestones: r.milestones,
      };
      try {
        const existing = await trx.selectFrom('tasks').selectAll().where('code', '=', r.code).executeTakeFirst();
        if (!existing) {
          await insertTask(trx, actor.userId, year, input);
          created.push(r.code);
        } else if (existing.year !== year) {
          fail('任务编号', `任务编号 ${r.code} 已用于 ${existing.year} 年度`);
        } else {
          const fields = await diffTask(trx, existing.id, input);
          if (fields.length === 0) { unchanged++; continue; }
          const { code: _c, ...rest } = input;
          await updateTaskInTrx(trx, actor, existing.id, { ...rest, version: existing.version });
          updated.push({ code: r.code, fields });
        }
      } catch (e) {
        if (e instanceof AppError) fail(e.code.startsWith('task.milestone') ? '节点' : e.code === 'task.due_before_start' ? '完成时限' : '任务编号', e.message);
        else throw e;
      }
    }
    if (errors.length) throw invalidRowsError(errors);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'plan.import', entityType: 'plan_year', entityId: year, after: { created, updated, unchanged } });
    return { created, updated, unchanged };
  });
}

const fieldLabels: Record<string, string> = {
  workPointId: '工作要点', title: '任务名称', description: '任务描述', category: '类别', tags: '标签', leadUnitId: '牵头单位', coUnitIds: '配合单位', leaderName: '责任领导',
  startDate: '开始日期', dueDate: '完成时限', target: '量化目标', weight: '权重', milestones: '节点',
};

async function diffTask(trx: Trx, id: number, input: TaskInput): Promise<string[]> {
  const t = await trx.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const units = await trx.selectFrom('taskUnits').select(['orgId', 'role']).where('taskId', '=', id).execute();
  const ms = await repo.milestonesOf(trx, { taskId: id });
  const now: Record<string, unknown> = {
    workPointId: t.workPointId, title: t.title, description: t.description, category: t.category, tags: JSON.parse(t.tags), leadUnitId: t.leadUnitId,
    coUnitIds: units.filter((u) => u.role === 'co').map((u) => u.orgId).sort(), leaderName: t.leaderName, startDate: t.startDate, dueDate: t.dueDate,
    target: t.targetMetric ? { metric: t.targetMetric, value: t.targetValue, unit: t.targetUnit, direction: t.targetDirection } : null, weight: t.weight,
    milestones: formatMilestones(ms),
  };
  const next: Record<string, unknown> = { ...input, coUnitIds: [...new Set(input.coUnitIds)].filter((u) => u !== input.leadUnitId).sort(), milestones: formatMilestones(input.milestones.map((m) => ({ ...m, plannedPct: m.plannedPct ?? null, deliverable: m.deliverable ?? '', doneDate: m.doneDate ?? null }))) };
  return Object.keys(fieldLabels).filter((k) => JSON.stringify(now[k]) !== JSON.stringify(next[k])).map((k) => fieldLabels[k]);
}
