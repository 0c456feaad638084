// Demo data of price work [illustrative — invented prices]: 40 commodities × 10 monitoring points, daily
// quotes for 2022–2023 with seasonality (vegetables dearer in winter, a pork cycle, eggs up before the
// Mid-Autumn festival), bounded noise, three injected spikes (DEMO_SPIKES) that the alerts must catch and
// nothing else; the Spring Festival and National Day windows; government-priced items; a dozen
// price-certification cases in every stage.
import type { AppContext } from '../platform/context.ts';
import { nowIso, type Trx } from '../platform/db.ts';
import { addDays, compareDates } from '../../common/periods.ts';
import { insertCase, applyStep } from '../modules/prices/certification.service.ts';
import { scanDays } from '../modules/prices/prices.service.ts';

type C = [code: string, name: string, spec: string, unit: string, group: string, base: number, weight: number, rise: number];
export const demoCommodities: C[] = [
  ['FLOUR', '面粉', '标准粉 5kg袋装', '元/千克', '粮食', 4.2, 3, 5], ['FLOUR-FINE', '面粉', '富强粉 5kg袋装', '元/千克', '粮食', 4.8, 2, 5], ['RICE', '大米', '粳米 5kg袋装', '元/千克', '粮食', 6.4, 3, 5],
  ['OIL-SOY', '大豆油', '5L桶装', '元/升', '食用油', 13.2, 2, 5], ['OIL-PEANUT', '花生油', '5L桶装', '元/升', '食用油', 26.5, 2, 5], ['OIL-BLEND', '调和油', '5L桶装', '元/升', '食用油', 15.8, 1, 5],
  ['PORK-LEAN', '猪肉', '精瘦肉', '元/千克', '猪肉', 30.0, 4, 10], ['PORK-BELLY', '猪肉', '五花肉', '元/千克', '猪肉', 27.0, 3, 10], ['BEEF', '牛肉', '鲜牛腿肉', '元/千克', '牛羊肉', 82.0, 2, 10],
  ['MUTTON', '羊肉', '鲜羊腿肉', '元/千克', '牛羊肉', 78.0, 1, 10], ['CHICKEN', '白条鸡', '开膛', '元/千克', '禽蛋', 22.0, 2, 10], ['EGG', '鸡蛋', '鲜鸡蛋 散装', '元/千克', '禽蛋', 11.2, 3, 10],
  ['VEG-BASKET', '蔬菜', '综合平均', '元/千克', '蔬菜', 6.6, 4, 20], ['CABBAGE', '大白菜', '一级', '元/千克', '蔬菜', 2.2, 1, 20], ['POTATO', '土豆', '一级', '元/千克', '蔬菜', 3.6, 1, 20],
  ['TOMATO', '西红柿', '一级', '元/千克', '蔬菜', 7.2, 1, 20], ['CUCUMBER', '黄瓜', '一级', '元/千克', '蔬菜', 6.4, 1, 20], ['CELERY', '芹菜', '一级', '元/千克', '蔬菜', 5.6, 1, 20],
  ['RAPE', '油菜', '一级', '元/千克', '蔬菜', 6.0, 1, 20], ['EGGPLANT', '茄子', '一级', '元/千克', '蔬菜', 6.8, 1, 20], ['PEPPER', '青椒', '一级', '元/千克', '蔬菜', 7.6, 1, 20],
  ['CARROT', '胡萝卜', '一级', '元/千克', '蔬菜', 3.8, 1, 20], ['ONION', '洋葱', '一级', '元/千克', '蔬菜', 3.4, 1, 20], ['BEAN', '豆角', '一级', '元/千克', '蔬菜', 9.8, 1, 20],
  ['SPINACH', '菠菜', '一级', '元/千克', '蔬菜', 7.0, 1, 20], ['LETTUCE', '生菜', '一级', '元/千克', '蔬菜', 6.2, 1, 20], ['GARLIC', '大蒜', '一级', '元/千克', '蔬菜', 9.4, 1, 20],
  ['APPLE', '苹果', '红富士 一级', '元/千克', '水果', 11.6, 2, 15], ['BANANA', '香蕉', '一级', '元/千克', '水果', 7.4, 2, 15], ['ORANGE', '橙子', '一级', '元/千克', '水果', 9.8, 1, 15],
  ['PEAR', '梨', '鸭梨 一级', '元/千克', '水果', 7.8, 1, 15], ['GRAPE', '葡萄', '巨峰 一级', '元/千克', '水果', 15.6, 1, 15], ['WATERMELON', '西瓜', '一级', '元/千克', '水果', 4.4, 1, 15],
  ['HAIRTAIL', '带鱼', '冻品 中等', '元/千克', '水产品', 42.0, 1, 10], ['CARP', '活鲤鱼', '750g左右', '元/千克', '水产品', 21.0, 1, 10], ['SHRIMP', '对虾', '冻品', '元/千克', '水产品', 88.0, 1, 10],
  ['MILK', '牛奶', '250ml袋装', '元/袋', '奶类', 2.4, 2, 5], ['MILK-BOX', '牛奶', '1L盒装', '元/升', '奶类', 14.8, 1, 5], ['YOGURT', '酸奶', '160g杯装', '元/个', '奶类', 5.2, 1, 5],
  ['TOFU', '豆腐', '盒装 400g', '元/千克', '蔬菜', 8.2, 1, 20],
];
const POINTS: [string, string, string, string][] = [
  ['P01', '怀柔示例购物中心超市', '超市', 'T-LONGSHAN'], ['P02', '泉河示例农贸市场', '农贸市场', 'T-QUANHE'], ['P03', '庙城示例菜市场', '农贸市场', 'T-MIAOCHENG'], ['P04', '庙城示例社区菜店', '社区菜店', 'T-MIAOCHENG'],
  ['P05', '雁栖示例超市', '超市', 'T-YANQI'], ['P06', '雁栖示例农贸市场', '农贸市场', 'T-YANQI'], ['P07', '北房示例便民菜店', '社区菜店', 'T-BEIFANG'], ['P08', '杨宋示例超市', '超市', 'T-YANGSONG'],
  ['P09', '怀柔示例果蔬批发市场', '批发市场', 'T-HUAIROU'], ['P10', '桥梓示例农贸市场', '农贸市场', 'T-QIAOZI'],
];
/** The injected spikes: commodity, first and last day of the raised price, the rise. */
export const DEMO_SPIKES = [
  { code: 'CABBAGE', from: '2023-01-09', to: '2023-01-19', rise: 0.45 },
  { code: 'PORK-LEAN', from: '2023-06-12', to: '2023-06-25', rise: 0.28 },
  { code: 'EGG', from: '2023-09-18', to: '2023-10-01', rise: 0.24 },
] as const;
export const DEMO_PRICE_FROM = '2022-01-01';
export const DEMO_PRICE_TO = '2023-12-31';

/** Bounded pseudo-random noise in [−1, 1], the same on every run. */
const noise = (a: number, b: number, c: number) => {
  const x = Math.sin(a * 12.9898 + b * 78.233 + c * 37.719) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
};
const dayOfYear = (d: string) => Math.round((Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) - Date.UTC(Number(d.slice(0, 4)), 0, 1)) / 86400000);
const t = (d: string) => (Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) - Date.UTC(2022, 0, 1)) / 86400000;

/** The district's underlying price of a commodity on a day (before the point's offset and noise). */
export function demoPrice(c: C, date: string): number {
  const [code, , , , group, base] = c;
  const doy = dayOfYear(date);
  let f = 1 + 0.01 * (t(date) / 365); // ~1% a year
  if (group === '蔬菜') f *= 1 + 0.22 * Math.cos((2 * Math.PI * (doy - 15)) / 365); // dearest mid-January
  if (group === '猪肉') f *= 1 + 0.12 * Math.sin((2 * Math.PI * t(date)) / (365 * 3)); // the pork cycle
  if (group === '禽蛋' && code === 'EGG') f *= 1 + 0.06 * Math.exp(-(((doy - 250) / 20) ** 2)); // before 中秋
  if (group === '水果') f *= 1 + 0.08 * Math.cos((2 * Math.PI * (doy - 60)) / 365);
  for (const s of DEMO_SPIKES) {
    if (s.code !== code) continue;
    const ramp = 3;
    if (compareDates(date, addDays(s.from, -ramp)) > 0 && compareDates(date, addDays(s.to, ramp)) < 0) {
      const inside = compareDates(date, s.from) >= 0 && compareDates(date, s.to) <= 0;
      const k = inside ? 1 : compareDates(date, s.from) < 0 ? 1 - (t(s.from) - t(date)) / ramp : 1 - (t(date) - t(s.to)) / ramp;
      f *= 1 + s.rise * Math.max(0, k);
    }
  }
  return base * f;
}

export async function seedPricesDemo(ctx: AppContext): Promise<{ quotes: number; alerts: number }> {
  const result = await ctx.db.transaction().execute(async (trx: Trx) => {
    const now = nowIso();
    const meta = { version: 1, createdAt: now, updatedAt: now, createdBy: null };
    const orgs = new Map((await trx.selectFrom('orgUnits').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
    const commodityIds: number[] = [];
    for (const [k, c] of demoCommodities.entries()) {
      const [code, name, spec, unit, groupName, , weight, rise] = c;
      const { id } = await trx.insertInto('priceCommodities').values({ code, name, spec, unit, groupName, weight, risePct: rise, fallPct: rise, seq: k + 1, ...meta }).returning('id').executeTakeFirstOrThrow();
      commodityIds.push(id);
    }
    const pointIds: number[] = [];
    for (const [code, name, type, town] of POINTS) {
      const { id } = await trx.insertInto('pricePoints').values({ code, name, type, townId: orgs.get(town) ?? null, address: `${name}（示例地址）`, ...meta }).returning('id').executeTakeFirstOrThrow();
      pointIds.push(id);
    }
    // The 庙城镇 reporter collects at the two 庙城 points; 雁栖镇's at the 雁栖 ones.
    const users = new Map((await trx.selectFrom('users').select(['id', 'username']).where('username', 'in', ['town', 'town2']).execute()).map((u) => [u.username, u.id]));
    const collectors = [[2, 'town'], [3, 'town'], [4, 'town2'], [5, 'town2']] as const;
    for (const [p, u] of collectors) if (users.get(u)) await trx.insertInto('pricePointCollectors').values({ pointId: pointIds[p], userId: users.get(u)! }).execute();
    await trx.insertInto('priceWindows').values([
      { name: '2023年春节', kind: 'holiday', startDate: '2023-01-14', endDate: '2023-01-28', ...meta },
      { name: '2023年国庆节', kind: 'holiday', startDate: '2023-09-26', endDate: '2023-10-08', ...meta },
    ]).execute();
    let batch: { pointId: number; commodityId: number; date: string; price: number; note: string; state: string; source: string; collectorId: number | null; updatedAt: string }[] = [];
    let quotes = 0;
    const flush = async () => {
      if (batch.length) await trx.insertInto('priceQuotes').values(batch).execute();
      quotes += batch.length;
      batch = [];
    };
    for (let d: string = DEMO_PRICE_FROM; compareDates(d, DEMO_PRICE_TO) <= 0; d = addDays(d, 1)) {
      for (const [ci, c] of demoCommodities.entries()) {
        const p0 = demoPrice(c, d);
        for (const [pi] of POINTS.entries()) {
          const offset = 1 + 0.04 * noise(ci, pi, 0); // a point is a little dearer or cheaper, always
          const price = Math.round(p0 * offset * (1 + 0.015 * noise(ci, pi, t(d))) * 100) / 100;
          batch.push({ pointId: pointIds[pi], commodityId: commodityIds[ci], date: d, price, note: '', state: 'approved', source: 'import', collectorId: null, updatedAt: now });
          if (batch.length >= 3000) await flush(); // 30,000 parameters: under SQLite's and PostgreSQL's limits
        }
      }
    }
    await flush();
    await trx.insertInto('priceItems').values([
      { name: '城区路侧停车（一类地区）', form: '政府定价', currentPrice: 2.5, unit: '元/15分钟', basisDoc: '京发改〔2018〕示例号', effectiveFrom: '2018-06-01', reviewDue: '2023-06-01', note: '', ...meta },
      { name: '红螺寺门票（示例）', form: '政府指导价', currentPrice: 54, unit: '元/人次', basisDoc: '怀发改〔2021〕示例号', effectiveFrom: '2021-05-01', reviewDue: '2024-05-01', note: '', ...meta },
      { name: '慕田峪长城索道（示例）', form: '政府指导价', currentPrice: 140, unit: '元/人次往返', basisDoc: '怀发改〔2022〕示例号', effectiveFrom: '2022-04-01', reviewDue: '2025-04-01', note: '', ...meta },
      { name: '非居民管道天然气销售价格', form: '政府定价', currentPrice: 3.43, unit: '元/立方米', basisDoc: '京发改规〔2023〕示例号', effectiveFrom: '2023-01-01', reviewDue: '2024-12-31', note: '', ...meta },
      { name: '殡葬服务收费（遗体火化）', form: '政府定价', currentPrice: 240, unit: '元/具', basisDoc: '京发改〔2019〕示例号', effectiveFrom: '2019-10-01', reviewDue: '2024-10-01', note: '', ...meta },
    ]).execute();
    // Twelve certification cases, walked to every stage.
    const staff = await trx.selectFrom('users').select(['id', 'displayName']).where('username', '=', 'staff').executeTakeFirstOrThrow();
    const who = { userId: staff.id, displayName: staff.displayName };
    const requesters = [['怀柔公安分局泉河派出所', '公安'], ['怀柔区人民检察院', '检察'], ['怀柔区人民法院', '法院'], ['区纪委区监委', '纪检监察'], ['区市场监管局', '行政执法']] as const;
    const plan = ['received', 'accepted', 'investigating', 'calculating', 'reviewing', 'concluded', 'delivered', 'delivered', 'delivered', 'rejected', 'terminated', 'delivered'];
    const path: Record<string, string[]> = {
      received: [], accepted: ['accept'], investigating: ['accept', 'investigate'], calculating: ['accept', 'investigate', 'calculate'], reviewing: ['accept', 'investigate', 'calculate', 'review'],
      concluded: ['accept', 'investigate', 'calculate', 'review', 'conclude'], delivered: ['accept', 'investigate', 'calculate', 'review', 'conclude', 'deliver'], rejected: ['reject'], terminated: ['accept', 'terminate'],
    };
    for (const [k, stage] of plan.entries()) {
      const received = addDays('2023-03-01', k * 19);
      const [org, type] = requesters[k % requesters.length];
      const id = await insertCase(trx, who, {
        requesterOrg: org, requesterType: type, receivedOn: received, baseDate: addDays(received, -10 - k),
        items: [{ name: ['电动自行车', '笔记本电脑', '手机', '黄金项链', '烟酒礼品'][k % 5], spec: ['雅迪示例款', '示例品牌14英寸', '示例品牌 256G', '足金 约20克', '示例白酒2瓶'][k % 5], quantity: 1 + (k % 3), condition: '使用约一年，功能正常' }],
        certifiers: '王认证、李认证',
      });
      let version = 1;
      await trx.updateTable('certCaseEvents').set({ at: `${received}T02:00:00.000Z` }).where('caseId', '=', id).execute();
      for (const [s, action] of path[stage].entries()) {
        const on = addDays(received, 1 + s * 2);
        await applyStep(trx, who, id, { action, note: '', method: action === 'conclude' ? '市场法' : undefined, resultYuan: action === 'conclude' ? 1800 + k * 950 : undefined, version }, on);
        // The trail reads as it happened, not at the seeding time.
        const last = await trx.selectFrom('certCaseEvents').select('id').where('caseId', '=', id).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
        await trx.updateTable('certCaseEvents').set({ at: `${on}T02:00:00.000Z` }).where('id', '=', last.id).execute();
        version++;
      }
    }
    return { quotes };
  });
  // The alerts the demo's data calls for, day by day over 2023, as the daily scan would have raised them.
  const scan = await scanDays(ctx, '2023-01-01', DEMO_PRICE_TO);
  return { ...result, alerts: scan.opened };
}
