// Statistics tables in and out as .xlsx, in the shape the statistics bureau sends: one row per indicator
// and period with the cumulative value, last year's comparable value, the published growth, the unit, and
// the city's growth and the district's rank when known. An import commits every row or none; each bad
// cell is named (row, column, reason). Imported values arrive as submitted, for the division to approve.
import { z } from 'zod';
import { growthRange } from '../../../common/economy-schemas.ts';
import { monthsElapsed } from '../../../common/economy.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { buildTemplate, buildWorkbook, invalidRowsError, parseImport, type ImportRowError, type SheetSpec } from '../../platform/xlsx.ts';
import * as repo from './economy.repository.ts';
import { todayOf, writeValue } from './economy.service.ts';

const growth = z.number().finite().min(growthRange.min, `增速须在 ${growthRange.min}% 至 ${growthRange.max}% 之间`).max(growthRange.max, `增速须在 ${growthRange.min}% 至 ${growthRange.max}% 之间`);

export const valueSheet = {
  sheetName: '指标数据',
  columns: [
    { key: 'code', header: '指标代码', required: true, width: 14, example: 'RETAIL' },
    { key: 'name', header: '指标名称', width: 28, note: '仅供阅读，导入按指标代码匹配' },
    { key: 'period', header: '期间', required: true, width: 10, note: '月度 2023-03（1-3月累计），季度 2023-Q1', example: '2023-03' },
    { key: 'unit', header: '计量单位', required: true, width: 10, note: '须与指标目录一致', example: '亿元' },
    { key: 'cumValue', header: '累计值', width: 14, kind: 'number' },
    { key: 'prevCumValue', header: '上年同期可比值', width: 16, kind: 'number' },
    { key: 'yoyPct', header: '同比增长(%)', width: 12, kind: 'number' },
    { key: 'cityYoyPct', header: '全市增速(%)', width: 12, kind: 'number' },
    { key: 'cityRank', header: '全市排名', width: 10, kind: 'integer' },
    { key: 'note', header: '说明', width: 36 },
  ],
  row: z.object({
    code: z.string().trim().min(1).max(32),
    name: z.string().optional(),
    period: z.coerce.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, '期间格式应为 2023-03 或 2023-Q1'),
    unit: z.string().trim().min(1).max(20),
    cumValue: z.number().finite().min(-1e12).max(1e12).optional(),
    prevCumValue: z.number().finite().min(-1e12).max(1e12).optional(),
    yoyPct: growth.optional(),
    cityYoyPct: growth.optional(),
    cityRank: z.number().int().min(1).max(99).optional(),
    note: z.string().trim().max(2000).optional(),
  }),
} satisfies SheetSpec<z.ZodTypeAny>;

export async function valueTemplate(_ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'econ.read');
  return buildTemplate(valueSheet);
}

export async function exportValues(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'econ.read');
  const [inds, vals] = await Promise.all([repo.indicators(ctx.db), repo.values(ctx.db, { years: [year], approvedOnly: true })]);
  const byId = new Map(inds.map((i) => [i.id, i]));
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'econ.export', entityType: 'econ_year', entityId: year, after: { rows: vals.length } });
  return buildWorkbook(valueSheet, vals.map((v) => {
    const i = byId.get(v.indicatorId)!;
    return { code: i.code, name: i.name, period: v.period, unit: i.unit, cumValue: v.cumValue, prevCumValue: v.prevCumValue, yoyPct: v.yoyPct, cityYoyPct: v.cityYoyPct, cityRank: v.cityRank, note: v.note };
  }));
}

const columnOfError: Record<string, string> = {
  'econ.period_freq_mismatch': '期间', 'econ.period_not_ended': '期间', 'econ.jan_merged': '期间', 'econ.value_locked': '期间',
  'econ.cumulative_fall': '累计值', 'econ.value_empty': '累计值', 'econ.not_source_unit': '指标代码', 'auth.forbidden': '指标代码',
};

/** Imports a statistics table; `confirmFalls` accepts cumulative values that fall (flagged revisions). All rows or none. */
export async function importValues(ctx: AppContext, actor: Actor, file: Buffer, opts: { confirmFalls: boolean }) {
  requirePermission(actor, 'econ.report');
  const { rows, rowNumbers } = await parseImport(valueSheet, file, { maxBytes: ctx.config.maxUploadMb * 1024 * 1024, maxRows: 50_000 });
  const today = todayOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const inds = new Map((await repo.indicators(trx)).map((i) => [i.code, i]));
    const errors: ImportRowError[] = [];
    const seen = new Set<string>();
    const periods = new Set<string>();
    // Rows of one indicator are written in period order, so a fall is judged against the row before it.
    const order = rows.map((r, k) => ({ r, k })).sort((a, b) => a.r.code.localeCompare(b.r.code) || (/^\d{4}-(\d{2}|Q\d)$/.test(a.r.period) && /^\d{4}-(\d{2}|Q\d)$/.test(b.r.period)
      ? a.r.period.slice(0, 4).localeCompare(b.r.period.slice(0, 4)) || monthsElapsed(a.r.period) - monthsElapsed(b.r.period) : 0));
    for (const { r, k } of order) {
      const row = rowNumbers[k];
      const fail = (column: string, reason: string) => errors.push({ row, column, reason });
      const i = inds.get(r.code);
      if (!i) { fail('指标代码', `指标不存在：${r.code}`); continue; }
      if (r.unit !== i.unit) { fail('计量单位', `计量单位应为“${i.unit}”，文件中为“${r.unit}”`); continue; }
      const key = `${r.code}|${r.period}`;
      if (seen.has(key)) { fail('期间', `${r.code} 的 ${r.period} 在文件中重复`); continue; }
      seen.add(key);
      try {
        await writeValue(trx, actor, i, r.period, {
          cumValue: r.cumValue ?? null, prevCumValue: r.prevCumValue ?? null, yoyPct: r.yoyPct ?? null, cityYoyPct: r.cityYoyPct ?? null, cityRank: r.cityRank ?? null,
          note: r.note ?? '', submit: true, confirmFall: opts.confirmFalls, source: 'import',
        }, today);
        periods.add(r.period);
      } catch (e) {
        if (e instanceof AppError && columnOfError[e.code]) fail(columnOfError[e.code], e.message);
        else throw e;
      }
    }
    errors.sort((a, b) => a.row - b.row);
    if (errors.length) throw invalidRowsError(errors);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'econ.import', entityType: 'econ_values', entityId: null, after: { rows: rows.length, periods: [...periods].sort() } });
    return { imported: rows.length, periods: [...periods].sort() };
  });
}
