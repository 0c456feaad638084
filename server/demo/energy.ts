// Demo data of energy saving [illustrative — invented figures and fictional enterprises]: 15 energy reviews
// of library projects in every stage (two verified, one returned, one below the threshold, one started
// without approval so the dashboard flags it), 10 key energy users with three years of consumption and
// output, and two years of town assessments (2022 complete, 2023 to the third quarter) with targets,
// quarterly figures, measure tasks and a deduction.
import type { AppContext } from '../platform/context.ts';
import { nowIso, type Trx } from '../platform/db.ts';
import { addWorkingDays } from '../../common/periods.ts';
import { defaultEnergySettings as settings, type EnergyLine, type ReviewAction } from '../../common/energy.ts';
import { applyAction, acceptanceSet, insertExpertOpinion, insertReview } from '../modules/energy/reviews.service.ts';
import { insertKeyUser, insertTarget } from '../modules/energy/assessment.service.ts';

const actor = { userId: null, displayName: '节能科' };

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r2 = (v: number) => Math.round(v * 100) / 100;

type Story = { stage: 'submitted' | 'accepted' | 'appraising' | 'opinion' | 'approved' | 'verified' | 'returned' | 'exempt'; lines: EnergyLine[]; applicant: string; submittedOn: string; started?: boolean; overrun?: boolean };
const STORIES: Story[] = [
  { stage: 'verified', applicant: '北京示例仪器科技有限公司', submittedOn: '2022-09-05', lines: [{ type: 'electricity', quantity: 820, unit: '万kWh' }, { type: 'natural_gas', quantity: 45, unit: '万m³' }] },
  { stage: 'verified', applicant: '怀柔示例数据服务有限公司', submittedOn: '2022-11-14', overrun: true, lines: [{ type: 'electricity', quantity: 2600, unit: '万kWh' }, { type: 'diesel', quantity: 12, unit: 't' }] },
  { stage: 'approved', applicant: '北京示例食品有限公司', submittedOn: '2023-02-20', lines: [{ type: 'electricity', quantity: 480, unit: '万kWh' }, { type: 'natural_gas', quantity: 60, unit: '万m³' }, { type: 'heat', quantity: 8000, unit: 'GJ' }] },
  { stage: 'approved', applicant: '区示例建设发展有限公司', submittedOn: '2023-03-06', lines: [{ type: 'electricity', quantity: 650, unit: '万kWh' }, { type: 'natural_gas', quantity: 30, unit: '万m³' }] },
  { stage: 'approved', applicant: '北京示例医药科技有限公司', submittedOn: '2023-04-10', lines: [{ type: 'electricity', quantity: 1200, unit: '万kWh' }, { type: 'natural_gas', quantity: 80, unit: '万m³' }, { type: 'lpg', quantity: 5, unit: 't' }] },
  { stage: 'opinion', applicant: '示例新材料（北京）有限公司', submittedOn: '2023-07-17', lines: [{ type: 'electricity', quantity: 900, unit: '万kWh' }, { type: 'natural_gas', quantity: 20, unit: '万m³' }] },
  { stage: 'opinion', applicant: '区示例医院', submittedOn: '2023-08-07', lines: [{ type: 'electricity', quantity: 560, unit: '万kWh' }, { type: 'natural_gas', quantity: 90, unit: '万m³' }] },
  { stage: 'appraising', applicant: '北京示例智能制造有限公司', submittedOn: '2023-08-28', started: true, lines: [{ type: 'electricity', quantity: 700, unit: '万kWh' }, { type: 'natural_gas', quantity: 25, unit: '万m³' }, { type: 'diesel', quantity: 30, unit: 't' }] },
  { stage: 'appraising', applicant: '区示例供热有限公司', submittedOn: '2023-09-11', lines: [{ type: 'natural_gas', quantity: 1500, unit: '万m³' }, { type: 'electricity', quantity: 300, unit: '万kWh' }] },
  { stage: 'accepted', applicant: '示例影视文化（北京）有限公司', submittedOn: '2023-10-09', lines: [{ type: 'electricity', quantity: 520, unit: '万kWh' }] },
  { stage: 'accepted', applicant: '区示例教育服务中心', submittedOn: '2023-10-16', lines: [{ type: 'electricity', quantity: 380, unit: '万kWh' }, { type: 'natural_gas', quantity: 55, unit: '万m³' }] },
  { stage: 'submitted', applicant: '北京示例算力科技有限公司', submittedOn: '2023-10-23', lines: [{ type: 'electricity', quantity: 9800, unit: '万kWh' }] },
  { stage: 'submitted', applicant: '区示例水务有限公司', submittedOn: '2023-10-26', lines: [{ type: 'electricity', quantity: 610, unit: '万kWh' }, { type: 'diesel', quantity: 8, unit: 't' }] },
  { stage: 'returned', applicant: '示例农业科技（北京）有限公司', submittedOn: '2023-06-12', lines: [{ type: 'electricity', quantity: 530, unit: '万kWh' }, { type: 'natural_gas', quantity: 12, unit: '万m³' }] },
  { stage: 'exempt', applicant: '区示例乡村旅游合作社', submittedOn: '2023-05-08', lines: [{ type: 'electricity', quantity: 120, unit: '万kWh' }, { type: 'lpg', quantity: 20, unit: 't' }] },
];
const PATHS: Record<Story['stage'], ReviewAction[]> = {
  submitted: [], accepted: ['accept'], appraising: ['accept', 'appraise'], opinion: ['accept', 'appraise', 'draft_opinion'],
  approved: ['accept', 'appraise', 'draft_opinion', 'approve'], verified: ['accept', 'appraise', 'draft_opinion', 'approve'], returned: ['accept', 'return'], exempt: ['exempt'],
};
const EXPERTS = [['王示例', '区节能监察中心'], ['李示例', '示例工程咨询有限公司'], ['陈示例', '示例大学能源学院']];

const KEY_USERS: [name: string, industry: string, town: string, level: string, tce2021: number, output2021: number][] = [
  ['北京示例仪器科技有限公司', '仪器仪表制造', 'T-YANQI', '市', 6200, 150_000],
  ['怀柔示例数据服务有限公司', '数据中心', 'T-YANQI', '市', 15_800, 16_000],
  ['北京示例食品有限公司', '食品制造', 'T-MIAOCHENG', '区', 8400, 62_000],
  ['北京示例医药科技有限公司', '医药制造', 'T-YANGSONG', '市', 9100, 98_000],
  ['北京示例汽车零部件有限公司', '汽车制造', 'T-MIAOCHENG', '区', 7300, 110_000],
  ['示例建材（北京）有限公司', '建材', 'T-QIAOZI', '区', 12_600, 19_000],
  ['北京示例饮料有限公司', '食品制造', 'T-BEIFANG', '区', 5400, 52_000],
  ['区示例医院', '公共建筑', 'T-LONGSHAN', '区', 5100, 60_000],
  ['北京示例精密仪器有限公司', '仪器仪表制造', 'T-HUAIROU', '区', 5600, 98_000],
  ['示例云计算（北京）有限公司', '数据中心', 'T-YANGSONG', '区', 10_400, 12_500],
];

export async function seedEnergyDemo(ctx: AppContext): Promise<{ reviews: number; keyUsers: number; targets: number }> {
  return ctx.db.transaction().execute(async (trx: Trx) => {
    const rand = rng(20231010);
    const orgs = new Map((await trx.selectFrom('orgUnits').select(['id', 'code', 'kind', 'name']).execute()).map((o) => [o.code, o]));
    const all = await trx.selectFrom('projects').select(['id', 'name', 'tags']).where('isDemo', '=', 1).orderBy('id').execute();
    const starts = new Set((await trx.selectFrom('projectMilestones').select('projectId').where('step', '=', '开工').where('actualDate', 'is not', null).execute()).map((m) => m.projectId));
    const isRural = (p: { tags: string }) => p.tags.includes('乡村振兴') || p.tags.includes('农业');
    // The agriculture and rural-tourism applicants take rural-revitalisation projects (not started), so the dashboard's list shows their reviews.
    const rural = all.filter((p) => isRural(p) && !starts.has(p.id));
    const projects = all.filter((p) => !rural.slice(0, 2).includes(p)).slice(0, 40);
    const notStarted = projects.filter((p) => !starts.has(p.id));
    const started = projects.filter((p) => starts.has(p.id));
    let reviews = 0;
    for (const [i, st] of STORIES.entries()) {
      // The "started" story takes a project that recorded 开工; the open ones take projects not yet started.
      const pool = /农业|乡村/.test(st.applicant) && rural.length ? rural : st.started || ['approved', 'verified'].includes(st.stage) ? started : notStarted;
      const project = pool.shift() ?? projects[i];
      const id = await insertReview(trx, actor, { projectId: project.id, year: Number(st.submittedOn.slice(0, 4)), applicant: st.applicant, submittedOn: st.submittedOn, lines: st.lines, exemptIndustry: false, classified: false, note: '' }, settings);
      let on = st.submittedOn;
      let version = 1;
      for (const action of PATHS[st.stage]) {
        on = addWorkingDays(on, action === 'accept' ? 3 : action === 'appraise' ? 4 : action === 'draft_opinion' ? 6 : 3);
        if (action === 'approve' || (action === 'draft_opinion')) {
          if (action === 'draft_opinion') {
            for (const [k, [expert, org]] of EXPERTS.slice(0, 2 + (i % 2)).entries()) {
              await insertExpertOpinion(trx, actor, id, { expert, org, conclusion: k === 0 ? '修改后同意' : '同意', opinion: k === 0 ? '能源消费量测算依据充分；建议补充余热回收方案，进一步优化空调系统能效等级。' : '项目用能工艺和设备选型符合国家节能标准，能效水平达到国内先进。', givenOn: on });
            }
          }
        }
        await applyAction(trx, actor, id, {
          action, version, note: action === 'return' ? '节能报告未测算对全区能耗双控目标的影响，请补充后重新申报。' : '',
          opinion: '项目用能总量和结构基本合理，能效水平达到国内先进水平，原则同意该项目节能报告。', conditions: '一、主要用能设备须达到能效2级及以上；二、建设能源计量和在线监测系统，接入区能耗在线监测平台；三、项目投产后按季度报送能源消费数据。',
        }, on, settings);
        version++;
      }
      if (st.stage === 'verified') {
        const factor = st.overrun ? 1.14 : 0.96;
        const actual = st.lines.map((l) => ({ ...l, quantity: r2(l.quantity * factor) }));
        const set = await acceptanceSet(trx, id, { verifiedOn: '2023-09-20', lines: actual }, settings);
        await trx.updateTable('energyReviews').set({ ...set, version: version + 1, updatedAt: nowIso() }).where('id', '=', id).execute();
        await trx.insertInto('energyReviewEvents').values({ reviewId: id, at: nowIso(), byName: actor.displayName, action: 'verify', fromStage: 'approved', toStage: 'verified', note: `验收：实际 ${set.actualTce.toFixed(2)} tce，偏差 ${set.deviationPct}%` }).execute();
      }
      reviews++;
    }

    // Key energy users and their three years.
    const keyIds: number[] = [];
    for (const [name, industry, town, level, tce, output] of KEY_USERS) {
      const kid = await insertKeyUser(trx, null, { name, industry, townId: orgs.get(town)?.id ?? null, level, contact: '' }, true);
      keyIds.push(kid);
      let e = tce;
      let y = output;
      for (const year of [2021, 2022, 2023]) {
        if (year > 2021) { y = y * (1.04 + rand() * 0.06); e = e * (1.0 + rand() * 0.05 - 0.02); }
        await trx.insertInto('energyKeyUserYears').values({ keyUserId: kid, year, energyTce: Math.round(e), output: Math.round(y), updatedAt: nowIso() }).execute();
      }
    }

    // Town assessments: 2022 (all four quarters) and 2023 (to the third quarter), plus the four largest key users.
    const towns = [...orgs.values()].filter((o) => o.kind === 'town');
    let targets = 0;
    const base = new Map<string, { e: number; y: number }>();
    towns.forEach((t, i) => base.set(t.code, { e: 18_000 + ((i * 7919) % 40_000), y: 300_000 + ((i * 104_729) % 900_000) }));
    for (const year of [2022, 2023]) {
      const assessees: { key: string; orgId: number | null; keyUserId: number | null }[] = [
        ...towns.map((t) => ({ key: t.code, orgId: t.id, keyUserId: null })),
        ...keyIds.slice(0, 4).map((k) => ({ key: `K${k}`, orgId: null, keyUserId: k })),
      ];
      for (const [i, a] of assessees.entries()) {
        if (!base.has(a.key)) base.set(a.key, { e: 9000 + i * 500, y: 90_000 + i * 8000 });
        const b = base.get(a.key)!;
        const targetDropPct = [3, 3.5, 4, 2.5][i % 4];
        const capTce = Math.round(b.e * (1.02 + (i % 3) * 0.01));
        const done = year === 2022;
        // 2023's measure scores are the division's interim check to the third quarter.
        const tasks = [
          { title: '工业和数据中心节能改造', points: 10, score: Math.round(6 + rand() * 4) },
          { title: '公共建筑和公共机构节能', points: 10, score: Math.round(6 + rand() * 4) },
          { title: '绿色交通与清洁能源替代', points: 10, score: done ? Math.round(6 + rand() * 4) : null },
          { title: '能源统计和计量能力建设', points: 10, score: done ? Math.round(8 + rand() * 2) : null },
        ];
        const tid = await insertTarget(trx, null, {
          year, orgId: a.orgId, keyUserId: a.keyUserId, targetDropPct, capTce, baseTce: Math.round(b.e), baseOutput: Math.round(b.y), tasks,
          deduction: done && i === 5 ? 3 : 0, deductionNote: done && i === 5 ? '能源统计数据迟报一次' : '',
        });
        targets++;
        // Actual drop spreads around the target: some beat it, some miss it.
        const drop = (targetDropPct + (rand() * 4 - 2.2)) / 100;
        const yGrowth = 1.03 + rand() * 0.05;
        const yYear = b.y * yGrowth;
        const eYear = (b.e / b.y) * (1 - drop) * yYear;
        const shares = [0.27, 0.22, 0.24, 0.27];
        for (let q = 1; q <= (year === 2022 ? 4 : 3); q++) {
          const jitter = 1 + (rand() * 0.02 - 0.01);
          await trx.insertInto('energyQuarters').values({
            targetId: tid, quarter: `${year}-Q${q}`, energyTce: Math.round(eYear * shares[q - 1] * jitter), output: Math.round(yYear * shares[q - 1]), note: '', version: 1, reportedBy: null, reportedAt: nowIso(),
          }).execute();
        }
        base.set(a.key, { e: eYear, y: yYear });
      }
    }
    await ctx.audit.record(trx, { userId: null, name: 'system', role: null, ip: null }, { action: 'demo.seed', entityType: 'energy', entityId: null, after: { reviews, keyUsers: keyIds.length, targets } });
    return { reviews, keyUsers: keyIds.length, targets };
  });
}
