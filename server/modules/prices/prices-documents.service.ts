// Price reports: the daily or weekly price brief and the holiday (window) monitoring report as .docx with
// a trend chart; the xlsx in the municipal price bureau's shape (one row per commodity and day: spec,
// unit, every point's price, the district mean, 环比 and 同比); the day sheet import (all rows or none).
import { z } from 'zod';
import { changePct, meanPrice } from '../../../common/prices.ts';
import { addDays, compareDates, daysBetween, isIsoDate } from '../../../common/periods.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import { renderChartPng } from '../../platform/charts.ts';
import type { AppContext } from '../../platform/context.ts';
import { buildOfficialDocument, type DocBlock } from '../../platform/docx.ts';
import { AppError } from '../../platform/errors.ts';
import { buildTemplate, buildWorkbook, invalidRowsError, parseImport, type ImportRowError, type SheetSpec } from '../../platform/xlsx.ts';
import { analyseDay, dailyMeans, overview, writeQuotes } from './prices.service.ts';
import { isoDateAt } from '../../../common/periods.ts';

const ISSUER = '区发展和改革委员会';
const cn = (d: string) => d.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
const pct = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${v.toFixed(2)}%`);

async function trendChart(ctx: AppContext, from: string, to: string, codes: string[]) {
  const cs = await ctx.db.selectFrom('priceCommodities').select(['id', 'name', 'code']).where('code', 'in', codes).execute();
  const means = await dailyMeans(ctx.db, from, to);
  const dates: string[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) dates.push(d);
  return renderChartPng({
    title: { text: `重点商品价格走势（${cn(from)}—${cn(to)}）`, left: 'center', textStyle: { fontSize: 13 } },
    legend: { bottom: 0 }, grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: dates.map((d) => d.slice(5)), axisLabel: { fontSize: 9 } }, yAxis: { type: 'value', name: '元', scale: true },
    series: cs.map((c) => ({ name: c.name, type: 'line', showSymbol: false, data: dates.map((d) => means.get(c.id)?.get(d) ?? null), connectNulls: true })),
  }, 640, 300);
}

function table(a: Awaited<ReturnType<typeof analyseDay>>, weekly: boolean): DocBlock {
  return {
    type: 'table', headers: ['类别', '商品', '规格', '单位', '均价', weekly ? '周环比' : '日环比', '同比', '预警'], widths: [10, 16, 14, 12, 10, 12, 12, 14],
    rows: a.items.filter((i) => i.price !== null).map((i) => [i.group, i.name, i.spec, i.unit, i.price!.toFixed(2), pct(weekly ? i.weekChangePct : i.dayChangePct), pct(i.yoyPct), i.ruleAlert === 'red' ? '红色' : i.ruleAlert === 'yellow' ? '黄色' : i.alpsGrade === 'crisis' ? '统计预警' : '—']),
  };
}

/** The daily or weekly price brief of a day. */
export async function priceBrief(ctx: AppContext, actor: Actor, date: string, kind: 'daily' | 'weekly') {
  requirePermission(actor, 'price.read');
  // The day's figures as the overview page shows them, kept until the next price write: at city scale
  // (a million quotes) working them out again took a second a brief.
  const a = await overview(ctx, actor, date);
  const priced = a.items.filter((i) => i.price !== null);
  if (priced.length === 0) throw new AppError('price.no_data', { date });
  const change = (i: (typeof priced)[number]) => (kind === 'weekly' ? i.weekChangePct : i.dayChangePct) ?? 0;
  const up = priced.filter((i) => change(i) > 0.5).sort((x, y) => change(y) - change(x));
  const down = priced.filter((i) => change(i) < -0.5).sort((x, y) => change(x) - change(y));
  const alerts = priced.filter((i) => i.ruleAlert || i.alpsGrade === 'crisis');
  const chart = await trendChart(ctx, addDays(date, kind === 'weekly' ? -27 : -13), date, ['VEG-BASKET', 'PORK-LEAN', 'EGG', 'CABBAGE'].filter(Boolean));
  const blocks: DocBlock[] = [
    { type: 'h1', text: '总体情况' },
    { type: 'p', text: `${cn(date)}，全区${priced.length}种重点监测商品中，价格${kind === 'weekly' ? '较上周' : '较前一日'}上涨的${up.length}种、下降的${down.length}种、基本持平的${priced.length - up.length - down.length}种。${a.overallIndex !== null ? `重点商品价格总指数为${a.overallIndex}（${a.baseYear}年=100）。` : ''}` },
    { type: 'p', text: a.groups.filter((g) => g.index !== null).map((g) => `${g.group}类价格指数${g.index}`).join('，') + '。' },
    { type: 'image', png: chart.png, width: chart.width, height: chart.height, caption: '图1 重点商品价格走势' },
    { type: 'h1', text: '主要变化' },
    { type: 'p', text: [up.slice(0, 5).map((i) => `${i.name}${i.price!.toFixed(2)}${i.unit.replace('元', '元')}，上涨${change(i).toFixed(2)}%`).join('；'), down.slice(0, 5).map((i) => `${i.name}下降${Math.abs(change(i)).toFixed(2)}%`).join('；')].filter(Boolean).join('。') || '各类商品价格总体平稳。' },
    { type: 'h1', text: '价格预警' },
    { type: 'p', text: alerts.length ? alerts.map((i) => `${i.name}：${i.ruleAlert ? `${kind === 'weekly' ? '周' : ''}环比${pct(i.weekChangePct)}，触发${i.ruleAlert === 'red' ? '红色' : '黄色'}预警` : ''}${i.alpsGrade === 'crisis' ? `${i.ruleAlert ? '；' : ''}偏离季节性趋势${i.alps}个标准差` : ''}，已转为每日报送。`).join('\n') : '本期未触发价格异常波动预警。' },
    { type: 'h1', text: '监测数据' }, table(a, kind === 'weekly'),
  ];
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'price_day', entityId: date, after: { document: `price_${kind}` } });
  return buildOfficialDocument({ issuer: ISSUER, docNumber: `价格监测${kind === 'weekly' ? '周报' : '日报'}〔${date.slice(0, 4)}〕`, title: `${cn(date)}重点商品价格监测${kind === 'weekly' ? '周报' : '日报'}`, recipients: '区政府办公室，市发展改革委价格监测处', blocks, signature: ISSUER, date });
}

/** The holiday (window) monitoring report, as of a day inside the window. */
export async function windowReport(ctx: AppContext, actor: Actor, windowId: number, date: string) {
  requirePermission(actor, 'price.read');
  const w = await ctx.db.selectFrom('priceWindows').selectAll().where('id', '=', windowId).executeTakeFirst();
  if (!w) throw new AppError('record.not_found');
  if (compareDates(date, w.startDate) < 0 || compareDates(date, w.endDate) > 0) throw new AppError('price.outside_window', { date, window: w.name, start: w.startDate, end: w.endDate });
  const [a, before] = await Promise.all([overview(ctx, actor, date), overview(ctx, actor, addDays(w.startDate, -1))]);
  const priced = a.items.filter((i) => i.price !== null);
  const sinceStart = (i: (typeof priced)[number]) => changePct(i.price, before.items.find((b) => b.commodityId === i.commodityId)?.price ?? null);
  const chart = await trendChart(ctx, addDays(w.startDate, -7), date, ['VEG-BASKET', 'PORK-LEAN', 'EGG', 'BEEF']);
  const quotes = await ctx.db.selectFrom('priceQuotes').select(['date']).where('date', '>=', w.startDate).where('date', '<=', date).execute();
  const points = (await ctx.db.selectFrom('pricePoints').select('id').where('active', '=', 1).execute()).length;
  const days = daysBetween(w.startDate, date) + 1;
  const blocks: DocBlock[] = [
    { type: 'h1', text: '监测工作开展情况' },
    { type: 'p', text: `按照市发展改革委部署，我区于${cn(w.startDate)}至${cn(w.endDate)}开展${w.name}期间重要商品价格${w.kind === 'holiday' ? '节日' : '应急'}监测，${points}个监测点每日报送，截至${cn(date)}共${days}天，采集价格${quotes.length}条。` },
    { type: 'h1', text: '价格运行情况' },
    { type: 'p', text: `与监测开始前一日相比，${priced.filter((i) => (sinceStart(i) ?? 0) > 0.5).length}种商品价格上涨，${priced.filter((i) => (sinceStart(i) ?? 0) < -0.5).length}种下降，其余基本持平。` + priced.filter((i) => Math.abs(sinceStart(i) ?? 0) >= 5).map((i) => `${i.name}${(sinceStart(i) ?? 0) > 0 ? '上涨' : '下降'}${Math.abs(sinceStart(i)!).toFixed(2)}%`).join('，') },
    { type: 'image', png: chart.png, width: chart.width, height: chart.height, caption: `图1 ${w.name}期间重点商品价格走势` },
    { type: 'table', title: `表1 ${cn(date)}重点商品价格`, headers: ['商品', '规格', '单位', '均价', '较节前', '同比'], widths: [20, 18, 14, 14, 16, 18],
      rows: priced.map((i) => [i.name, i.spec, i.unit, i.price!.toFixed(2), pct(sinceStart(i)), pct(i.yoyPct)]) },
    { type: 'h1', text: '下一步工作' },
    { type: 'p', text: '继续做好节日期间价格监测和日报工作，密切关注蔬菜、猪肉、鸡蛋等重要民生商品价格变化，发现异常波动及时预警并报告区政府和市发展改革委。' },
  ];
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'price_window', entityId: windowId, after: { document: 'window_report', date } });
  return buildOfficialDocument({ issuer: ISSUER, title: `${w.name}期间重要商品价格监测报告`, recipients: '区政府，市发展改革委', blocks, signature: ISSUER, date });
}

export const quoteSheet = {
  sheetName: '价格采集',
  columns: [
    { key: 'point', header: '监测点编码', required: true, width: 12 }, { key: 'commodity', header: '商品编码', required: true, width: 14 },
    { key: 'date', header: '日期', required: true, kind: 'date', width: 12 }, { key: 'price', header: '价格', required: true, kind: 'number', width: 10 },
    { key: 'unit', header: '计量单位', required: true, width: 10 }, { key: 'note', header: '备注', width: 24 },
  ],
  row: z.object({
    point: z.string().trim().min(1), commodity: z.string().trim().min(1), date: z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD'), price: z.number().finite().gt(0, '价格须大于 0'),
    unit: z.string().trim().min(1), note: z.string().trim().max(200).optional(),
  }),
} satisfies SheetSpec<z.ZodTypeAny>;

export async function quoteTemplate(_ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'price.read');
  return buildTemplate(quoteSheet);
}

/** A whole day's sheet; a jump is accepted when the row's note explains it. All rows or none. */
export async function importQuotes(ctx: AppContext, actor: Actor, file: Buffer) {
  requirePermission(actor, 'price.collect');
  const { rows, rowNumbers } = await parseImport(quoteSheet, file, { maxBytes: ctx.config.maxUploadMb * 1024 * 1024, maxRows: 20_000 });
  return ctx.db.transaction().execute(async (trx) => {
    const points = new Map((await trx.selectFrom('pricePoints').select(['id', 'code']).execute()).map((p) => [p.code, p.id]));
    const commodities = new Map((await trx.selectFrom('priceCommodities').select(['id', 'code', 'unit']).execute()).map((c) => [c.code, c]));
    const errors: ImportRowError[] = [];
    const seen = new Set<string>();
    const today = isoDateAt(Date.now());
    for (const [i, r] of rows.entries()) {
      const fail = (column: string, reason: string) => errors.push({ row: rowNumbers[i], column, reason });
      const pointId = points.get(r.point);
      const c = commodities.get(r.commodity);
      if (!pointId) { fail('监测点编码', `监测点不存在：${r.point}`); continue; }
      if (!c) { fail('商品编码', `商品不存在：${r.commodity}`); continue; }
      if (r.unit !== c.unit) { fail('计量单位', `计量单位应为“${c.unit}”，文件中为“${r.unit}”`); continue; }
      const key = `${r.point}|${r.commodity}|${r.date}`;
      if (seen.has(key)) { fail('商品编码', `与前面的行重复：${r.commodity} ${r.date}`); continue; }
      seen.add(key);
      try {
        await writeQuotes(trx, actor, { pointId, date: r.date, quotes: [{ commodityId: c.id, price: r.price, note: r.note ?? '', confirmJump: !!r.note }], source: 'import' }, today);
      } catch (e) {
        if (e instanceof AppError && ['price.jump_unconfirmed', 'price.locked', 'price.future_date', 'price.not_collector'].includes(e.code)) fail(e.code === 'price.jump_unconfirmed' ? '价格' : e.code === 'price.not_collector' ? '监测点编码' : '日期', e.message);
        else throw e;
      }
    }
    if (errors.length) throw invalidRowsError(errors);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'price.import', entityType: 'price_quotes', entityId: null, after: { rows: rows.length } });
    return { imported: rows.length };
  });
}

/** The municipal bureau's shape: one row per commodity and day, each point's price, the mean, 环比, 同比. */
export async function exportForBureau(ctx: AppContext, actor: Actor, from: string, to: string) {
  requirePermission(actor, 'price.read');
  const [points, commodities, quotes, lastYear] = await Promise.all([
    ctx.db.selectFrom('pricePoints').select(['id', 'code', 'name']).orderBy('id').execute(),
    ctx.db.selectFrom('priceCommodities').selectAll().where('active', '=', 1).orderBy('seq').execute(),
    ctx.db.selectFrom('priceQuotes').select(['pointId', 'commodityId', 'date', 'price']).where('date', '>=', addDays(from, -7)).where('date', '<=', to).execute(),
    dailyMeans(ctx.db, addDays(from, -371), addDays(to, -357)),
  ]);
  const spec = {
    sheetName: '重要商品价格',
    columns: [{ key: 'date', header: '日期', width: 12 }, { key: 'group', header: '类别', width: 8 }, { key: 'name', header: '商品', width: 14 }, { key: 'spec', header: '规格', width: 14 }, { key: 'unit', header: '单位', width: 10 },
      ...points.map((p) => ({ key: `p${p.id}`, header: p.name, kind: 'number' as const, width: 12 })), { key: 'mean', header: '均价', kind: 'number' as const, width: 10 },
      { key: 'mom', header: '环比(%)', kind: 'number' as const, width: 10 }, { key: 'yoy', header: '同比(%)', kind: 'number' as const, width: 10 }],
    row: z.object({}),
  } satisfies SheetSpec<z.ZodTypeAny>;
  const byKey = new Map(quotes.map((q) => [`${q.commodityId}|${q.date}|${q.pointId}`, q.price]));
  const dayMean = (c: number, d: string) => meanPrice(points.map((p) => byKey.get(`${c}|${d}|${p.id}`)).filter((v): v is number => v !== undefined));
  const out: Record<string, unknown>[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) {
    for (const c of commodities) {
      const mean = dayMean(c.id, d);
      if (mean === null) continue;
      let prev: number | null = null;
      for (let k = 1; k <= 7 && prev === null; k++) prev = dayMean(c.id, addDays(d, -k));
      const ly = lastYear.get(c.id)?.get(addDays(d, -364)) ?? null;
      out.push({ date: d, group: c.groupName, name: c.name, spec: c.spec, unit: c.unit, ...Object.fromEntries(points.map((p) => [`p${p.id}`, byKey.get(`${c.id}|${d}|${p.id}`) ?? null])), mean, mom: changePct(mean, prev), yoy: changePct(mean, ly) });
    }
  }
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'price.export', entityType: 'price_quotes', entityId: null, after: { from, to, rows: out.length } });
  return buildWorkbook(spec, out);
}
