// Livelihood files: the index result as a workbook that lets anyone reproduce the figures (raw values,
// normalised scores, weights, results, method), and the value import (template and all-or-nothing import).
import { z } from 'zod';
import { districts, SELF } from '../../../common/livelihood.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { buildTemplate, buildWorkbookSheets, invalidRowsError, parseImport, type ImportRowError, type SheetSpec } from '../../platform/xlsx.ts';
import { computeYear, systemOf, writeValues } from './livelihood.service.ts';

const districtName = new Map(districts.map((d) => [d.code, d.name]));
const districtByName = new Map(districts.flatMap((d) => [[d.name, d.code], [d.code, d.code]]));
const normLabel: Record<string, string> = { minmax: '极差标准化（min–max，0–100；逆向指标反转）', zscore: 'Z 分数（T 分数 50 + 10z；逆向指标反转）', target: '目标值法（正向 100·x/目标，逆向 100·目标/x，上限 120）' };
const aggLabel: Record<string, string> = { arithmetic: '加权算术平均', geometric: '加权几何平均（得分低于 1 按 1 计）' };

export async function exportIndex(ctx: AppContext, actor: Actor, year: number, q: { normalisation?: 'minmax' | 'zscore' | 'target'; aggregation?: 'arithmetic' | 'geometric' }) {
  requirePermission(actor, 'live.read');
  const { s, raw, result, sens, normalisation, aggregation } = await computeYear(ctx.db, year, q);
  const ds = Object.keys(raw);
  const dimCols = s.dimensions.map((d) => ({ key: d.code, header: `${d.name}`, kind: 'number' as const, width: 10 }));
  const indCols = s.indicators.map((i) => ({ key: i.code, header: `${i.code} ${i.name}（${i.unit}）`, kind: 'number' as const, width: 16 }));
  const sheets: { spec: SheetSpec; rows: Record<string, unknown>[] }[] = [
    {
      spec: { sheetName: '原始数据', columns: [{ key: 'district', header: '区', width: 10 }, ...indCols], row: z.any() },
      rows: ds.map((d) => ({ district: districtName.get(d), ...raw[d] })),
    },
    {
      spec: { sheetName: '标准化得分', columns: [{ key: 'district', header: '区', width: 10 }, ...indCols], row: z.any() },
      rows: ds.map((d) => ({ district: districtName.get(d), ...Object.fromEntries(s.indicators.map((i) => [i.code, result.scores[i.code]?.[d] ?? null])) })),
    },
    {
      spec: {
        sheetName: '权重', row: z.any(), columns: [
          { key: 'level', header: '层级', width: 8 }, { key: 'code', header: '编码', width: 10 }, { key: 'name', header: '名称', width: 30 }, { key: 'dimension', header: '所属维度', width: 12 },
          { key: 'weight', header: '权重', kind: 'number', width: 10 }, { key: 'direction', header: '方向', width: 8 }, { key: 'unit', header: '单位', width: 10 }, { key: 'target', header: '目标值', kind: 'number', width: 10 },
          { key: 'source', header: '数据来源单位', width: 24 },
        ],
      },
      rows: [
        ...s.dimensions.map((d) => ({ level: '维度', code: d.code, name: d.name, dimension: d.groupName, weight: d.weight })),
        ...s.indicators.map((i) => ({ level: '指标', code: i.code, name: i.name, dimension: s.dimensions.find((d) => d.id === i.dimensionId)?.name, weight: i.weight, direction: i.direction === 'up' ? '正向' : '逆向', unit: i.unit, target: i.target, source: i.sourceUnitName })),
      ],
    },
    {
      spec: { sheetName: '指数结果', columns: [{ key: 'rank', header: '排名', kind: 'integer', width: 6 }, { key: 'district', header: '区', width: 10 }, { key: 'total', header: '总指数', kind: 'number', width: 10 }, { key: 'qy', header: '七有指数', kind: 'number', width: 10 }, { key: 'wx', header: '五性指数', kind: 'number', width: 10 }, ...dimCols], row: z.any() },
      rows: result.districts.map((d) => ({ rank: d.rank, district: districtName.get(d.district), total: d.total, qy: d.groups.七有, wx: d.groups.五性, ...d.dimensions })),
    },
    {
      spec: { sheetName: '方法说明', columns: [{ key: 'item', header: '项目', width: 16 }, { key: 'value', header: '说明', width: 90 }], row: z.any() },
      rows: [
        { item: '年度', value: String(year) },
        { item: '标准化方法', value: `${normalisation}：${normLabel[normalisation]}` },
        { item: '汇总方法', value: `${aggregation}：${aggLabel[aggregation]}` },
        { item: '维度得分', value: '维度内各指标标准化得分按指标权重汇总；缺失值不补零，在其余指标间重新归一权重' },
        { item: '七有/五性指数', value: '相应维度得分按维度权重（组内重新归一）汇总' },
        { item: '总指数', value: '12 个维度得分按维度权重汇总；排名由高到低，并列取较好名次' },
        { item: '数据范围', value: `已审核的年度数据，${ds.length} 个区（本区：${districtName.get(SELF)}）` },
        { item: '敏感性分析', value: `蒙特卡洛 ${sens.runs} 次，各权重乘以 [${1 - sens.spread}, ${1 + sens.spread}] 上均匀分布的随机因子后逐层归一；随机种子 ${sens.seed}（mulberry32）` },
      ],
    },
  ];
  return buildWorkbookSheets(sheets);
}

export const valueSheet = {
  sheetName: '七有五性指标数据',
  columns: [
    { key: 'code', header: '指标编码', required: true, width: 12 }, { key: 'name', header: '指标名称', width: 30 }, { key: 'unit', header: '计量单位', width: 10 },
    { key: 'district', header: '区', required: true, width: 10, note: '本区或其他区的名称，如“怀柔区”；其他区的数据由科室录入' },
    { key: 'quarter', header: '季度', kind: 'integer', width: 8, note: '年度数据留空或填 0；季度数据填 1–4' },
    { key: 'value', header: '数值', required: true, kind: 'number', width: 12 }, { key: 'note', header: '备注', width: 24 },
  ],
  row: z.object({
    code: z.string().trim().min(1), name: z.string().optional(), unit: z.string().optional(), district: z.string().trim().min(1),
    quarter: z.number().int().min(0, '季度应为 0–4').max(4, '季度应为 0–4').optional(), value: z.number().finite(), note: z.string().trim().max(200).optional(),
  }),
} satisfies SheetSpec<z.ZodTypeAny>;

export async function valueTemplate(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'live.read');
  return buildTemplate(valueSheet);
}

/** A member unit's (or the division's) values of a year; every bad cell is named, and nothing is saved unless all rows pass. */
export async function importValues(ctx: AppContext, actor: Actor, year: number, file: Buffer) {
  requirePermission(actor, 'live.report');
  const { rows, rowNumbers } = await parseImport(valueSheet, file, { maxBytes: ctx.config.maxUploadMb * 1024 * 1024, maxRows: 5000 });
  return ctx.db.transaction().execute(async (trx) => {
    const s = await systemOf(trx, year);
    const byCode = new Map(s.indicators.map((i) => [i.code, i]));
    const errors: ImportRowError[] = [];
    const seen = new Set<string>();
    for (const [k, r] of rows.entries()) {
      const fail = (column: string, reason: string) => errors.push({ row: rowNumbers[k], column, reason });
      const ind = byCode.get(r.code);
      const district = districtByName.get(r.district);
      if (!ind) { fail('指标编码', `${year} 年指标体系中没有该指标：${r.code}`); continue; }
      if (!district) { fail('区', `不是本市的区：${r.district}`); continue; }
      if (r.unit && r.unit !== ind.unit) { fail('计量单位', `计量单位应为“${ind.unit}”，文件中为“${r.unit}”`); continue; }
      const key = `${r.code}|${district}|${r.quarter ?? 0}`;
      if (seen.has(key)) { fail('指标编码', `与前面的行重复：${r.code} ${r.district}`); continue; }
      seen.add(key);
      try {
        await writeValues(trx, actor, { year, quarter: r.quarter ?? 0, items: [{ indicatorId: ind.id, district, value: r.value, note: r.note ?? '' }] }, 'import');
      } catch (e) {
        if (e instanceof AppError && ['live.value_out_of_range', 'live.locked', 'live.not_source_unit', 'live.peer_by_division'].includes(e.code)) fail(e.code === 'live.value_out_of_range' ? '数值' : e.code === 'live.peer_by_division' ? '区' : '指标编码', e.message);
        else throw e;
      }
    }
    if (errors.length) throw invalidRowsError(errors);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'live.import', entityType: 'live_values', entityId: year, after: { rows: rows.length } });
    return { imported: rows.length };
  });
}
