// City-scale data for the benchmark (a city-level deployment holding many districts): org units of 16
// districts, users, N years × T tasks with milestones and twelve monthly reports each, and an audit log
// of M rows with a valid hash chain. Written straight into the database in large transactions.
import { sql } from 'kysely';
import { hashPassword } from '../server/platform/auth/password.ts';
import { rowHash } from '../server/platform/audit.ts';
import type { AppContext } from '../server/platform/context.ts';
import { dialectOf, type Executor } from '../server/platform/db.ts';
import type { AuditLogTable } from '../server/platform/db-types.ts';

type AuditRow = AuditLogTable;
import { addPeriods, periodEnd } from '../common/periods.ts';
import { defaultStatusRule } from '../common/status.ts';

export type Scale = {
  districts: number; years: number; tasksPerYear: number; auditRows: number;
  projectsPerYear: number; enterprises: number; visits: number; demands: number; priceQuotes: number;
};
export const quickScale: Scale = { districts: 2, years: 1, tasksPerYear: 200, auditRows: 20_000, projectsPerYear: 100, enterprises: 300, visits: 1_000, demands: 2_000, priceQuotes: 20_000 };
export const cityScale: Scale = {
  districts: 16, years: 10, tasksPerYear: 2_000, auditRows: 3_000_000,
  projectsPerYear: 1_000, enterprises: 5_000, visits: 50_000, demands: 100_000, priceQuotes: 1_000_000,
};
export const BENCH_PASSWORD = 'Bench#2023x';

async function insertMany<T extends Record<string, unknown>>(db: Executor, table: string, rows: T[], chunk = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await db.insertInto(table as never).values(rows.slice(i, i + chunk) as never).execute();
  }
}

export async function generate(ctx: AppContext, scale: Scale, log: (s: string) => void): Promise<{ firstYear: number; lastYear: number; towns: number }> {
  const now = new Date().toISOString();
  const meta = { version: 1, createdAt: now, updatedAt: now, createdBy: null };
  // Org units: city → districts → (commission, divisions, bureaus, towns).
  const orgs: { code: string; name: string; kind: string; parent: string | null }[] = [{ code: 'CITY', name: '市发改委', kind: 'commission', parent: null }];
  for (let d = 1; d <= scale.districts; d++) {
    const dc = `D${d}`;
    orgs.push({ code: dc, name: `第${d}区发改委`, kind: 'commission', parent: 'CITY' });
    for (let i = 1; i <= 12; i++) orgs.push({ code: `${dc}-DIV${i}`, name: `第${d}区 科室${i}`, kind: 'division', parent: dc });
    for (let i = 1; i <= 22; i++) orgs.push({ code: `${dc}-B${i}`, name: `第${d}区 部门${i}`, kind: 'bureau', parent: dc });
    for (let i = 1; i <= 16; i++) orgs.push({ code: `${dc}-T${i}`, name: `第${d}区 镇街${i}`, kind: 'town', parent: dc });
  }
  const ids = new Map<string, { id: number; path: string }>();
  await ctx.db.transaction().execute(async (trx) => {
    for (const o of orgs) {
      const parent = o.parent ? ids.get(o.parent)! : null;
      const { id } = await trx.insertInto('orgUnits').values({ code: o.code, name: o.name, kind: o.kind, parentId: parent?.id ?? null, path: 'x', depth: parent ? parent.path.split('/').filter(Boolean).length : 0, sortOrder: 0, active: 1, ...meta }).returning('id').executeTakeFirstOrThrow();
      const path = `${parent?.path ?? '/'}${id}/`;
      await trx.updateTable('orgUnits').set({ path }).where('id', '=', id).execute();
      ids.set(o.code, { id, path });
    }
  });
  log(`org units: ${orgs.length}`);
  // Users: a leader, division staff, a reporter per town, the admins. One hash serves all (argon2 is slow by design).
  const passwordHash = await hashPassword(BENCH_PASSWORD, ctx.config.argon2);
  const users = [
    { username: 'leader', role: 'leader', org: 'CITY' }, { username: 'staff', role: 'division_staff', org: 'D1-DIV1' },
    { username: 'sysadmin', role: 'sys_admin', org: null },
    ...orgs.filter((o) => o.kind === 'town').map((o) => ({ username: `r-${o.code}`, role: 'unit_reporter', org: o.code })),
  ];
  await insertMany(ctx.db, 'users', users.map((u) => ({
    username: u.username, displayName: u.username, role: u.role, orgId: u.org ? ids.get(u.org)!.id : null, phoneEnc: null, email: null, passwordHash,
    mustChangePassword: 0, passwordChangedAt: now, failedCount: 0, lockedUntil: null, totpSecretEnc: null, totpPendingEnc: null, totpEnabled: 0, totpLastStep: null,
    active: 1, isDemo: 1, lastLoginAt: null, ...meta,
  })));
  log(`users: ${users.length}`);
  const leadCodes = orgs.filter((o) => o.kind !== 'commission').map((o) => o.code);
  const lastYear = 2023;
  const firstYear = lastYear - scale.years + 1;
  for (let year = firstYear; year <= lastYear; year++) {
    await ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('planYears').values({ year, title: `${year}年重点工作`, statusRuleJson: JSON.stringify(defaultStatusRule), reportDueDay: 25, statusDate: `${year}-10-31`, isDemo: 0, ...meta }).execute();
      const areaIds: number[] = [];
      for (let a = 0; a <= 8; a++) areaIds.push((await trx.insertInto('planAreas').values({ year, seq: a, title: `领域${a}`, shortTitle: `领域${a}`, ...meta }).returning('id').executeTakeFirstOrThrow()).id);
      const wpIds: number[] = [];
      for (let w = 0; w < 90; w++) wpIds.push((await trx.insertInto('workPoints').values({ year, areaId: areaIds[w % 9], seq: `${w % 9}.${Math.floor(w / 9) + 1}`, title: `工作要点${w}`, source: '["自定"]', ...meta }).returning('id').executeTakeFirstOrThrow()).id);
      const tasks = [];
      for (let i = 0; i < scale.tasksPerYear; i++) {
        const lead = ids.get(leadCodes[(i * 7) % leadCodes.length])!.id;
        tasks.push({ code: `${year}-${String(i).padStart(5, '0')}`, year, workPointId: wpIds[i % wpIds.length], title: `第${i}项重点任务`, description: '基准测试数据', category: i % 5 === 0 ? '党建' : '业务', tags: '["经济"]',
          leadUnitId: lead, leaderName: '王主任', startDate: `${year}-01-01`, dueDate: `${year}-${String(6 + (i % 7)).padStart(2, '0')}-28`, targetMetric: null, targetValue: null, targetUnit: null, targetDirection: null, targetIsDemo: 0,
          weight: 1 + (i % 10), state: 'active', closedAt: null, ...meta });
      }
      await insertMany(trx, 'tasks', tasks);
      const rows = await trx.selectFrom('tasks').select(['id', 'leadUnitId', 'dueDate']).where('year', '=', year).execute();
      await insertMany(trx, 'taskUnits', rows.map((r) => ({ taskId: r.id, orgId: r.leadUnitId, role: 'lead' })), 1000);
      const ms = rows.flatMap((r) => [3, 6, 9].map((m) => ({ taskId: r.id, title: `节点${m}`, plannedDate: `${year}-${String(m).padStart(2, '0')}-28`, plannedPct: m * 10, deliverable: '', doneDate: m <= 6 ? `${year}-${String(m).padStart(2, '0')}-28` : null, ...meta })));
      await insertMany(trx, 'milestones', ms, 400);
      const reports = [];
      for (const [k, r] of rows.entries()) {
        for (let m = 1; m <= 12; m++) {
          const period = `${year}-${String(m).padStart(2, '0')}`;
          if (period > addPeriods(r.dueDate.slice(0, 7), 0)) break;
          reports.push({ taskId: r.id, period, unitId: r.leadUnitId, cumulativePct: Math.min(100, m * (6 + (k % 5))), cumulativeValue: null, narrative: `${period} 进展`, problems: null, needsCoordination: 0, nextSteps: null,
            state: m <= 9 ? 'approved' : 'submitted', submittedAt: `${periodEnd(period)}T00:00:00.000Z`, submittedBy: null, reviewedAt: null, reviewedBy: null, returnReason: null, ...meta });
        }
      }
      await insertMany(trx, 'progressReports', reports, 250);
    });
    log(`year ${year}: ${scale.tasksPerYear} tasks`);
  }
  // Projects: N a year with the year's plan, the start milestone and a monthly report for each month to October.
  const towns = orgs.filter((o) => o.kind === 'town').map((o) => ids.get(o.code)!.id);
  for (let year = firstYear; year <= lastYear; year++) {
    await ctx.db.transaction().execute(async (trx) => {
      const projects = Array.from({ length: scale.projectsPerYear }, (_, i) => ({
        code: `${year}-110116-${String(40 + (i % 50)).padStart(2, '0')}-0${1 + (i % 3)}-${String(i).padStart(6, '0')}`, name: `基准项目${year}-${i}`, year, category: ['新建', '续建', '前期'][i % 3],
        nature: '政府投资', sector: ['产业', '基础设施', '社会事业', '生态环境', '科学城平台'][i % 5], tags: '[]', townId: towns[i % towns.length], ownerName: '基准建设单位',
        responsibleUnitId: ids.get(leadCodes[(i * 11) % leadCodes.length])!.id, leaderName: '王主任', totalInvestment: 50_000, completedBefore: 0, planConstruction: 7_000, planEquipment: 2_000, planOther: 1_000,
        statsRegistered: 1, description: '', isDemo: 0, ...meta,
      }));
      await insertMany(trx, 'projects', projects);
      const rows = await trx.selectFrom('projects').select('id').where('year', '=', year).execute();
      await insertMany(trx, 'projectMilestones', rows.map((r, k) => ({ projectId: r.id, step: '开工', seq: 7, plannedDate: `${year}-03-15`, actualDate: k % 4 === 3 ? null : `${year}-03-20`, docNo: '' })), 1000);
      const reports = rows.filter((_, k) => k % 4 !== 3).flatMap((r) => Array.from({ length: 10 }, (_, m) => ({
        projectId: r.id, year, period: `${year}-${String(m + 1).padStart(2, '0')}`, monthTotal: 800, construction: 560, equipment: 160, other: 80, physicalProgress: '主体施工', physicalQuantity: null, physicalUnit: '',
        explanation: '', state: m < 9 ? 'approved' : 'submitted', submittedAt: null, submittedBy: null, reviewedAt: null, reviewedBy: null, returnReason: null, ...meta,
      })));
      await insertMany(trx, 'investmentReports', reports, 400);
    });
  }
  log(`projects: ${scale.projectsPerYear * scale.years}`);
  // Enterprises with visits and demands in the last year; price quotes on the last two years.
  await ctx.db.transaction().execute(async (trx) => {
    await insertMany(trx, 'enterprises', Array.from({ length: scale.enterprises }, (_, i) => ({
      uscc: `BENCH${String(i).padStart(13, '0')}`, name: `基准企业${i}`, industry: '科技服务业', size: '小型', zone: '其他', townId: towns[i % towns.length], address: '', contactName: '', contactPhoneEnc: null,
      stewardUserId: null, listYear: lastYear, listed: 1, servicePackage: '', privateNotes: '', isDemo: 0, ...meta,
    })));
    const ents = (await trx.selectFrom('enterprises').select('id').execute()).map((e) => e.id);
    await insertMany(trx, 'visits', Array.from({ length: scale.visits }, (_, i) => ({ enterpriseId: ents[(i * 7) % Math.max(1, Math.floor(ents.length * 0.9))], visitedOn: `${lastYear}-${String(1 + (i % 10)).padStart(2, '0')}-15`, form: '上门', visitors: '管家', notes: '', createdBy: null, createdAt: now })), 1000);
    const states = ['closed', 'closed', 'closed', 'in_progress', 'dispatched', 'answered', 'received'];
    await insertMany(trx, 'demands', Array.from({ length: scale.demands }, (_, i) => ({
      enterpriseId: ents[i % ents.length], visitId: null, channel: '走访', category: '政策', text: '基准诉求', receivedOn: `${lastYear}-${String(1 + (i % 10)).padStart(2, '0')}-10`, dueOn: `${lastYear}-${String(1 + (i % 10)).padStart(2, '0')}-24`,
      handlerUnitId: ids.get(leadCodes[i % leadCodes.length])!.id, state: states[i % states.length], reply: null, satisfaction: i % 7 < 3 ? '满意' : null, closedOn: i % 7 < 3 ? `${lastYear}-${String(1 + (i % 10)).padStart(2, '0')}-20` : null,
      reopenCount: 0, problemId: null, ...meta,
    })), 600);
  });
  log(`enterprises: ${scale.enterprises}, visits: ${scale.visits}, demands: ${scale.demands}`);
  await ctx.db.transaction().execute(async (trx) => {
    const commodities = 40;
    for (let c = 0; c < commodities; c++) await trx.insertInto('priceCommodities').values({ code: `C${c}`, name: `商品${c}`, spec: '', unit: '元/千克', groupName: ['粮食', '蔬菜', '猪肉', '水果'][c % 4], weight: 1, risePct: 20, fallPct: 20, seq: c, ...meta }).execute();
    const points = Math.max(1, Math.round(scale.priceQuotes / (commodities * 500)));
    for (let p = 0; p < points; p++) await trx.insertInto('pricePoints').values({ code: `PT${p}`, name: `监测点${p}`, type: '超市', townId: towns[p % towns.length], address: '', ...meta }).execute();
    const cIds = (await trx.selectFrom('priceCommodities').select('id').orderBy('id').execute()).map((x) => x.id);
    const pIds = (await trx.selectFrom('pricePoints').select('id').orderBy('id').execute()).map((x) => x.id);
    let batch: Record<string, unknown>[] = [];
    let n = 0;
    for (let d = 0; n < scale.priceQuotes; d++) {
      const date = new Date(Date.UTC(lastYear, 9, 31) - d * 86_400_000).toISOString().slice(0, 10);
      for (const c of cIds) for (const p of pIds) {
        if (n++ >= scale.priceQuotes) break;
        batch.push({ pointId: p, commodityId: c, date, price: 5 + ((c * 7 + p * 3 + d) % 50) / 10, note: '', state: 'approved', source: 'import', collectorId: null, updatedAt: now });
        if (batch.length >= 3000) { await trx.insertInto('priceQuotes').values(batch as never).execute(); batch = []; }
      }
    }
    if (batch.length) await trx.insertInto('priceQuotes').values(batch as never).execute();
  });
  log(`price quotes: ${scale.priceQuotes}`);
  // The audit log: a valid chain, so `audit verify` and the audit page run against a realistic size.
  const last = await ctx.db.selectFrom('auditLog').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let seq = last ? Number(last.seq) : 0;
  let prev = last?.hash ?? '0'.repeat(64);
  const batch = 2000;
  for (let done = 0; done < scale.auditRows; done += batch) {
    const rows: AuditRow[] = [];
    for (let i = 0; i < Math.min(batch, scale.auditRows - done); i++) {
      seq++;
      const r = { seq, at: new Date(Date.UTC(2023, 0, 1) + seq * 10_000).toISOString(), actorId: 1, actorName: 'leader', actorRole: 'leader', ip: '10.0.0.1', action: 'task.update', entityType: 'task', entityId: String(seq % 1000), result: 'success', beforeJson: null, afterJson: '{"weight":5}', prevHash: prev };
      const hash = rowHash(ctx.config.auditHash, r);
      rows.push({ ...r, hash });
      prev = hash;
    }
    await ctx.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 500) await trx.insertInto('auditLog').values(rows.slice(i, i + 500)).execute();
    });
    if (done % 200_000 === 0) log(`audit rows: ${done + rows.length}`);
  }
  // A settled database, as a deployment's data is: PostgreSQL's autovacuum would otherwise work through the
  // millions of fresh rows during the measurements (it did: the import ran a third slower while it was at it).
  if (dialectOf(ctx.db) === 'postgres') await sql`vacuum analyze`.execute(ctx.db);
  else await sql`analyze`.execute(ctx.db);
  return { firstYear, lastYear, towns: scale.districts * 16 };
}
