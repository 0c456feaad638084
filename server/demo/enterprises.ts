// Demo data of enterprise services [illustrative — every enterprise is fictional, named 示例…, with a valid
// but invented credit code]: the 463 enterprises of the 2023 service package with five stewards; 2023
// visits covering most but not all of them; demands from visits and calls in every state of their
// lifecycle; district tax 2022–2023; investment leads; evaluation results; policies with applications;
// and the 营商环境 6.0 reform tasks as tasks of the 2023 work plan.
import type { Actor } from '../platform/access.ts';
import type { AppContext } from '../platform/context.ts';
import { nowIso, type Trx } from '../platform/db.ts';
import { addDays, addWorkingDays } from '../../common/periods.ts';
import { demandCategories, enterpriseIndustries, enterpriseZones, makeUscc, type DemandCategory } from '../../common/enterprises.ts';
import { createUserAsSystem } from '../modules/users/users.service.ts';
import { insertEnterprise, insertVisit } from '../modules/enterprises/enterprises.service.ts';
import { insertLead, insertPolicy } from '../modules/enterprises/business.service.ts';
import { ensureWorkPoint, insertTask } from '../modules/workplan/workplan.service.ts';
import { insertProblem } from '../modules/projects/problems.service.ts';
import { DEMO_PASSWORD } from './platform.ts';

export const DEMO_ENTERPRISES = 463;
export const demoStewards = [
  { username: 'steward', displayName: '冯管家' }, { username: 'steward2', displayName: '陈管家' }, { username: 'steward3', displayName: '褚管家' },
  { username: 'steward4', displayName: '卫管家' }, { username: 'steward5', displayName: '蒋管家' },
];
const USCC_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WORDS = ['精测', '华光', '合远', '澄源', '慧感', '启明', '博衡', '云帆', '青岚', '远景', '恒微', '知行', '瑞科', '星澜', '朗晴', '北辰', '嘉木', '燕栖', '栖湖', '庙峰'];
const TRADE: Record<string, string> = { 科技服务业: '科技服务', 高端科学仪器装备和传感器: '仪器', 新能源新材料: '新材料', 生命科学: '生物科技', 高端智能制造: '智能装备', 都市工业: '食品', 影视文化旅游: '影视文化', 其他: '商贸' };
const SUFFIX = ['有限公司', '（北京）有限公司', '科技有限公司'];
const TOWNS = ['T-YANQI', 'T-MIAOCHENG', 'T-HUAIROU', 'T-YANGSONG', 'T-BEIFANG', 'T-QIAOZI', 'T-QUANHE', 'T-LONGSHAN'];
const SIZES = ['大型', '中型', '中型', '小型', '小型', '小型', '微型'] as const;
const TAX: Record<string, number> = { 大型: 6000, 中型: 1400, 小型: 320, 微型: 60 };
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function code8(i: number): string {
  let s = '';
  for (let n = i + 7919, k = 0; k < 5; k++, n = Math.floor(n / USCC_BODY.length)) s = USCC_BODY[n % USCC_BODY.length] + s;
  return `MA0${s}`;
}

export async function seedEnterprisesDemo(ctx: AppContext): Promise<{ enterprises: number; visits: number; demands: number }> {
  const bizEnv = await ctx.db.selectFrom('orgUnits').select('id').where('code', '=', 'DRC-BIZENV').executeTakeFirstOrThrow();
  for (const s of demoStewards.slice(1)) {
    await createUserAsSystem(ctx, { username: s.username, displayName: s.displayName, role: 'service_steward', orgId: bizEnv.id, password: DEMO_PASSWORD }, { isDemo: true, mustChange: false });
  }
  return ctx.db.transaction().execute(async (trx: Trx) => {
    const orgs = new Map((await trx.selectFrom('orgUnits').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
    const unit = (code: string) => orgs.get(code)!;
    const stewards = await trx.selectFrom('users').select(['id', 'username', 'displayName', 'role', 'orgId']).where('username', 'in', demoStewards.map((s) => s.username)).orderBy('username').execute();
    const actorOf = (u: (typeof stewards)[number]): Actor => ({ userId: u.id, username: u.username, displayName: u.displayName, role: 'service_steward', orgId: u.orgId, orgPath: null, ip: null });
    await trx.insertInto('visitRules').values({ year: 2023, minVisits: 2, updatedAt: nowIso() }).execute();
    const ids: { id: number; steward: (typeof stewards)[number]; size: string }[] = [];
    for (let i = 0; i < DEMO_ENTERPRISES; i++) {
      const industry = enterpriseIndustries[i % 10 === 9 ? 7 : i % 7];
      const size = SIZES[i % SIZES.length];
      const zone = enterpriseZones[i % 5 === 0 ? 1 : i % 5 === 1 || i % 5 === 2 ? 0 : i % 5 === 3 ? 2 : 3];
      const steward = stewards[i % stewards.length];
      const id = await insertEnterprise(trx, ctx, null, {
        uscc: makeUscc('91', '110116', code8(i)), name: `示例${WORDS[i % WORDS.length]}${TRADE[industry]}${SUFFIX[Math.floor(i / WORDS.length) % SUFFIX.length]}${i >= 480 ? i : ''}`.replace(/科技科技/, '科技'),
        industry, size, zone, townId: unit(TOWNS[i % TOWNS.length]), address: `怀柔区示例路${1 + (i % 120)}号`, contactName: `联系人${pad(i % 100)}`, contactPhone: `1390000${pad(i, 4)}`,
        stewardUserId: steward.id, listYear: 2023, servicePackage: ['政策直达', '融资对接', '人才服务', '空间保障', '审批帮办'].filter((_, k) => (i + k) % 2 === 0).join('、'),
      }, true);
      ids.push({ id, steward, size });
      const base = TAX[size] * (0.6 + ((i * 37) % 80) / 100);
      await trx.insertInto('enterpriseTaxes').values([{ enterpriseId: id, year: 2022, amount: Math.round(base * 100) / 100 }, { enterpriseId: id, year: 2023, amount: Math.round(base * (0.85 + ((i * 13) % 35) / 100) * 100) / 100 }]).execute();
    }
    // Visits: seven in eight enterprises visited in 2023 (the rest form the unvisited list), a third of them twice.
    let visits = 0;
    const demandIds: { id: number; k: number }[] = [];
    for (const [i, e] of ids.entries()) {
      if (i % 8 === 3) continue;
      const times = i % 3 === 0 ? 2 : 1;
      for (let t = 0; t < times; t++) {
        const date = `2023-${pad(1 + ((i + t * 5) % 10))}-${pad(3 + (i % 25))}`;
        const raise: { category: DemandCategory; text: string }[] = (i + t) % 3 === 0
          ? [{ category: demandCategories[(i + t) % demandCategories.length], text: ['申请研发费用加计扣除政策辅导', '办理新建厂房施工许可需协调', '需要流动资金贷款对接', '核心技术人员子女入学', '扩产需要新增生产空间', '厂区电力增容', '专利侵权维权', '周边道路交通组织'][(i + t) % 8] }]
          : [];
        const r = await insertVisit(trx, actorOf(e.steward), { enterpriseId: e.id, visitedOn: date, form: (['上门', '座谈', '线上'] as const)[(i + t) % 3], visitors: `${e.steward.displayName}、区相关部门`, notes: '了解企业生产经营情况，宣讲惠企政策，征集发展诉求。', demands: raise }, '2023-10-31');
        visits++;
        for (const d of r.demandIds) demandIds.push({ id: d, k: demandIds.length });
      }
    }
    // Demands through their lifecycle: most closed, the rest spread over every state (a few overdue).
    const handlers = ['B-ECONINFO', 'B-HR', 'B-PLANNING', 'B-HOUSING', 'B-FINANCE', 'B-MARKET', 'B-GOVSERVICE', 'T-YANQI', 'T-MIAOCHENG'];
    const plan: string[] = ['closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'evaluated', 'answered', 'in_progress', 'dispatched', 'received', 'returned', 'closed', 'closed', 'in_progress', 'escalated'];
    const staff = await trx.selectFrom('users').select(['id', 'displayName']).where('username', '=', 'staff').executeTakeFirstOrThrow();
    for (const { id, k } of demandIds) {
      const target = plan[k % plan.length];
      const d = await trx.selectFrom('demands').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const handler = unit(handlers[k % handlers.length]);
      const steps: [string, string, string][] = []; // action, to-state, note
      if (target !== 'received') steps.push(['dispatch', 'dispatched', '转相关部门办理']);
      if (['in_progress', 'answered', 'evaluated', 'closed'].includes(target)) steps.push(['accept', 'in_progress', '已接办']);
      if (target === 'returned') steps.push(['return', 'returned', '不属于本单位职责，建议转区政务服务局']);
      if (target === 'escalated') steps.push(['escalate', 'escalated', '涉及多部门，提请发改联席会协调']);
      if (['answered', 'evaluated', 'closed'].includes(target)) steps.push(['answer', 'answered', '已与企业对接，明确了办理路径和时限。']);
      const satisfaction = k % 9 === 0 ? '不满意' : k % 4 === 0 ? '基本满意' : '满意';
      if (['evaluated', 'closed'].includes(target)) steps.push(['evaluate', 'evaluated', satisfaction]);
      if (target === 'closed') steps.push(['close', 'closed', '办结']);
      let at = d.receivedOn;
      let state = 'received';
      for (const [action, to, note] of steps) {
        at = addDays(at, 1 + (k % 4));
        await trx.insertInto('demandEvents').values({ demandId: id, at: `${at}T02:00:00.000Z`, byName: ['accept', 'return', 'answer'].includes(action) ? '承办单位' : staff.displayName, action, fromState: state, toState: to, note }).execute();
        state = to;
      }
      const closedLate = k % 7 === 0;
      const problemId = target === 'escalated' ? await insertProblem(trx, { userId: staff.id, username: 'staff', displayName: staff.displayName, role: 'division_staff', orgId: null, orgPath: null, ip: null }, {
        source: 'enterprise', refId: d.enterpriseId, type: '其他', title: `企业诉求：${d.text}`, description: `${d.text}（涉及多部门，提请发改联席会协调）`,
        raisedByUnitId: unit('DRC-BIZENV'), ownerUnitId: handler, dueDate: addDays(d.dueOn, 15), severity: 2,
      }) : null;
      await trx.updateTable('demands').set({
        state, handlerUnitId: target === 'received' ? null : handler, reply: ['answered', 'evaluated', 'closed'].includes(target) ? '已与企业对接，明确了办理路径和时限。' : null,
        problemId, satisfaction: ['evaluated', 'closed'].includes(target) ? satisfaction : null, closedOn: target === 'closed' ? (closedLate ? addWorkingDays(d.dueOn, 3) : at) : null,
      }).where('id', '=', id).execute();
    }
    // Investment leads, evaluation results, policies and applications.
    const stages = ['线索', '线索', '接洽', '接洽', '考察', '签约', '注册落地', '纳统纳税'] as const;
    for (let k = 0; k < 20; k++) {
      await insertLead(trx, staff.id, {
        referrerEnterpriseId: ids[k * 11].id, target: `示例${WORDS[(k + 7) % WORDS.length]}上下游配套企业${k + 1}`, industry: enterpriseIndustries[k % 6], zone: enterpriseZones[k % 2],
        stage: stages[k % stages.length], expectedInvest: 2000 + k * 1500, ownerName: demoStewards[k % 5].displayName, note: '',
      });
    }
    const now = nowIso();
    const evalRows: [string, number, string, number, number, number][] = [
      ['北京市营商环境评价', 2022, '总体', 82.5, 9, 17], ['北京市营商环境评价', 2023, '总体', 86.1, 6, 17], ['北京市营商环境评价', 2022, '获得电力', 88, 7, 17], ['北京市营商环境评价', 2023, '获得电力', 90.5, 5, 17],
      ['北京市营商环境评价', 2022, '办理建筑许可', 79, 11, 17], ['北京市营商环境评价', 2023, '办理建筑许可', 78.5, 12, 17], ['国家营商环境评价', 2023, '政务服务', 91, 3, 17], ['B-READY', 2023, '市场准入', 77, 8, 17],
    ];
    for (const [scheme, year, indicator, score, rank, rankOf] of evalRows) await trx.insertInto('evalResults').values({ scheme, year, indicator, score, rank, rankOf, version: 1, createdAt: now, updatedAt: now, createdBy: null }).execute();
    const policies = [
      ['北京市促进高端仪器装备和传感器产业发展若干措施实施细则（示例）', '京经信发〔2022〕示例号', '市经济和信息化局', '市', '2022-06-10', ['高端科学仪器装备和传感器'], '2023-09-01', '2023-11-06'],
      ['怀柔区支持科技服务业发展的若干措施（示例）', '怀政发〔2023〕示例号', '区政府', '区', '2023-03-15', ['科技服务业'], '2023-04-01', '2023-12-31'],
      ['研发费用加计扣除政策', '财税〔2023〕示例号', '财政部 税务总局', '国家', '2023-03-26', [], null, null],
      ['怀柔区人才引进落户支持办法（示例）', '怀人社发〔2023〕示例号', '区人力社保局', '区', '2023-02-20', [], '2023-03-01', '2023-10-31'],
      ['北京市智能制造标杆企业认定（示例）', '京经信发〔2023〕示例号', '市经济和信息化局', '市', '2023-05-08', ['高端智能制造'], '2023-06-01', '2023-07-15'],
      ['影视产业发展专项资金管理办法（示例）', '怀文旅发〔2023〕示例号', '区文化和旅游局', '区', '2023-04-12', ['影视文化旅游'], '2023-05-01', '2023-11-30'],
    ] as const;
    const policyIds: number[] = [];
    for (const [title, docNo, issuer, level, issuedOn, industries, windowOpen, windowClose] of policies) {
      policyIds.push(await insertPolicy(trx, staff.id, { title, docNo, issuer, level, issuedOn, industries: [...industries], summary: '支持方向、支持标准、申报条件和材料要求见原文。', interpretation: '用通俗语言说明：哪些企业能申报、能拿到什么支持、什么时候申报、找谁咨询。', windowOpen, windowClose }));
    }
    const appStages = ['辅导', '已提交', '区级初审', '市级评审', '公示', '获批', '拨付', '未通过'] as const;
    for (let k = 0; k < 24; k++) {
      const stage = appStages[k % appStages.length];
      const requested = 50 + k * 20;
      await trx.insertInto('policyApplications').values({ enterpriseId: ids[k * 17].id, policyId: policyIds[k % policyIds.length], project: `示例项目${k + 1}`, amountRequested: requested, stage, amountGranted: stage === '获批' || stage === '拨付' ? requested * 0.8 : null, version: 1, createdAt: now, updatedAt: now, createdBy: staff.id }).execute();
    }
    // The 营商环境 6.0 reform tasks as work-plan tasks (area 7), with their October progress.
    const wp = await ensureWorkPoint(trx, 2023, 7, '7.9', '落实优化营商环境6.0版改革任务');
    if (wp !== null) {
      const reform = [['推行经营主体登记“一网通办”全程电子化', 'B-MARKET'], ['工程建设项目审批“多规合一”协同平台应用', 'B-PLANNING'], ['获得电力“三零”服务延伸至高压小微企业', 'B-ECONINFO'], ['政务服务“一件事”集成办理', 'B-GOVSERVICE'], ['涉企检查“综合查一次”', 'B-MARKET'], ['企业开办全程网上办理', 'B-GOVSERVICE']] as const;
      for (const [k, [title, lead]] of reform.entries()) {
        const taskId = await insertTask(trx, null, 2023, {
          code: `2023-YS6-${pad(k + 1)}`, workPointId: wp, title, description: `营商环境6.0版改革任务（示例）：${title}`, category: '业务', tags: ['营商', '改革'],
          leadUnitId: unit(lead), coUnitIds: [unit('DRC-BIZENV')], leaderName: '王主任', startDate: '2023-03-01', dueDate: '2023-12-31', target: null, weight: 3,
          milestones: [{ title: '制定落实方案', plannedDate: '2023-04-30', plannedPct: 20, deliverable: '方案', doneDate: '2023-04-28' }, { title: '完成改革任务', plannedDate: '2023-12-31', plannedPct: 100, deliverable: '总结', doneDate: null }],
        });
        for (const m of [9, 10]) {
          const at = `2023-${pad(m)}-25T02:00:00.000Z`;
          await trx.insertInto('progressReports').values({
            taskId, period: `2023-${pad(m)}`, unitId: unit(lead), cumulativePct: 55 + m * 2 + (k % 3) * 5, cumulativeValue: null, narrative: '按改革任务清单推进，已完成系统改造和流程再造。', problems: null, needsCoordination: 0, nextSteps: null,
            state: 'approved', submittedAt: at, submittedBy: null, reviewedAt: at, reviewedBy: staff.id, returnReason: null, attachmentIds: '[]', version: 1, createdAt: at, updatedAt: at, createdBy: null,
          }).execute();
        }
      }
    }
    await ctx.audit.record(trx, { userId: null, name: 'system', role: null, ip: null }, { action: 'demo.seed', entityType: 'enterprises', entityId: null, after: { enterprises: ids.length, visits, demands: demandIds.length } });
    return { enterprises: ids.length, visits, demands: demandIds.length };
  });
}
