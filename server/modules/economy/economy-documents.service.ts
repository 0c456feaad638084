// The documents of the economy module, in official layout with charts rendered on the server:
// the monthly 经济运行分析 brief and the 十四五规划 mid-term evaluation report. Every figure comes from
// the same analysis the pages show; downloads are audited.
import type { AnalysedPeriod } from '../../../common/economy.ts';
import { qualifierLabels } from '../../../common/economy-schemas.ts';
import { periodEnd } from '../../../common/periods.ts';
import { auditActorOf, type Actor } from '../../platform/access.ts';
import { renderChartPng } from '../../platform/charts.ts';
import type { AppContext } from '../../platform/context.ts';
import { buildOfficialDocument, type DocBlock } from '../../platform/docx.ts';
import { AppError } from '../../platform/errors.ts';
import { overview } from './economy.service.ts';
import { evaluation } from './fyp.service.ts';

const ISSUER = '区发展和改革委员会';
const statusZh = { green: '绿灯', yellow: '黄灯', red: '红灯', grey: '暂无数据' } as const;
const fmt = (v: number | null | undefined, dp = 1) => (v === null || v === undefined ? '—' : v.toFixed(dp));
const signed = (v: number) => `${v >= 0 ? '高于' : '低于'}`;

/** '2023-09' of a cumulative monthly series reads 1-9月; a quarter reads 一季度/上半年/前三季度/全年. */
export function cumulativeLabel(period: string, janFebMerged = false): string {
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  if (q) return ['一季度', '上半年', '前三季度', '全年'][Number(q[1]) - 1];
  const m = Number(period.slice(5));
  return m === 1 ? '1月' : m === 2 && janFebMerged ? '1-2月' : `1-${m}月`;
}

function headline(name: string, unit: string, p: AnalysedPeriod, janFebMerged: boolean): string {
  const parts = [`${cumulativeLabel(p.period, janFebMerged)}，${name}`];
  if (p.cumValue !== null && unit !== '%') parts.push(`完成${fmt(p.cumValue, 2)}${unit}`);
  if (p.growthPct !== null) parts.push(`同比${p.growthPct >= 0 ? '增长' : '下降'}${fmt(Math.abs(p.growthPct))}%`);
  if (p.gapPp !== null) parts.push(`${signed(p.gapPp)}年度目标${fmt(Math.abs(p.gapPp))}个百分点`);
  if (p.cityDiffPp !== null) parts.push(`${signed(p.cityDiffPp)}全市${fmt(Math.abs(p.cityDiffPp))}个百分点${p.cityRank ? `，居全市第${p.cityRank}位` : ''}`);
  if (p.requiredGrowthPct !== null && p.gapPp !== null && p.gapPp < 0) parts.push(`剩余月份须增长${fmt(p.requiredGrowthPct)}%方能完成全年目标`);
  return parts.join('，') + '。';
}

/** The monthly brief: headline figures, the indicator table, lagging indicators and what they need, charts. */
export async function economyBrief(ctx: AppContext, actor: Actor, year: number, period: string): Promise<Buffer> {
  if (!period.startsWith(`${year}-`)) throw new AppError('request.invalid', { fields: 'period' });
  const o = await overview(ctx, actor, year, period);
  const rows = o.items.filter((r) => r.latest);
  if (rows.length === 0) throw new AppError('record.not_found');
  const lagging = rows.filter((r) => r.latest!.status === 'red' || r.latest!.status === 'yellow').sort((a, b) => (a.latest!.gapPp ?? 0) - (b.latest!.gapPp ?? 0));
  const withGrowth = rows.filter((r) => r.latest!.growthPct !== null);
  const growthChart = await renderChartPng({
    title: { text: `主要指标增速与年度目标（${cumulativeLabel(period)}）`, left: 'center', textStyle: { fontSize: 14 } },
    legend: { top: 26, right: 10, data: ['年度目标'] }, // bars take their status colour: green on target, amber near, red below
    grid: { left: 50, right: 20, top: 60, bottom: 100 },
    xAxis: { type: 'category', data: withGrowth.map((r) => r.indicator.name), axisLabel: { interval: 0, rotate: 35, fontSize: 10 } },
    yAxis: { type: 'value', name: '%' },
    series: [
      { name: '同比增速', type: 'bar', data: withGrowth.map((r) => ({ value: r.latest!.growthPct, itemStyle: { color: r.latest!.status === 'red' ? '#cf1322' : r.latest!.status === 'yellow' ? '#d48806' : '#389e0d' } })), label: { show: true, position: 'top', fontSize: 9 } },
      { name: '年度目标', type: 'scatter', symbol: 'rect', symbolSize: [18, 3], itemStyle: { color: '#1f1f1f' }, data: withGrowth.map((r) => r.latest!.phasedTargetPct) },
    ],
  }, 640, 340);
  const gapRows = rows.filter((r) => r.latest!.gapPp !== null);
  const gapChart = await renderChartPng({
    title: { text: '与目标的差距（百分点）', left: 'center', textStyle: { fontSize: 14 } },
    grid: { left: 150, right: 40, top: 40, bottom: 30 },
    xAxis: { type: 'value', name: '百分点' },
    yAxis: { type: 'category', data: gapRows.map((r) => r.indicator.name), axisLabel: { fontSize: 10 } },
    series: [{ type: 'bar', data: gapRows.map((r) => ({ value: r.latest!.gapPp, itemStyle: { color: r.latest!.gapPp! >= 0 ? '#389e0d' : '#cf1322' } })), label: { show: true, position: 'right', fontSize: 9 } }],
  }, 640, Math.max(220, 26 * gapRows.length + 70));
  const blocks: DocBlock[] = [
    { type: 'h1', text: '总体情况' },
    { type: 'p', text: `${year}年${cumulativeLabel(period)}，全区${rows.length}项经济运行重点指标中，达到或超过序时目标${o.counts.green}项，接近目标${o.counts.yellow}项，低于目标${o.counts.red}项${o.counts.grey ? `，暂无目标或数据${o.counts.grey}项` : ''}。` },
    ...rows.filter((r) => r.latest!.growthPct !== null).slice(0, 8).map((r): DocBlock => ({ type: 'p', text: headline(r.indicator.name, r.indicator.unit, r.latest!, r.indicator.janFebMerged) })),
    { type: 'image', png: growthChart.png, width: growthChart.width, height: growthChart.height, caption: '图1 主要指标增速与年度目标' },
    { type: 'h1', text: '主要指标完成情况' },
    {
      type: 'table', title: `表1 ${year}年${cumulativeLabel(period)}主要指标完成情况`,
      headers: ['指标', '期间', '累计值', '增速%', '目标%', '差距(百分点)', '完成%', '序时%', '剩余需增长%', '状态'], widths: [22, 9, 10, 8, 9, 9, 8, 8, 9, 8],
      rows: rows.map((r) => {
        const p = r.latest!;
        return [r.indicator.name, cumulativeLabel(p.period, r.indicator.janFebMerged), p.cumValue === null ? '—' : `${fmt(p.cumValue, 2)}${r.indicator.unit === '%' ? '' : r.indicator.unit}`,
          fmt(p.growthPct), r.target?.growthPct === null || r.target?.growthPct === undefined ? '—' : `${fmt(p.phasedTargetPct)}${qualifierLabels[r.target.qualifier].zh}`,
          fmt(p.gapPp), fmt(p.completionPct), p.completionPct === null ? '—' : fmt(p.timeProgressPct), fmt(p.requiredGrowthPct), statusZh[p.status]];
      }),
    },
    { type: 'h1', text: '需要关注的指标' },
    lagging.length === 0
      ? { type: 'p', text: '本期各项指标均达到序时目标。' }
      : { type: 'p', text: lagging.map((r) => `${r.indicator.name}增速${fmt(r.latest!.growthPct)}%，低于目标${fmt(Math.abs(r.latest!.gapPp ?? 0))}个百分点${r.latest!.requiredGrowthPct !== null ? `，剩余月份须增长${fmt(r.latest!.requiredGrowthPct)}%` : ''}（责任单位：${r.indicator.ownerUnitName ?? r.indicator.sourceUnitName}）。`).join('\n') },
    { type: 'image', png: gapChart.png, width: gapChart.width, height: gapChart.height, caption: '图2 与目标的差距' },
    { type: 'h1', text: '下一步工作建议' },
    { type: 'p', text: `紧盯${lagging.length ? lagging.slice(0, 3).map((r) => r.indicator.name).join('、') : '各项重点指标'}等指标，请各责任单位逐项分析影响因素，梳理可挖掘的增量，明确时间表和责任人；统计部门加强数据质量审核，重点企业、重点项目做到应统尽统；对连续两期低于目标的指标，由分管领导约谈责任单位。` },
  ];
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'econ_year', entityId: year, after: { document: 'economy_brief', period } });
  return buildOfficialDocument({
    issuer: ISSUER, docNumber: `经济运行分析〔${year}〕第${Number(period.slice(5)) || 1}期`, title: `${year}年${cumulativeLabel(period)}全区经济运行情况分析`,
    recipients: '区委、区政府领导，委各科室，各相关单位', blocks, signature: ISSUER, date: periodEnd(period) < `${year}-12-31` ? periodEnd(period) : `${year}-12-31`,
  });
}

/** The mid-term evaluation report (十四五规划实施情况中期评估报告), as the 人大常委会 receives it. */
export async function fypReport(ctx: AppContext, actor: Actor, asOfYear?: number): Promise<Buffer> {
  const e = await evaluation(ctx, actor, asOfYear);
  const count = (rs: string[]) => e.items.filter((i) => rs.includes(i.evaluation.rating)).length;
  const flagged = e.items.filter((i) => i.evaluation.flag);
  const rated = e.items.filter((i) => i.evaluation.progressPct !== null);
  const chart = await renderChartPng({
    title: { text: `规划指标实施进度（截至${e.asOfYear}年，时间进度${e.expectedPct}%）`, left: 'center', textStyle: { fontSize: 14 } },
    legend: { bottom: 0, data: ['实际进度', '应达进度'] },
    grid: { left: 170, right: 40, top: 40, bottom: 40 },
    xAxis: { type: 'value', name: '%' },
    yAxis: { type: 'category', data: rated.map((i) => i.name), axisLabel: { fontSize: 10 } },
    series: [
      { name: '实际进度', type: 'bar', data: rated.map((i) => ({ value: i.evaluation.progressPct, itemStyle: { color: i.evaluation.flag ? '#cf1322' : '#1677ff' } })), label: { show: true, position: 'right', fontSize: 9 } },
      { name: '应达进度', type: 'scatter', symbol: 'rect', symbolSize: [3, 16], itemStyle: { color: '#1f1f1f' }, data: rated.map((i) => i.evaluation.expectedPct) },
    ],
  }, 640, Math.max(240, 26 * rated.length + 80));
  const blocks: DocBlock[] = [
    { type: 'h1', text: '总体评价' },
    { type: 'p', text: `《国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施以来，截至${e.asOfYear}年底（规划时间进度${e.expectedPct}%），纳入评估的${e.items.length}项主要指标中，已提前完成${count(['已提前完成'])}项，超前或符合进度${count(['超前', '符合进度', '达标'])}项，基本符合${count(['基本符合'])}项，滞后${count(['滞后', '严重滞后', '未达标'])}项，暂无数据${count(['暂无数据'])}项。${flagged.length ? `约束性指标中${flagged.map((f) => f.name).join('、')}进度滞后，须重点推进。` : '约束性指标均符合进度要求。'}` },
    { type: 'image', png: chart.png, width: chart.width, height: chart.height, caption: '图1 规划指标实施进度' },
    { type: 'h1', text: '主要指标完成情况' },
    {
      type: 'table', title: '表1 “十四五”规划主要指标中期评估表', headers: ['类别', '指标', '属性', '2020基期', '2025目标', '最新实际', '进度%', '评价'], widths: [10, 26, 8, 10, 12, 12, 9, 13],
      rows: e.items.map((i) => {
        const last = i.actuals.filter((a) => a.year <= e.asOfYear).at(-1);
        const target = i.form === 'cagr' ? `年均${fmt(i.targetRatePct)}%` : i.form === 'cumulativeReduction' ? `累计下降${fmt(i.targetRatePct)}%` : i.form === 'qualitative' ? '定性' : `${i.form === 'ceiling' ? '≤' : i.form === 'floor' ? '≥' : ''}${i.targetValue ?? '—'}`;
        return [i.group, `${i.name}${i.unit ? `（${i.unit}）` : ''}`, i.attribute === 'binding' ? '约束性' : '预期性', i.baseValue ?? '—', target,
          last ? `${last.value ?? `${last.ratePct}%`}（${last.year}）` : '—', fmt(i.evaluation.progressPct), `${i.evaluation.rating}${i.evaluation.overridden ? '（人工）' : ''}`];
      }),
    },
    { type: 'h1', text: '主要任务推进情况' },
    e.tasks.length === 0 ? { type: 'p', text: '暂未登记规划任务。' } : {
      type: 'table', title: '表2 规划主要任务推进情况', headers: ['篇章', '任务', '牵头单位', '年度任务', '进展'], widths: [14, 34, 16, 24, 12],
      rows: e.tasks.map((t) => [t.chapter, t.title, t.leadUnitName, t.planTaskTitle ?? '—', t.status ?? t.computedStatus ?? '—']),
    },
    { type: 'h1', text: '存在的问题' },
    { type: 'p', text: e.items.filter((i) => ['滞后', '严重滞后', '未达标'].includes(i.evaluation.rating)).map((i) => `${i.name}：${i.evaluation.explain}，评价为“${i.evaluation.rating}”（牵头单位：${i.leadUnitName}）。`).join('\n') || '各项指标总体符合规划进度。' },
    { type: 'h1', text: '下一步工作建议' },
    { type: 'p', text: '对滞后指标逐项制定追赶措施并纳入年度重点工作督办；对确因外部环境变化难以实现的预期性指标，按程序提请区人大常委会审议调整；约束性指标不作调整，须确保完成。' },
  ];
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'fyp', entityId: e.asOfYear, after: { document: 'fyp_midterm_report' } });
  return buildOfficialDocument({
    issuer: ISSUER, title: '关于“十四五”规划纲要实施情况中期评估的报告', recipients: '区人大常委会', blocks, signature: ISSUER, date: `${Math.min(e.asOfYear + 1, 2025)}-06-30`,
  });
}
