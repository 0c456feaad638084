// The project library as a spreadsheet: the export is the import format (units by code, milestones one a
// line as 节点｜计划日期｜实际日期｜文号). Re-import creates new codes and updates existing ones; all rows or none.
import { z } from 'zod';
import { isIsoDate } from '../../../common/periods.ts';
import { isProjectCode, milestoneSteps, projectCategories, projectNatures, projectSectors, projectTags, type ProjectInput } from '../../../common/projects.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { buildTemplate, buildWorkbook, invalidRowsError, parseImport, type ImportRowError, type SheetSpec } from '../../platform/xlsx.ts';
import * as repo from './projects.repository.ts';
import { insertProject, updateProjectInTrx } from './projects.service.ts';

const milestonesCell = z.string().optional().transform((s, c) => {
  const out: ProjectInput['milestones'] = [];
  for (const line of (s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const [step, planned, actual, docNo] = line.split(/[｜|]/).map((x) => x.trim());
    if (!milestoneSteps.includes(step as never) || (planned && !isIsoDate(planned)) || (actual && !isIsoDate(actual))) {
      c.addIssue({ code: 'custom', message: `节点格式应为“节点｜计划日期｜实际日期｜文号”，节点为：${milestoneSteps.join('、')}：${line}` });
      return z.NEVER;
    }
    out.push({ step: step as ProjectInput['milestones'][number]['step'], plannedDate: planned || null, actualDate: actual || null, docNo: docNo ?? '' });
  }
  return out;
});

export const projectSheet = {
  sheetName: '重大项目',
  columns: [
    { key: 'code', header: '项目代码', required: true, width: 28, example: '2023-110116-48-01-123456' },
    { key: 'name', header: '项目名称', required: true, width: 36 },
    { key: 'year', header: '计划年度', required: true, kind: 'integer', width: 10 },
    { key: 'category', header: '项目类别', required: true, kind: 'enum', values: projectCategories, width: 10 },
    { key: 'nature', header: '投资性质', required: true, kind: 'enum', values: projectNatures, width: 10 },
    { key: 'sector', header: '行业领域', required: true, kind: 'enum', values: projectSectors, width: 12 },
    { key: 'tags', header: '标签', kind: 'list', width: 16, note: `可选：${projectTags.join('、')}` },
    { key: 'town', header: '所在镇乡街道编码', width: 14 },
    { key: 'ownerName', header: '建设单位', required: true, width: 24 },
    { key: 'unit', header: '责任单位编码', required: true, width: 14 },
    { key: 'leaderName', header: '责任领导', required: true, width: 10 },
    { key: 'totalInvestment', header: '总投资(万元)', required: true, kind: 'number', width: 12 },
    { key: 'completedBefore', header: '以前年度完成(万元)', kind: 'number', width: 14 },
    { key: 'planConstruction', header: '年度计划建安(万元)', kind: 'number', width: 14 },
    { key: 'planEquipment', header: '年度计划设备(万元)', kind: 'number', width: 14 },
    { key: 'planOther', header: '年度计划其他(万元)', kind: 'number', width: 14 },
    { key: 'statsRegistered', header: '已入统', kind: 'boolean', width: 8 },
    { key: 'milestones', header: '节点', width: 48, note: '每行一个：节点｜计划日期｜实际日期｜文号' },
  ],
  row: z.object({
    code: z.string().trim().refine(isProjectCode, '项目代码格式应为 YYYY-XXXXXX-XX-XX-XXXXXX'),
    name: z.string().trim().min(1).max(200),
    year: z.number().int().min(2000).max(2100),
    category: z.enum(projectCategories),
    nature: z.enum(projectNatures),
    sector: z.enum(projectSectors),
    tags: z.array(z.enum(projectTags)).optional(),
    town: z.string().trim().optional(),
    ownerName: z.string().trim().min(1).max(200),
    unit: z.string().trim().min(1),
    leaderName: z.string().trim().min(1).max(50),
    totalInvestment: z.number().finite().min(0, '金额不能为负数'),
    completedBefore: z.number().finite().min(0, '金额不能为负数').optional(),
    planConstruction: z.number().finite().min(0, '金额不能为负数').optional(),
    planEquipment: z.number().finite().min(0, '金额不能为负数').optional(),
    planOther: z.number().finite().min(0, '金额不能为负数').optional(),
    statsRegistered: z.boolean().optional(),
    milestones: milestonesCell,
  }),
} satisfies SheetSpec<z.ZodTypeAny>;

export async function projectTemplate(_ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'proj.read');
  return buildTemplate(projectSheet);
}

export async function exportProjects(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'proj.read');
  const [rows, ms, orgs] = await Promise.all([repo.projects(ctx.db, actor, { year }), repo.milestonesOfYear(ctx.db, year), ctx.db.selectFrom('orgUnits').select(['id', 'code']).execute()]);
  const code = new Map(orgs.map((o) => [o.id, o.code]));
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'project.export', entityType: 'project_year', entityId: year, after: { rows: rows.length } });
  return buildWorkbook(projectSheet, rows.map((p) => ({
    ...p, tags: JSON.parse(p.tags), town: p.townId ? code.get(p.townId) : null, unit: code.get(p.responsibleUnitId), statsRegistered: !!p.statsRegistered,
    milestones: ms.filter((m) => m.projectId === p.id).map((m) => [m.step, m.plannedDate ?? '', m.actualDate ?? '', m.docNo].join('｜').replace(/｜+$/, '')).join('\n'),
  })));
}

const columnOf: Record<string, string> = { 'proj.milestones_out_of_order': '节点', 'proj.cumulative_exceeds_total': '总投资(万元)', 'proj.unit_not_found': '责任单位编码', 'record.stale': '项目代码' };

export async function importProjects(ctx: AppContext, actor: Actor, file: Buffer) {
  requirePermission(actor, 'proj.write');
  const { rows, rowNumbers } = await parseImport(projectSheet, file, { maxBytes: ctx.config.maxUploadMb * 1024 * 1024, maxRows: 20_000 });
  return ctx.db.transaction().execute(async (trx) => {
    const orgs = new Map((await trx.selectFrom('orgUnits').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
    const errors: ImportRowError[] = [];
    const seen = new Set<string>();
    let created = 0;
    let updated = 0;
    for (const [i, r] of rows.entries()) {
      const fail = (column: string, reason: string) => errors.push({ row: rowNumbers[i], column, reason });
      if (seen.has(r.code)) { fail('项目代码', `项目代码重复：${r.code}`); continue; }
      seen.add(r.code);
      const unit = orgs.get(r.unit);
      if (!unit) { fail('责任单位编码', `单位不存在：${r.unit}`); continue; }
      const town = r.town ? orgs.get(r.town) : null;
      if (r.town && !town) { fail('所在镇乡街道编码', `单位不存在：${r.town}`); continue; }
      const input: ProjectInput = {
        code: r.code, name: r.name, year: r.year, category: r.category, nature: r.nature, sector: r.sector, tags: r.tags ?? [], townId: town ?? null, ownerName: r.ownerName,
        responsibleUnitId: unit, leaderName: r.leaderName, totalInvestment: r.totalInvestment, completedBefore: r.completedBefore ?? 0, planConstruction: r.planConstruction ?? 0,
        planEquipment: r.planEquipment ?? 0, planOther: r.planOther ?? 0, statsRegistered: r.statsRegistered ?? false, description: '', milestones: r.milestones,
      };
      if (errors.length) continue;
      try {
        const existing = await trx.selectFrom('projects').select(['id', 'version']).where('code', '=', r.code).executeTakeFirst();
        if (existing) {
          const { code: _c, ...rest } = input;
          await updateProjectInTrx(trx, actor, existing.id, { ...rest, version: existing.version }, ctx);
          updated++;
        } else {
          await insertProject(trx, actor.userId, input);
          created++;
        }
      } catch (e) {
        if (e instanceof AppError && columnOf[e.code]) fail(columnOf[e.code], e.message);
        else throw e;
      }
    }
    if (errors.length) throw invalidRowsError(errors);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'project.import', entityType: 'projects', entityId: null, after: { created, updated } });
    return { created, updated };
  });
}
