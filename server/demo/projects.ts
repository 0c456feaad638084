// Demo data of major projects [illustrative — invented projects and figures]: 60 projects of 2023 (new,
// continuing, completing, preparatory) with milestones and monthly investment reports January–October
// (September and earlier approved, October submitted), told so that some run ahead, some lag and a few
// have not started; 40 problems in every state; six joint meetings with minutes, decisions and the
// supervised tasks they created, and one consultation awaiting written opinions; funding applications
// and an engineering-research-centre reserve.
import type { Actor } from '../platform/access.ts';
import type { AppContext } from '../platform/context.ts';
import { nowIso, type Trx } from '../platform/db.ts';
import { milestoneSteps, problemTypes, type ProjectInput } from '../../common/projects.ts';
import { addDays } from '../../common/periods.ts';
import { insertProject } from '../modules/projects/projects.service.ts';
import { insertMeeting, insertProblem, recordMinutesInTrx } from '../modules/projects/problems.service.ts';
import { insertCentre, insertFunding } from '../modules/projects/portfolio.service.ts';

const YEAR = 2023;
type Story = 'ahead' | 'on_track' | 'lagging' | 'stalled' | 'not_started';

const NAMES: [string, ProjectInput['sector'], ProjectInput['nature'], string[], string][] = [
  ['怀柔科学城综合性国家科学中心配套道路', '基础设施', '政府投资', ['科学城', '基础设施'], 'B-SCICITY'],
  ['高端仪器装备产业园标准厂房', '产业', '国企', ['产业', '科学城'], 'B-ECONINFO'],
  ['区妇幼保健院迁建工程', '社会事业', '政府投资', ['民生', '市重点'], 'B-HEALTH'],
  ['兴盛路北延道路工程', '基础设施', '政府投资', ['基础设施'], 'B-TRANSPORT'],
  ['怀柔医院二期扩建', '社会事业', '政府投资', ['民生'], 'B-HEALTH'],
  ['雁栖湖生态廊道提升', '生态环境', '政府投资', ['生态'], 'B-ECOLOGY'],
  ['庙城智能制造产业园基础设施', '产业', '国企', ['产业'], 'B-ECONINFO'],
  ['科学城材料科学平台配套设施', '科学城平台', '政府投资', ['科学城'], 'B-SCICITY'],
  ['棚户区改造配套道路工程', '基础设施', '政府投资', ['民生', '基础设施'], 'B-HOUSING'],
  ['城区集中供热管网改造', '基础设施', '国企', ['民生', '基础设施'], 'B-URBAN'],
  ['渤海镇美丽乡村建设', '生态环境', '政府投资', ['乡村振兴'], 'B-AGRI'],
  ['琉璃庙镇农业提质增效示范', '生态环境', '政府投资', ['农业', '乡村振兴'], 'B-AGRI'],
  ['影视产业示范区拍摄基地', '产业', '社会投资', ['产业'], 'B-CULTURE'],
  ['中小学校舍改扩建', '社会事业', '政府投资', ['民生'], 'B-EDU'],
  ['怀河水环境治理', '生态环境', '政府投资', ['生态'], 'B-WATER'],
];
const TOWNS = ['T-MIAOCHENG', 'T-YANQI', 'T-HUAIROU', 'T-BEIFANG', 'T-YANGSONG', 'T-QIAOZI', 'T-BOHAI', 'T-LIULIMIAO'];
const STORIES: Story[] = ['on_track', 'ahead', 'lagging', 'on_track', 'stalled', 'on_track', 'lagging', 'ahead', 'not_started', 'on_track'];
const CATEGORIES: ProjectInput['category'][] = ['新建', '续建', '续建', '新建', '竣工', '续建', '新建', '前期', '续建', '新建'];
const MONTH_SHARE = [0.03, 0.04, 0.08, 0.09, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.08, 0.08]; // of the annual plan, January–December
const storyFactor: Record<Story, number> = { ahead: 1.15, on_track: 0.98, lagging: 0.86, stalled: 0.4, not_started: 0 };
const r4 = (v: number) => Math.round(v * 10000) / 10000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export async function seedProjectsDemo(ctx: AppContext): Promise<{ projects: number; reports: number; problems: number; meetings: number }> {
  return ctx.db.transaction().execute(async (trx: Trx) => {
    const orgIds = new Map((await trx.selectFrom('orgUnits').select(['id', 'code', 'path']).execute()).map((o) => [o.code, o]));
    const unit = (code: string) => {
      const o = orgIds.get(code);
      if (!o) throw new Error(`demo projects name an unknown unit ${code}`);
      return o.id;
    };
    const staffRow = await trx.selectFrom('users').select(['id', 'username', 'displayName', 'orgId']).where('username', '=', 'invest').executeTakeFirstOrThrow();
    const actor: Actor = { userId: staffRow.id, username: staffRow.username, displayName: staffRow.displayName, role: 'division_staff', orgId: staffRow.orgId, orgPath: null, ip: null };
    const reporter = await trx.selectFrom('users').select('id').where('username', '=', 'town').executeTakeFirst();
    const projects: { id: number; name: string; story: Story; unit: number; start: string | null }[] = [];
    let reports = 0;
    for (let i = 0; i < 60; i++) {
      const [base, sector, nature, tags, unitCode] = NAMES[i % NAMES.length];
      const story = STORIES[i % STORIES.length];
      const category = story === 'not_started' ? (i % 2 ? '新建' : '前期') : CATEGORIES[i % CATEGORIES.length];
      const town = TOWNS[i % TOWNS.length];
      // The 庙城镇 projects are the town reporter's: it reports for them in the demo.
      const responsible = town === 'T-MIAOCHENG' && i % 3 === 0 ? 'T-MIAOCHENG' : unitCode;
      const total = r4(8000 + ((i * 7919) % 90000));
      const plan = r4(total * (category === '新建' ? 0.35 : category === '前期' ? 0.05 : 0.4));
      const codeYear = category === '续建' || category === '竣工' ? 2021 + (i % 2) : YEAR;
      const startPlanned = category === '续建' || category === '竣工' ? `${codeYear}-0${3 + (i % 6)}-15` : `${YEAR}-${pad(3 + (i % 7))}-${pad(10 + (i % 15))}`;
      const started = story !== 'not_started' && (category !== '新建' || i % 5 !== 1);
      const startActual = started ? (category === '新建' ? addDays(startPlanned, story === 'lagging' ? 40 : 5) : startPlanned) : null;
      const steps = milestoneSteps.slice(0, milestoneSteps.indexOf('开工'));
      const milestones: ProjectInput['milestones'] = [
        ...steps.map((step, k) => ({ step, plannedDate: addDays(startPlanned, -30 * (steps.length - k)), actualDate: started || k < 4 ? addDays(startPlanned, -30 * (steps.length - k) + (k % 3)) : null, docNo: k === 0 ? `怀发改审〔${codeYear}〕${10 + i}号` : '' })),
        { step: '开工', plannedDate: startPlanned, actualDate: startActual && startActual <= '2023-10-31' ? startActual : null, docNo: '' },
        { step: '竣工', plannedDate: category === '竣工' ? `${YEAR}-11-30` : `${YEAR + 2}-06-30`, actualDate: null, docNo: '' },
      ];
      const completedBefore = category === '续建' || category === '竣工' ? r4(total * 0.3) : 0;
      const id = await insertProject(trx, null, {
        code: `${codeYear}-110116-${pad(40 + (i % 50))}-0${1 + (i % 3)}-${pad(100000 + i * 37, 6)}`, name: `${base}${i >= NAMES.length ? `（${['二', '三', '四', '五'][Math.floor(i / NAMES.length) - 1]}期）` : ''}`,
        year: YEAR, category, nature, sector, tags: tags as ProjectInput['tags'], townId: unit(town), ownerName: `${base.slice(0, 6)}建设管理有限公司`,
        responsibleUnitId: unit(responsible), leaderName: ['王主任', '李副主任', '张副区长', '赵副主任'][i % 4], totalInvestment: total, completedBefore,
        planConstruction: r4(plan * 0.68), planEquipment: r4(plan * 0.2), planOther: r4(plan * 0.12), statsRegistered: story !== 'not_started', description: '', milestones,
      }, true);
      projects.push({ id, name: base, story, unit: unit(responsible), start: milestones.find((m) => m.step === '开工')!.actualDate });
      const startMonth = startActual ? (startActual < `${YEAR}-01-01` ? 1 : Number(startActual.slice(5, 7))) : 13;
      for (let m = 1; m <= 10; m++) {
        if (m < startMonth || (story === 'lagging' && m === 10 && i % 4 === 2)) continue; // a few October reports are missing
        // The annual plan is spread over the months from the start: a mid-year starter's shares are scaled up.
        const rest = MONTH_SHARE.slice(startMonth - 1).reduce((a, b) => a + b, 0);
        const monthTotal = r4(((plan * MONTH_SHARE[m - 1]) / rest) * storyFactor[story] * (1 + 0.05 * Math.sin(i + m)));
        const construction = r4(monthTotal * 0.7);
        const equipment = r4(monthTotal * 0.2);
        const period = `${YEAR}-${pad(m)}`;
        const at = `${YEAR}-${pad(m + 1)}-05T02:00:00.000Z`;
        const approved = m <= 9;
        await trx.insertInto('investmentReports').values({
          projectId: id, year: YEAR, period, monthTotal, construction, equipment, other: r4(monthTotal - construction - equipment),
          physicalProgress: ['土方开挖', '基础施工', '主体结构施工', '二次结构施工', '机电安装', '室外工程'][Math.min(5, Math.floor((m - startMonth) / 2))] + `，完成${30 + m * 6}%`,
          physicalQuantity: r4(1000 + m * 350 + i * 10), physicalUnit: 'm³', explanation: '', state: approved ? 'approved' : 'submitted',
          submittedAt: at, submittedBy: reporter?.id ?? null, reviewedAt: approved ? at : null, reviewedBy: approved ? actor.userId : null, returnReason: null,
          version: 1, createdAt: at, updatedAt: at, createdBy: reporter?.id ?? null,
        }).execute();
        reports++;
      }
    }

    // Problems: raised on the lagging, stalled and unstarted projects first.
    const troubled = [...projects.filter((p) => p.story !== 'on_track' && p.story !== 'ahead'), ...projects.filter((p) => p.story === 'on_track')];
    const owners = ['B-PLANNING', 'B-HOUSING', 'B-ECOLOGY', 'B-WATER', 'B-FINANCE', 'B-URBAN', 'B-FOREST', 'T-MIAOCHENG'];
    const titles: Record<string, string> = {
      土地: '建设用地未完成征地组卷', 规划: '控规调整尚未批复', 审批: '施工许可手续办理滞后', 资金: '年度资金尚未落实', 拆迁: '拆迁腾退未完成', 市政接入: '电力接入方案未确定',
      管线改移: '施工许可卡在管线改移方案', 生态红线: '选址涉及生态保护红线', 招标: '施工招标流标', 其他: '重污染天气停工影响工期',
    };
    const problemIds: number[] = [];
    for (let k = 0; k < 40; k++) {
      const p = troubled[k % troubled.length];
      const type = problemTypes[k % problemTypes.length];
      const raised = `${YEAR}-${pad(1 + (k % 9))}-${pad(5 + (k % 20))}`;
      const id = await insertProblem(trx, actor, {
        source: 'project', refId: p.id, type, title: `${p.name}：${titles[type]}`, description: `${titles[type]}，影响项目按期开工建设，需相关部门协调解决。`,
        raisedByUnitId: p.unit, ownerUnitId: unit(owners[k % owners.length]), dueDate: addDays(raised, 30 + (k % 4) * 15), severity: 1 + (k % 3),
      });
      await trx.updateTable('problems').set({ raisedAt: `${raised}T02:00:00.000Z`, createdAt: `${raised}T02:00:00.000Z` }).where('id', '=', id).execute();
      await trx.updateTable('problemEvents').set({ at: `${raised}T02:00:00.000Z` }).where('problemId', '=', id).execute();
      problemIds.push(id);
    }

    // Six joint meetings in 2023, each taking up to four open problems; decisions become supervised tasks.
    const invited = ['B-PLANNING', 'B-HOUSING', 'B-ECOLOGY', 'B-WATER', 'B-FOREST', 'B-FINANCE', 'B-URBAN', 'T-MIAOCHENG', 'T-YANQI'].map(unit);
    let meetings = 0;
    for (let n = 0; n < 6; n++) {
      const date = `${YEAR}-${pad(2 + n * 1.5 >= 10 ? 9 : Math.floor(2 + n * 1.5))}-${pad(15 + n)}`;
      const agenda = problemIds.slice(n * 4, n * 4 + 4);
      const mid = await insertMeeting(trx, actor, {
        kind: 'joint', title: `${YEAR}年第${n + 1}次发改联席会`, meetingDate: date, location: '区发改委三楼会议室', chairName: '王主任', unitIds: invited, problemIds: agenda, opinionDue: null,
      });
      const m = await trx.selectFrom('meetings').select('version').where('id', '=', mid).executeTakeFirstOrThrow();
      await recordMinutesInTrx(trx, ctx, actor, mid, {
        minutesNo: `怀发改纪〔${YEAR}〕${n + 1}号`, summary: '会议听取了有关项目推进情况汇报，逐项研究了制约项目开工建设的问题。', version: m.version,
        discussions: agenda.map((pid) => ({ problemId: pid, discussion: '牵头部门介绍了问题成因和已开展工作，属地镇和项目单位提出了诉求，与会单位充分讨论。' })),
        decisions: agenda.slice(0, 3).map((pid, k) => ({ problemId: pid, text: `由牵头部门会同属地镇${['制定专项方案', '加快办理审批手续', '落实资金来源'][k]}，确保项目按期推进`, leadUnitId: invited[(n + k) % invited.length], coUnitIds: [invited[(n + k + 1) % invited.length]], deadline: addDays(date, 20 + k * 15) })),
      });
      // The history reads as it happened: scheduling and decisions dated on the meeting day, not the seeding day.
      await trx.updateTable('problemEvents').set({ at: `${date}T06:00:00.000Z` }).where('problemId', 'in', agenda).where('action', 'in', ['schedule', 'decide']).execute();
      meetings++;
    }
    // The first two meetings' action items are done and verified (销号), so their problems are resolved.
    const now = nowIso();
    const doneDecisions = await trx.selectFrom('meetingDecisions').select(['taskId', 'problemId', 'meetingId']).where('meetingId', 'in', (eb) => eb.selectFrom('meetings').select('id').where('title', 'in', [`${YEAR}年第1次发改联席会`, `${YEAR}年第2次发改联席会`])).execute();
    for (const d of doneDecisions) {
      await trx.updateTable('tasks').set({ state: 'closed', closedAt: `${YEAR}-06-30` }).where('id', '=', d.taskId!).execute();
    }
    for (const pid of new Set(doneDecisions.map((d) => d.problemId!))) {
      await trx.updateTable('problems').set({ status: 'resolved', resolvedAt: `${YEAR}-07-05T02:00:00.000Z`, updatedAt: now }).where('id', '=', pid).execute();
      await trx.insertInto('problemEvents').values({ problemId: pid, at: `${YEAR}-07-05T02:00:00.000Z`, byName: actor.displayName, action: 'resolve', note: '议定事项已办结并销号，问题解决。' }).execute();
    }
    // Escalated and cancelled ones, among those never put on an agenda.
    for (const [k, pid] of problemIds.slice(30, 36).entries()) {
      const escalate = k < 3;
      await trx.updateTable('problems').set({ status: escalate ? 'escalated' : 'cancelled', escalatedTo: escalate ? '区政府专题会' : null, updatedAt: now }).where('id', '=', pid).execute();
      await trx.insertInto('problemEvents').values({ problemId: pid, at: `${YEAR}-10-${escalate ? '12' : '16'}T02:00:00.000Z`, byName: actor.displayName, action: escalate ? 'escalate' : 'cancel', note: escalate ? '涉及跨部门重大事项，提请区政府专题会研究（提交：区政府专题会）' : '项目单位调整建设方案，问题不再存在' }).execute();
    }
    // A consultation (部门会商) on the sectors holding investment back, with opinions due.
    const cid = await insertMeeting(trx, actor, {
      kind: 'consultation', title: `${YEAR}年四季度投资形势部门会商`, meetingDate: `${YEAR}-11-08`, location: '书面会商', chairName: '王主任',
      unitIds: [unit('B-STATS'), unit('B-HOUSING'), unit('B-ECONINFO'), unit('T-MIAOCHENG')], problemIds: problemIds.slice(36, 38), opinionDue: `${YEAR}-11-03`,
    });
    await trx.insertInto('meetingOpinions').values({ meetingId: cid, unitId: unit('B-STATS'), opinion: '建议加快在库项目入统，重点关注房地产开发投资下行对全区固定资产投资的拖累。', submittedAt: `${YEAR}-10-30T02:00:00.000Z`, submittedBy: null }).execute();
    await trx.updateTable('problemEvents').set({ at: `${YEAR}-10-25T02:00:00.000Z` }).where('problemId', 'in', problemIds.slice(36, 38)).where('action', '=', 'schedule').execute();
    meetings++;

    // Funding applications and the research-centre reserve.
    const stages = ['已下达', '评审中', '已申报', '已下达', '未获批', '谋划'] as const;
    for (let k = 0; k < 8; k++) {
      const stage = stages[k % stages.length];
      const requested = 500 + k * 750;
      await insertFunding(trx, actor.userId, {
        projectId: projects[k * 3].id, fundType: (['中央预算内投资', '市政府固定资产投资', '地方政府专项债券', '超长期特别国债'] as const)[k % 4], batch: `${YEAR}年第${1 + (k % 2)}批`,
        amountRequested: requested, stage, amountGranted: stage === '已下达' ? requested * 0.8 : null, note: '',
      });
    }
    const centres = [
      ['高端科学仪器工程研究中心', '北京某仪器科技有限公司', '高端仪器', '市级', '已认定', 5, `${YEAR}-09-20`],
      ['先进材料表征工程研究中心', '某材料研究院（怀柔）', '新材料', '国家', '申报中', 4, `${YEAR}-08-10`],
      ['智能传感器工程研究中心', '庙城某智能制造企业', '智能制造', '市级', '培育', 3, `${YEAR}-04-02`],
      ['生命科学样本处理工程研究中心', '某生物技术公司', '生命科学', '市级', '储备', 2, null],
      ['影视数字制作工程研究中心', '某影视科技公司', '影视文化', '市级', '储备', 2, `${YEAR}-07-15`],
    ] as const;
    for (const [name, hostOrg, field, level, status, readiness, reviewed] of centres) {
      const cid2 = await insertCentre(trx, actor, { name, hostOrg, field, targetLevel: level, rdSpend: 1200 + readiness * 800, teamSize: 10 + readiness * 12, readiness, status, note: '' }, reviewed);
      await trx.updateTable('researchCentreEvents').set({ at: `${reviewed ?? `${YEAR}-01-10`}T02:00:00.000Z` }).where('centreId', '=', cid2).execute();
    }
    await ctx.audit.record(trx, { userId: null, name: 'system', role: null, ip: null }, { action: 'demo.seed', entityType: 'projects', entityId: null, after: { projects: projects.length, reports, problems: problemIds.length, meetings } });
    return { projects: projects.length, reports, problems: problemIds.length, meetings };
  });
}
