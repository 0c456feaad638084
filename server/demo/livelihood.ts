// Demo data of the livelihood module [illustrative — invented figures, not statistics]: a full 七有五性
// indicator system (12 dimensions, 30 indicators with member units, directions and weights) for 2021–2023
// with values of this district and the city's other 15 districts; livelihood projects linked to the
// project library; the 2023 疏整促 plan (task types, per-town targets, monthly town reports January–October,
// October awaiting review, three towns behind), publicity items; the 2023 population cap, its split and
// quarterly resident figures (two towns over their cap).
import type { AppContext } from '../platform/context.ts';
import { nowIso } from '../platform/db.ts';
import { districts, SELF, standardDimensions } from '../../common/livelihood.ts';

/** code, dimension, name, unit, direction, source unit, weight, city mean, relative spread, min, max, this district's position (−1 … 1). */
type Ind = [string, string, string, string, 'up' | 'down', string, number, number, number, number | null, number | null, number];
export const demoIndicators: Ind[] = [
  ['Y1-1', 'Y1', '每千人口托位数', '个', 'up', 'B-HEALTH', 0.4, 3.2, 0.25, 0, 50, -0.9],
  ['Y1-2', 'Y1', '普惠性幼儿园覆盖率', '%', 'up', 'B-EDU', 0.3, 86, 0.06, 0, 100, 0.3],
  ['Y1-3', 'Y1', '学前三年毛入园率', '%', 'up', 'B-EDU', 0.3, 92, 0.04, 0, 100, 0.2],
  ['Y2-1', 'Y2', '义务教育就近入学比例', '%', 'up', 'B-EDU', 0.4, 93, 0.04, 0, 100, 0.5],
  ['Y2-2', 'Y2', '优质学位新增数', '个', 'up', 'B-EDU', 0.3, 2600, 0.4, 0, null, -0.8],
  ['Y2-3', 'Y2', '中小学生均校舍面积', 'm²', 'up', 'B-EDU', 0.3, 11.5, 0.2, 0, 100, 0.7],
  ['Y3-1', 'Y3', '城镇新增就业人数', '人', 'up', 'B-HR', 0.4, 21000, 0.5, 0, null, -0.95],
  ['Y3-2', 'Y3', '城镇登记失业率', '%', 'down', 'B-HR', 0.3, 2.4, 0.2, 0, 100, 0.4],
  ['Y3-3', 'Y3', '居民人均可支配收入增速', '%', 'up', 'B-STATS', 0.3, 5.8, 0.15, -20, 50, 0.5],
  ['Y4-1', 'Y4', '每千常住人口执业（助理）医师数', '人', 'up', 'B-HEALTH', 0.4, 4.6, 0.3, 0, 50, -0.5],
  ['Y4-2', 'Y4', '每千常住人口医疗机构床位数', '张', 'up', 'B-HEALTH', 0.3, 5.8, 0.3, 0, 50, 0.1],
  ['Y4-3', 'Y4', '家庭医生签约率', '%', 'up', 'B-HEALTH', 0.3, 45, 0.12, 0, 100, 0.6],
  ['Y5-1', 'Y5', '每千名老年人养老床位数', '张', 'up', 'B-CIVIL', 0.5, 36, 0.25, 0, 500, 0.8],
  ['Y5-2', 'Y5', '养老助餐点覆盖率', '%', 'up', 'B-CIVIL', 0.5, 78, 0.12, 0, 100, -0.3],
  ['Y6-1', 'Y6', '保障性住房竣工套数', '套', 'up', 'B-HOUSING', 0.5, 3200, 0.5, 0, null, -0.6],
  ['Y6-2', 'Y6', '老旧小区改造完成率', '%', 'up', 'B-HOUSING', 0.5, 72, 0.15, 0, 100, 0.4],
  ['Y7-1', 'Y7', '城乡低保标准', '元/月', 'up', 'B-CIVIL', 0.4, 1395, 0.001, 0, null, 0],
  ['Y7-2', 'Y7', '残疾人就业率', '%', 'up', 'B-HR', 0.3, 48, 0.12, 0, 100, 0.2],
  ['Y7-3', 'Y7', '困难群众救助及时率', '%', 'up', 'B-CIVIL', 0.3, 97, 0.02, 0, 100, 0.3],
  ['X1-1', 'X1', '一刻钟便民生活圈覆盖率', '%', 'up', 'B-COMMERCE', 0.5, 88, 0.08, 0, 100, -0.7],
  ['X1-2', 'X1', '公交站点500米覆盖率', '%', 'up', 'B-TRANSPORT', 0.5, 90, 0.08, 0, 100, -0.85],
  ['X2-1', 'X2', 'PM2.5年均浓度', 'μg/m³', 'down', 'B-ECOLOGY', 0.5, 32, 0.15, 0, 500, 0.95],
  ['X2-2', 'X2', '公园绿地500米服务半径覆盖率', '%', 'up', 'B-FOREST', 0.5, 87, 0.06, 0, 100, 0.7],
  ['X3-1', 'X3', '每万人公共文化设施面积', 'm²', 'up', 'B-CULTURE', 0.5, 1500, 0.3, 0, null, -0.6],
  ['X3-2', 'X3', '人均体育场地面积', 'm²', 'up', 'B-CULTURE', 0.5, 2.6, 0.3, 0, 100, 0.8],
  ['X4-1', 'X4', '城乡居民收入比', '倍', 'down', 'B-STATS', 0.5, 2.3, 0.12, 1, 10, 0.3],
  ['X4-2', 'X4', '基本公共服务达标率', '%', 'up', 'B-STATS', 0.5, 91, 0.05, 0, 100, 0.1],
  ['X5-1', 'X5', '亿元GDP生产安全事故死亡率', '人/亿元', 'down', 'B-URBAN', 0.3, 0.008, 0.4, 0, 1, 0.5],
  ['X5-2', 'X5', '食品抽检合格率', '%', 'up', 'B-MARKET', 0.4, 98.4, 0.01, 0, 100, 0.2],
  ['X5-3', 'X5', '刑事案件发案率', '起/万人', 'down', 'B-GOV', 0.3, 18, 0.3, 0, 1000, 0.6],
];
/** Dimension weights: each 有 0.08 (0.56 together), each 性 0.088 (0.44 together). */
const dimWeight = (group: string) => (group === '七有' ? 0.08 : 0.088);

/** Bounded pseudo-random noise in [−1, 1], the same on every run. */
const noise = (a: number, b: number, c: number) => {
  const x = Math.sin(a * 12.9898 + b * 78.233 + c * 37.719) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
};
const round = (v: number, dp: number) => Math.round(v * 10 ** dp) / 10 ** dp;

/** A district's value of an indicator in a year: the city mean, the district's position (fixed for this district), yearly drift and noise. */
export function demoValue(ind: Ind, districtIdx: number, year: number): number {
  const [, , , , direction, , , mean, spread, min, max, selfPos] = ind;
  const self = districts[districtIdx].code === SELF;
  const pos = self ? selfPos + 0.15 * noise(districtIdx, year, 3) : noise(districtIdx, ind[0].length + ind[2].length, 1) * 0.9 + 0.1 * noise(districtIdx, year, 2);
  const better = direction === 'up' ? 1 : -1;
  const growth = 1 + (direction === 'up' ? 0.02 : -0.02) * (year - 2021);
  let v = mean * growth * (1 + better * spread * pos);
  if (min !== null) v = Math.max(v, min);
  if (max !== null) v = Math.min(v, max);
  return round(v, mean >= 100 ? 0 : mean < 0.1 ? 4 : 2); // counts and yuan whole, rates and per-capita figures to 2 dp
}

type SzcType = [code: string, name: string, group: string, unit: string, lead: string, base: number];
const SZC_TYPES: SzcType[] = [
  ['CWJ', '拆除违法建设', '整治', '万m²', 'B-URBAN', 6], ['TTTD', '腾退土地', '整治', '公顷', 'B-PLANNING', 4], ['KQDD', '“开墙打洞”整治', '整治', '处', 'B-URBAN', 12],
  ['DXKJ', '群租房、地下空间整治', '整治', '处', 'B-HOUSING', 8], ['BJXX', '背街小巷环境精细化整治提升', '提升', '条', 'B-URBAN', 5], ['LBZL', '留白增绿', '提升', '公顷', 'B-FOREST', 3],
  ['BMWD', '基本便民商业网点建设', '提升', '个', 'B-COMMERCE', 4], ['JBWWF', '基本无违法建设村创建', '创建', '个', 'B-URBAN', 2],
];
/** Town code, its 2023 cap share of the district (‰), its resident count at the 2020 census. */
const TOWNS: [string, number, number][] = [
  ['T-QUANHE', 120, 52_300], ['T-LONGSHAN', 108, 47_100], ['T-HUAIROU', 92, 40_600], ['T-YANQI', 78, 34_800], ['T-MIAOCHENG', 96, 42_900], ['T-BEIFANG', 70, 31_200],
  ['T-YANGSONG', 82, 36_500], ['T-QIAOZI', 56, 24_700], ['T-HUAIBEI', 40, 17_400], ['T-TANGHEKOU', 26, 11_300], ['T-BOHAI', 36, 15_600], ['T-JIUDUHE', 34, 14_800],
  ['T-LIULIMIAO', 18, 7_600], ['T-BAOSHAN', 22, 9_500], ['T-CHANGSHAOYING', 20, 8_600], ['T-LABAGOUMEN', 14, 5_900], ['Z-YANQI', 88, 40_240],
];
export const DEMO_POP_CAP = 445_000;
/** Towns whose 疏整促 progress the demo holds back (behind schedule in October). */
export const DEMO_SZC_BEHIND = ['T-BOHAI', 'T-TANGHEKOU', 'T-LABAGOUMEN'];
/** Towns whose residents exceed their cap in the demo. */
export const DEMO_POP_OVER = ['T-YANQI', 'T-MIAOCHENG'];

export async function seedLivelihoodDemo(ctx: AppContext) {
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const meta = { version: 1, createdAt: now, updatedAt: now, createdBy: null };
    const orgs = new Map((await trx.selectFrom('orgUnits').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
    const org = (code: string) => { const id = orgs.get(code); if (id === undefined) throw new Error(`demo org missing: ${code}`); return id; };
    let values = 0;
    for (const year of [2021, 2022, 2023]) {
      const { id: systemId } = await trx.insertInto('liveSystems').values({ year, normalisation: 'minmax', aggregation: 'arithmetic', note: '示例指标体系（非官方）', ...meta }).returning('id').executeTakeFirstOrThrow();
      const dimIds = new Map<string, number>();
      for (const [k, d] of standardDimensions.entries()) {
        dimIds.set(d.code, (await trx.insertInto('liveDimensions').values({ systemId, code: d.code, groupName: d.group, name: d.name, weight: dimWeight(d.group), seq: k + 1, ...meta }).returning('id').executeTakeFirstOrThrow()).id);
      }
      const rows: { indicatorId: number; quarter: number; district: string; value: number; note: string; state: string; source: string; version: number; createdAt: string; updatedAt: string; createdBy: null }[] = [];
      for (const [k, ind] of demoIndicators.entries()) {
        const [code, dim, name, unit, direction, source, weight, , , min, max] = ind;
        const { id } = await trx.insertInto('liveIndicators').values({ systemId, dimensionId: dimIds.get(dim)!, code, name, unit, direction, sourceUnitId: org(source), weight, minValid: min, maxValid: max, target: null, seq: k + 1, ...meta }).returning('id').executeTakeFirstOrThrow();
        for (const [di, d] of districts.entries()) rows.push({ indicatorId: id, quarter: 0, district: d.code, value: demoValue(ind, di, year), note: '', state: 'approved', source: 'import', ...meta });
      }
      for (let i = 0; i < rows.length; i += 500) await trx.insertInto('liveValues').values(rows.slice(i, i + 500)).execute();
      values += rows.length;
    }
    // Livelihood projects of the speech's area (5), linked to the project library when it holds them.
    const projects = await trx.selectFrom('projects').select(['id', 'name']).where('name', 'in', ['区妇幼保健院迁建工程', '棚户区改造配套道路工程', '怀柔医院二期扩建', '城区集中供热管网改造']).orderBy('id').execute();
    const dimOf: Record<string, string> = { 区妇幼保健院迁建工程: 'Y1', 棚户区改造配套道路工程: 'Y6', 怀柔医院二期扩建: 'Y4', 城区集中供热管网改造: 'X2' };
    const seenProjects = new Set<string>();
    for (const p of projects) {
      if (seenProjects.has(p.name)) continue;
      seenProjects.add(p.name);
      await trx.insertInto('liveProjects').values({ projectId: p.id, dimensionCode: dimOf[p.name], note: '区发改委年度工作部署（五）', ...meta }).execute();
    }

    // 疏整促 2023: types, targets, monthly cumulative reports January–October.
    const year = 2023;
    let reports = 0;
    for (const [k, [code, name, group, unit, lead, base]] of SZC_TYPES.entries()) {
      const { id: typeId } = await trx.insertInto('szcTaskTypes').values({ year, code, name, groupName: group, unit, leadUnitId: org(lead), seq: k + 1, ...meta }).returning('id').executeTakeFirstOrThrow();
      for (const [ti, [town]] of TOWNS.entries()) {
        if ((ti + k) % 3 === 2 && !DEMO_SZC_BEHIND.includes(town)) continue; // not every town has every type
        const target = round(base * (0.6 + 0.8 * Math.abs(noise(ti, k, 9))), unit === '处' || unit === '条' || unit === '个' ? 0 : 1) || 1;
        await trx.insertInto('szcTargets').values({ typeId, townId: org(town), target }).execute();
        // pace: share of the target done by October (10/12 = 83% is on time)
        const pace = DEMO_SZC_BEHIND.includes(town) ? 0.45 + 0.1 * Math.abs(noise(ti, k, 4)) : 0.8 + 0.25 * Math.abs(noise(ti, k, 5));
        let last = 0;
        for (let m = 2; m <= 10; m++) {
          const cum = round(Math.max(last, target * pace * (m / 10) ** 1.1), unit === '处' || unit === '条' || unit === '个' ? 0 : 2);
          last = cum;
          await trx.insertInto('szcReports').values({ typeId, townId: org(town), period: `${year}-${String(m).padStart(2, '0')}`, cumActual: cum, note: '', correction: 0, state: m === 10 ? 'submitted' : 'approved', ...meta }).execute();
          reports++;
        }
      }
    }
    const outlets: [string, string][] = [['北京日报', '市级'], ['北京电视台', '市级'], ['人民网', '中央级'], ['怀柔报', '区级'], ['怀柔融媒', '区级'], ['新京报', '市级']];
    for (let k = 0; k < 14; k++) {
      const [town] = TOWNS[(k * 5) % TOWNS.length];
      const [outlet, level] = outlets[k % outlets.length];
      await trx.insertInto('szcPublicity').values({
        year, townId: k % 4 === 3 ? null : org(town), date: `${year}-${String(2 + Math.floor(k / 2)).padStart(2, '0')}-${String(5 + ((k * 7) % 20)).padStart(2, '0')}`,
        title: ['拆违腾退还绿于民', '背街小巷换新颜', '“开墙打洞”整治回头看', '便民网点进社区', '留白增绿扮靓城乡', '地下空间整治保安全', '基本无违建村创建见实效'][k % 7] + `（示例${k + 1}）`, outlet, level, ...meta,
      }).execute();
    }

    // Population control 2023: the cap, its split (exactly the cap), quarterly residents Q1–Q3.
    const split = TOWNS.map(([code, share]) => ({ code, cap: Math.round((DEMO_POP_CAP * share) / 1000) }));
    split[0].cap += DEMO_POP_CAP - split.reduce((a, s) => a + s.cap, 0);
    const { id: planId } = await trx.insertInto('popPlans').values({ year, districtCap: DEMO_POP_CAP, baseline: 441_040, ...meta }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('popTownTargets').values(split.map((s) => ({ planId, townId: org(s.code), cap: s.cap }))).execute();
    for (const [ti, [code]] of TOWNS.entries()) {
      const cap = split[ti].cap;
      for (const q of [1, 2, 3]) {
        const ratio = DEMO_POP_OVER.includes(code) ? 1.01 + 0.004 * q : 0.955 + 0.03 * Math.abs(noise(ti, q, 7)) * (q / 3);
        await trx.insertInto('popFigures').values({ year, quarter: q, townId: org(code), value: Math.round(cap * Math.min(ratio, DEMO_POP_OVER.includes(code) ? 2 : 0.999)), source: '统计年度推算', state: q === 3 ? 'submitted' : 'approved', ...meta }).execute();
      }
    }
    await ctx.audit.record(trx, { userId: null, name: 'system', role: null, ip: null }, { action: 'demo.seed', entityType: 'livelihood', entityId: null, after: { values, reports } });
    return { values, reports };
  });
}
