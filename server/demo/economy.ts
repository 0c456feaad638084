// Demo data of economic monitoring [illustrative — invented figures, not statistics]: 15 GDP-supporting
// indicators with values 2021–2023 built from a yearly level, a growth story and a seasonal profile, so the
// analysis has past years for seasonality and comparable bases. 2023 targets (the speech's `*`, entered
// here as a division would) with threshold lines and, for investment, quarterly phasing. Values through
// September 2023 (Q3) are approved; October 2023 is submitted and waits for review; two values were
// revised after approval. Plus the 14th Five-Year-Plan indicator table with 2021–2022 actuals and tasks.
import type { AppContext } from '../platform/context.ts';
import { nowIso, type Trx } from '../platform/db.ts';
import type { IndicatorInput, TargetInput } from '../../common/economy-schemas.ts';
import { insertIndicator, upsertTarget } from '../modules/economy/economy.service.ts';
import { insertFypIndicator, insertFypTask } from '../modules/economy/fyp.service.ts';

type DemoIndicator = Omit<IndicatorInput, 'sourceUnitId' | 'ownerUnitId' | 'parentId' | 'seq' | 'description'> & {
  source: string; owner: string; parent?: string; description?: string;
  base2020: number; growth: [number, number, number]; // yearly growth 2021–2023, %
  target: Omit<TargetInput, 'version' | 'note' | 'level' | 'baseValue'> & { note?: string };
  city?: [number, number]; // the city's 2023 growth offset from the district's, pp, and the district's rank
};

const MONTH_PROFILE = [0.075, 0.16, 0.255, 0.335, 0.415, 0.5, 0.575, 0.65, 0.73, 0.81, 0.895, 1]; // cumulative share by month
const QUARTER_PROFILE = [0.245, 0.5, 0.745, 1];

export const demoIndicators: DemoIndicator[] = [
  { code: 'GDP', name: '地区生产总值', unit: '亿元', freq: 'Q', kind: 'flow', janFebMerged: false, growthBasis: 'real', source: 'B-STATS', owner: 'DRC-GENERAL', base2020: 400, growth: [8.3, 1.2, 5.1],
    target: { growthPct: 5.5, qualifier: 'about', floorPct: 4.5, excellentPct: 6.5, phasing: null }, city: [-0.1, 7], description: '市统计局统一核算后下发；增速为可比价，不由总量推算。' },
  { code: 'IND-OUTPUT', name: '规模以上工业总产值', unit: '亿元', freq: 'M', kind: 'flow', janFebMerged: true, growthBasis: 'nominal', source: 'B-STATS', owner: 'B-ECONINFO', base2020: 600, growth: [12, -3, 5.2],
    target: { growthPct: 6, qualifier: 'above', floorPct: 4, excellentPct: 8, phasing: null } },
  { code: 'IND-VA', name: '规模以上工业增加值', unit: '%', freq: 'M', kind: 'rate', janFebMerged: true, growthBasis: 'real', source: 'B-STATS', owner: 'B-ECONINFO', base2020: 0, growth: [10.5, -2.1, 4.6],
    target: { growthPct: 5, qualifier: 'about', floorPct: 3.5, excellentPct: 7, phasing: null }, city: [0.8, 9], description: '区级只发布增速（可比价）。' },
  { code: 'FAI', name: '固定资产投资（不含农户）', unit: '亿元', freq: 'M', kind: 'flow', janFebMerged: true, growthBasis: 'nominal', source: 'B-STATS', owner: 'DRC-INVEST', base2020: 300, growth: [10, 5, 7.4],
    target: { growthPct: 8, qualifier: 'above', floorPct: 6, excellentPct: 10, phasing: [10, 9, 8.5, 8] }, city: [2.9, 6], description: '计划总投资500万元及以上项目和房地产开发投资，按财务支出法统计。' },
  { code: 'FAI-CI', name: '建筑安装工程投资', unit: '亿元', freq: 'M', kind: 'flow', janFebMerged: true, growthBasis: 'nominal', source: 'B-STATS', owner: 'DRC-INVEST', parent: 'FAI', base2020: 150, growth: [12, 4, 11.2],
    target: { growthPct: 10, qualifier: 'above', floorPct: 8, excellentPct: 12, phasing: null } },
  { code: 'RE-INV', name: '房地产开发投资', unit: '亿元', freq: 'M', kind: 'flow', janFebMerged: true, growthBasis: 'nominal', source: 'B-STATS', owner: 'B-HOUSING', parent: 'FAI', base2020: 90, growth: [5, -8, -6.5],
    target: { growthPct: 0, qualifier: 'above', floorPct: -2, excellentPct: 3, phasing: null } },
  { code: 'RETAIL', name: '社会消费品零售总额', unit: '亿元', freq: 'M', kind: 'flow', janFebMerged: true, growthBasis: 'nominal', source: 'B-STATS', owner: 'B-COMMERCE', base2020: 160, growth: [9, -6, 6.6],
    target: { growthPct: 6, qualifier: 'above', floorPct: 5, excellentPct: 8, phasing: null }, city: [-1.4, 5] },
  { code: 'RETAIL-ABOVE', name: '限额以上单位消费品零售额', unit: '亿元', freq: 'M', kind: 'flow', janFebMerged: true, growthBasis: 'nominal', source: 'B-STATS', owner: 'B-COMMERCE', parent: 'RETAIL', base2020: 95, growth: [10, -5, 8.4],
    target: { growthPct: 7, qualifier: 'above', floorPct: 5.5, excellentPct: 9, phasing: null } },
  { code: 'SERVICE-REV', name: '规模以上服务业营业收入', unit: '亿元', freq: 'M', kind: 'flow', janFebMerged: true, growthBasis: 'nominal', source: 'B-STATS', owner: 'DRC-GENERAL', base2020: 800, growth: [15, 2, 5.9],
    target: { growthPct: 7, qualifier: 'above', floorPct: 6, excellentPct: 9, phasing: null } },
  { code: 'CONSTR', name: '建筑业总产值', unit: '亿元', freq: 'Q', kind: 'flow', janFebMerged: false, growthBasis: 'nominal', source: 'B-STATS', owner: 'B-HOUSING', base2020: 120, growth: [6, 3, 2.6],
    target: { growthPct: 5, qualifier: 'above', floorPct: 3.5, excellentPct: 7, phasing: null } },
  { code: 'BUDGET-REV', name: '一般公共预算收入', unit: '亿元', freq: 'M', kind: 'flow', janFebMerged: false, growthBasis: 'comparable', source: 'B-FINANCE', owner: 'B-FINANCE', base2020: 45, growth: [8, -12, 9.3],
    target: { growthPct: 5, qualifier: 'about', floorPct: 4, excellentPct: 7, phasing: null }, description: '2022年基数受增值税留抵退税影响，增速按同口径计算。' },
  { code: 'TAX', name: '全口径税收收入', unit: '亿元', freq: 'M', kind: 'flow', janFebMerged: false, growthBasis: 'nominal', source: 'B-TAX', owner: 'B-TAX', base2020: 110, growth: [7, -10, 8.1],
    target: { growthPct: 6, qualifier: 'above', floorPct: 5, excellentPct: 8, phasing: null } },
  { code: 'INCOME', name: '居民人均可支配收入', unit: '元', freq: 'Q', kind: 'flow', janFebMerged: false, growthBasis: 'nominal', source: 'B-STATS', owner: 'B-HR', base2020: 42000, growth: [8, 3.5, 5.3],
    target: { growthPct: 5.5, qualifier: 'about', floorPct: 4.5, excellentPct: 6.5, phasing: null }, description: '与经济增长同步。' },
  { code: 'POWER', name: '全社会用电量', unit: '亿千瓦时', freq: 'M', kind: 'flow', janFebMerged: false, growthBasis: 'nominal', source: 'B-ECONINFO', owner: 'B-ECONINFO', base2020: 35, growth: [11, 2, 6.2],
    target: { growthPct: 4, qualifier: 'above', floorPct: 3, excellentPct: 6, phasing: null }, description: '先行指标，不直接进入GDP核算。' },
  { code: 'LOANS', name: '金融机构人民币贷款余额', unit: '亿元', freq: 'M', kind: 'stock', janFebMerged: false, growthBasis: 'nominal', source: 'B-FINANCE', owner: 'B-FINANCE', base2020: 900, growth: [9, 7, 7.6],
    target: { growthPct: 8, qualifier: 'above', floorPct: 7, excellentPct: 10, phasing: null }, description: '期末余额（时点值），不按月累加。' },
];

const round = (v: number, dp: number) => Math.round(v * 10 ** dp) / 10 ** dp;
/** A deterministic wobble of about ±1.2%, so monthly growth moves the way real series do. */
const wobble = (code: string, year: number, k: number) => 1 + 0.012 * Math.sin(code.length * 1.7 + year * 0.9 + k * 1.3);

type Point = { period: string; cumValue: number | null; prevCumValue: number | null; yoyPct: number | null };

/** The series of one indicator for 2021–2023, every period up to 2023-10 (monthly) or 2023-Q3. */
export function demoSeries(d: DemoIndicator): Map<number, Point[]> {
  const out = new Map<number, Point[]>();
  const levels = new Map<number, number>([[2020, d.base2020]]);
  for (const [k, y] of [2021, 2022, 2023].entries()) levels.set(y, levels.get(y - 1)! * (1 + d.growth[k] / 100));
  const steps = d.freq === 'Q' ? 4 : 12;
  const cum = (y: number, k: number) => {
    if (d.kind === 'stock') return levels.get(y - 1)! * (1 + (d.growth[y - 2021] / 100) * ((k + 1) / steps)) * wobble(d.code, y, k);
    const share = (d.freq === 'Q' ? QUARTER_PROFILE : MONTH_PROFILE)[k];
    return levels.get(y)! * share * (k === steps - 1 ? 1 : wobble(d.code, y, k));
  };
  const cum2020 = (k: number) => d.kind === 'stock' ? d.base2020 * (1 + 0.08 * ((k + 1) / steps)) : d.base2020 * (d.freq === 'Q' ? QUARTER_PROFILE : MONTH_PROFILE)[k];
  for (const y of [2021, 2022, 2023]) {
    const points: Point[] = [];
    const last = y === 2023 ? (d.freq === 'Q' ? 2 : 9) : steps - 1;
    for (let k = 0; k <= last; k++) {
      if (d.freq === 'M' && d.janFebMerged && k === 0) continue;
      const period = d.freq === 'Q' ? `${y}-Q${k + 1}` : `${y}-${String(k + 1).padStart(2, '0')}`;
      const now = cum(y, k);
      const prev = y === 2021 ? cum2020(k) : cum(y - 1, k);
      // The comparable base is last year's figure restated on this year's scope: slightly lower, as firms leave the above-threshold set.
      const comparable = prev * (d.growthBasis === 'comparable' ? 0.985 : 0.997);
      if (d.kind === 'rate') {
        points.push({ period, cumValue: null, prevCumValue: null, yoyPct: round(d.growth[y - 2021] * wobble(d.code, y, k) ** 8, 1) });
      } else if (d.growthBasis === 'real') {
        points.push({ period, cumValue: round(now, 2), prevCumValue: null, yoyPct: round(d.growth[y - 2021] + 3 * (wobble(d.code, y, k) - 1) * 10, 1) });
      } else {
        points.push({ period, cumValue: round(now, 2), prevCumValue: round(comparable, 2), yoyPct: round((now / comparable - 1) * 100, 1) });
      }
    }
    out.set(y, points);
  }
  return out;
}

const demoPlanIndicators = [
  { code: 'P-GDP', group: '经济发展', name: '地区生产总值年均增长', unit: '%', form: 'cagr', attribute: 'expected', baseValue: null, targetValue: null, targetRatePct: 6, chainRates: true, lead: 'B-STATS', actuals: [[2021, null, 8.3], [2022, null, 1.2]] },
  { code: 'P-BUDGET', group: '经济发展', name: '一般公共预算收入', unit: '亿元', form: 'cagr', attribute: 'expected', baseValue: 45, targetValue: null, targetRatePct: 5, chainRates: false, lead: 'B-FINANCE', actuals: [[2021, 48.6, null], [2022, 42.8, null]] },
  { code: 'P-RD', group: '创新驱动', name: '全社会研发经费支出占地区生产总值比重', unit: '%', form: 'level', attribute: 'expected', baseValue: 4.1, targetValue: 5, targetRatePct: null, chainRates: false, lead: 'B-SCICITY', actuals: [[2021, 4.5, null], [2022, 4.7, null]] },
  { code: 'P-PATENT', group: '创新驱动', name: '每万人口高价值发明专利拥有量', unit: '件', form: 'level', attribute: 'expected', baseValue: 20, targetValue: 40, targetRatePct: null, chainRates: false, lead: 'B-MARKET', actuals: [[2021, 23, null], [2022, 26, null]] },
  { code: 'P-INCOME', group: '民生福祉', name: '居民人均可支配收入年均增长', unit: '%', form: 'cagr', attribute: 'expected', baseValue: null, targetValue: null, targetRatePct: 6, chainRates: true, lead: 'B-STATS', actuals: [[2021, null, 8], [2022, null, 3.5]] },
  { code: 'P-UNEMP', group: '民生福祉', name: '城镇调查失业率', unit: '%', form: 'ceiling', attribute: 'expected', baseValue: 3.5, targetValue: 5, targetRatePct: null, chainRates: false, lead: 'B-HR', actuals: [[2021, 3.2, null], [2022, 4.1, null]] },
  { code: 'P-PM25', group: '绿色生态', name: '细颗粒物（PM2.5）年均浓度', unit: '微克/立方米', form: 'level', attribute: 'binding', baseValue: 35, targetValue: 30, targetRatePct: null, chainRates: false, lead: 'B-ECOLOGY', actuals: [[2021, 33, null], [2022, 31, null]] },
  { code: 'P-ENERGY', group: '绿色生态', name: '单位地区生产总值能耗降低', unit: '%', form: 'cumulativeReduction', attribute: 'binding', baseValue: null, targetValue: null, targetRatePct: 14, chainRates: false, lead: 'DRC-ENERGY', actuals: [[2021, null, 3.1], [2022, null, 1.5]] },
  { code: 'P-FOREST', group: '绿色生态', name: '森林覆盖率', unit: '%', form: 'floor', attribute: 'binding', baseValue: 77.9, targetValue: 78, targetRatePct: null, chainRates: false, lead: 'B-FOREST', actuals: [[2021, 78.2, null], [2022, 78.5, null]] },
  { code: 'P-FARMLAND', group: '安全保障', name: '耕地保有量', unit: '万亩', form: 'floor', attribute: 'binding', baseValue: 11.7, targetValue: 11.5, targetRatePct: null, chainRates: false, lead: 'B-PLANNING', actuals: [[2021, 11.6, null], [2022, 11.4, null]] },
  { code: 'P-GRAIN', group: '安全保障', name: '粮食综合生产能力', unit: '', form: 'qualitative', attribute: 'expected', baseValue: null, targetValue: null, targetRatePct: null, chainRates: false, lead: 'B-AGRI', actuals: [] },
] as const;

const demoPlanTasks = [
  { chapter: '第二篇 创新驱动', title: '建设怀柔综合性国家科学中心，推动重大科技基础设施建成运行', lead: 'B-SCICITY', endState: '大科学装置集群全面建成运行', planTask: '2023-2.3-01' },
  { chapter: '第三篇 经济发展', title: '建立GDP支撑指标监测调度机制，确保经济平稳运行', lead: 'DRC-GENERAL', endState: '指标月调度、季分析常态化', planTask: '2023-2.2-01' },
  { chapter: '第三篇 经济发展', title: '实施重大项目带动战略，保持投资合理增长', lead: 'DRC-INVEST', endState: '五年完成固定资产投资目标', planTask: '2023-3.1-01' },
  { chapter: '第六篇 绿色生态', title: '落实能耗双控，推进重点领域节能降碳', lead: 'DRC-ENERGY', endState: '完成市级下达的能耗强度下降目标', planTask: '2023-8.1-01' },
  { chapter: '第七篇 民生福祉', title: '推进区妇幼保健院迁建等公共服务设施建设', lead: 'B-HEALTH', endState: '新院区建成投用', planTask: null },
] as const;

export async function seedEconomyDemo(ctx: AppContext): Promise<{ indicators: number; values: number }> {
  const system = { userId: null, name: 'system', role: null, ip: null };
  return ctx.db.transaction().execute(async (trx: Trx) => {
    const orgIds = new Map((await trx.selectFrom('orgUnits').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
    const unit = (code: string) => {
      const id = orgIds.get(code);
      if (!id) throw new Error(`demo economy names an unknown unit ${code}`);
      return id;
    };
    const users = new Map((await trx.selectFrom('users').select(['id', 'username', 'displayName']).where('username', 'in', ['staff', 'bureau']).execute()).map((u) => [u.username, u]));
    const reviewer = users.get('staff');
    const reporter = users.get('bureau');
    const ids = new Map<string, number>();
    let values = 0;
    for (const [seq, d] of demoIndicators.entries()) {
      const id = await insertIndicator(trx, null, {
        code: d.code, name: d.name, unit: d.unit, freq: d.freq, kind: d.kind, janFebMerged: d.janFebMerged, growthBasis: d.growthBasis,
        sourceUnitId: unit(d.source), ownerUnitId: unit(d.owner), parentId: d.parent ? ids.get(d.parent)! : null, seq: (seq + 1) * 10, description: d.description ?? '',
      }, true);
      ids.set(d.code, id);
      await upsertTarget(trx, null, 2023, id, { ...d.target, level: null, baseValue: null, note: '区人代会审议通过的年度目标（演示数据）' });
      for (const [year, points] of demoSeries(d)) {
        for (const p of points) {
          const pending = year === 2023 && (p.period === '2023-10');
          const at = `${year}-${p.period.includes('Q') ? String(Number(p.period.slice(6)) * 3 + 1).padStart(2, '0') : String(Math.min(12, Number(p.period.slice(5)) + 1)).padStart(2, '0')}-15T02:00:00.000Z`;
          const city = year === 2023 && d.city && p.yoyPct !== null ? { cityYoyPct: round(p.yoyPct - d.city[0], 1), cityRank: d.city[1] } : { cityYoyPct: null, cityRank: null };
          const { id: valueId } = await trx.insertInto('econValues').values({
            indicatorId: id, year, ...p, ...city, note: '', state: pending ? 'submitted' : 'approved', source: 'import',
            submittedAt: at, submittedBy: reporter?.id ?? null, reviewedAt: pending ? null : at, reviewedBy: pending ? null : reviewer?.id ?? null, returnReason: null,
            revisionCount: 0, version: 1, createdAt: at, updatedAt: at, createdBy: reporter?.id ?? null,
          }).returning('id').executeTakeFirstOrThrow();
          if (!pending) {
            await trx.insertInto('econVintages').values({ valueId, kind: 'first', at, byUserId: reviewer?.id ?? null, byName: reviewer?.displayName ?? 'system', reason: '审核通过', beforeJson: null, afterJson: JSON.stringify({ ...p, ...city }) }).execute();
          }
          values++;
        }
      }
    }
    // Two revisions after approval, as the statistics bureau publishes them: first-reported figures kept as vintages.
    for (const [code, period, factor, reason] of [['RETAIL', '2023-06', 1.012, '市统计局年中数据核定，补录两家限上企业'], ['FAI', '2023-03', 0.99, '剔除一个不符合入统条件的项目']] as const) {
      const v = await trx.selectFrom('econValues').selectAll().where('indicatorId', '=', ids.get(code)!).where('period', '=', period).executeTakeFirstOrThrow();
      const before = { cumValue: v.cumValue, prevCumValue: v.prevCumValue, yoyPct: v.yoyPct, cityYoyPct: v.cityYoyPct, cityRank: v.cityRank };
      const cumValue = round(v.cumValue! * factor, 2);
      const after = { ...before, cumValue, yoyPct: round((cumValue / v.prevCumValue! - 1) * 100, 1) };
      const at = `${period.slice(0, 4)}-${String(Number(period.slice(5)) + 2).padStart(2, '0')}-20T02:00:00.000Z`;
      await trx.updateTable('econValues').set({ ...after, revisionCount: 1, version: 2, updatedAt: at }).where('id', '=', v.id).execute();
      await trx.insertInto('econVintages').values({ valueId: v.id, kind: 'revision', at, byUserId: reviewer?.id ?? null, byName: reviewer?.displayName ?? 'system', reason, beforeJson: JSON.stringify(before), afterJson: JSON.stringify(after) }).execute();
    }
    for (const [seq, p] of demoPlanIndicators.entries()) {
      const id = await insertFypIndicator(trx, null, {
        code: p.code, group: p.group, name: p.name, unit: p.unit, form: p.form, attribute: p.attribute, baseValue: p.baseValue, targetValue: p.targetValue,
        targetRatePct: p.targetRatePct, chainRates: p.chainRates, leadUnitId: unit(p.lead), seq: (seq + 1) * 10,
      });
      const now = nowIso();
      for (const [year, value, ratePct] of p.actuals) {
        await trx.insertInto('fypActuals').values({ fypIndicatorId: id, year, value, ratePct, note: '', version: 1, createdAt: now, updatedAt: now, createdBy: null }).execute();
      }
    }
    const planTasks = new Map((await trx.selectFrom('tasks').select(['id', 'code']).execute()).map((t) => [t.code, t.id]));
    for (const t of demoPlanTasks) {
      await insertFypTask(trx, null, { chapter: t.chapter, title: t.title, leadUnitId: unit(t.lead), endState: t.endState, planTaskId: t.planTask ? planTasks.get(t.planTask) ?? null : null, status: t.planTask ? null : '序时推进' });
    }
    await ctx.audit.record(trx, system, { action: 'demo.seed', entityType: 'economy', entityId: null, after: { indicators: demoIndicators.length, values } });
    return { indicators: demoIndicators.length, values };
  });
}
