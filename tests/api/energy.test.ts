// Energy saving through the HTTP API: tce of a review equals the hand calculation with the GB/T 2589-2020
// factors; a project over the threshold cannot be exempted, cannot start (开工) before approval, and cannot
// be approved without an expert opinion; bad lines (negative, unknown type, m³ for electricity) refused
// naming the row; a town reports only its own quarters; thresholds are audited settings; scores and
// ranking by hand; the approval and assessment documents open as .docx/.xlsx; the demo; cockpit tiles.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';
import { energyCockpit } from '../../server/modules/energy/energy.cockpit.ts';
import { remindOverdueReviews } from '../../server/modules/energy/reviews.service.ts';

let t: TestApp;
let staff: Client;
let town: Client;
let town2: Client;
let leader: Client;
let anon: Client;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  [staff, town, town2, leader] = await Promise.all(['staff', 'town', 'town2', 'leader'].map((u) => t.as(u)));
  anon = t.client();
});
after(async () => { await t.close(); });

const unzip = (buf: Buffer, part: string) => {
  const f = path.join(os.tmpdir(), `tc-energy-${process.pid}-${Date.now()}.zip`);
  fs.writeFileSync(f, buf);
  try {
    return execFileSync('unzip', ['-p', f, part], { encoding: 'utf8' });
  } finally {
    fs.rmSync(f, { force: true });
  }
};
const auditCount = async (action: string) => (await t.ctx.db.selectFrom('auditLog').select('seq').where('action', '=', action).execute()).length;

/** A fresh library project (no review yet) in 庙城镇, responsible unit the town itself. */
async function newProject(n: number): Promise<number> {
  const code = `2023-110116-48-01-9000${n}0`;
  const miao = await t.orgId('T-MIAOCHENG');
  const r = await staff.post('/api/projects', {
    code, name: `测试项目${code}`, year: 2023, category: '新建', nature: '社会投资', sector: '产业', tags: ['产业'], townId: miao, ownerName: '测试业主',
    responsibleUnitId: miao, leaderName: '测试', totalInvestment: 10000,
  });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().id;
}

describe('energy reviews', () => {
  let projectId: number;
  let reviewId: number;
  before(async () => { projectId = await newProject(1); });

  it('refuses bad lines naming the row: negative quantity, unknown type, m³ for electricity — nothing saved', async () => {
    const before = (await t.ctx.db.selectFrom('energyReviews').select('id').execute()).length;
    const cases: [string, unknown[], string][] = [
      ['negative', [{ type: 'electricity', quantity: 100, unit: 'kWh' }, { type: 'diesel', quantity: -5, unit: 't' }], 'energy.negative_quantity'],
      ['unknown type', [{ type: 'uranium', quantity: 1, unit: 'kg' }], 'energy.unknown_type'],
      ['m³ for electricity', [{ type: 'electricity', quantity: 1000, unit: 'm³' }], 'energy.unit_mismatch'],
      ['litres of diesel', [{ type: 'diesel', quantity: 1000, unit: 'L' }], 'energy.unit_mismatch'],
    ];
    for (const [name, lines, code] of cases) {
      const r = await staff.post('/api/energy/reviews', { projectId, year: 2023, applicant: '测试业主', submittedOn: '2023-06-01', lines });
      assert.equal(r.statusCode, 400, name);
      assert.equal(errCode(r), code, name);
    }
    const r = await staff.post('/api/energy/convert', { lines: [{ type: 'electricity', quantity: 1, unit: 'kWh' }, { type: 'electricity', quantity: 1000, unit: 'm³' }] });
    assert.equal(errCode(r), 'energy.unit_mismatch');
    assert.equal(r.json().error.details.row, 2, 'the second row is named');
    assert.match(r.json().error.message, /第 2 行：电力的计量单位不能是“m³”/);
    assert.equal((await t.ctx.db.selectFrom('energyReviews').select('id').execute()).length, before);
  });

  it('computes tce as the hand calculation: 800 万kWh + 50 万m³ gas + 20 t diesel = 1,619.49 tce → district review', async () => {
    // 8,000,000 × 0.1229 = 983.2; 500,000 × 1.2143 = 607.15; 20,000 × 1.4571 = 29.142 → 1,619.492 tce (当量值).
    // 等价值 2023: 8,000,000 × 0.2987 = 2,389.6 + 607.15 + 29.142 = 3,025.892 tce.
    const r = await staff.post('/api/energy/reviews', {
      projectId, year: 2023, applicant: '测试业主', submittedOn: '2023-06-01',
      lines: [{ type: 'electricity', quantity: 800, unit: '万kWh' }, { type: 'natural_gas', quantity: 50, unit: '万m³' }, { type: 'diesel', quantity: 20, unit: 't' }],
    });
    assert.equal(r.statusCode, 201, r.body);
    const v = r.json();
    reviewId = v.id;
    assert.equal(v.tceDl, 1619.49);
    assert.equal(v.tceDj, 3025.89);
    assert.equal(v.electricityKwh, 8_000_000);
    assert.deepEqual(v.lines.map((l: { tceDL: number; factorDL: number }) => [l.tceDL, l.factorDL]), [[983.2, 0.1229], [607.15, 1.2143], [29.142, 1.4571]]);
    assert.equal(v.requiresReview, 1);
    assert.equal(v.authority, 'district');
    assert.equal(v.stage, 'submitted');
    assert.equal(v.dueOn, '2023-06-08', '2023-06-01 (Thu) + 5 working days');
    assert.equal(await auditCount('energy.review_create'), 1);
  });

  it('a project over the threshold cannot be exempted, cannot start, and cannot be approved without an expert opinion', async () => {
    let v = (await staff.get(`/api/energy/reviews/${reviewId}`)).json();
    assert.ok(!v.abilities.actions.includes('exempt'));
    const ex = await staff.post(`/api/energy/reviews/${reviewId}/action`, { action: 'exempt', version: v.version });
    assert.equal(ex.statusCode, 400);
    assert.equal(errCode(ex), 'energy.review_required');
    // 开工 refused while the review is not approved.
    const start = await staff.put(`/api/projects/item/${projectId}/milestones/开工`.replace('开工', encodeURIComponent('开工')), { actualDate: '2023-06-20', docNo: '' });
    assert.equal(start.statusCode, 409, start.body);
    assert.equal(errCode(start), 'energy.start_without_review');
    // …and through the project edit form as well.
    const pv = (await staff.get(`/api/projects/item/${projectId}`)).json().version;
    const edit = await staff.patch(`/api/projects/item/${projectId}`, { version: pv, milestones: [{ step: '开工', plannedDate: '2023-06-20', actualDate: '2023-06-20', docNo: '' }] });
    assert.equal(edit.statusCode, 409, edit.body);
    assert.equal(errCode(edit), 'energy.start_without_review');

    for (const action of ['accept', 'appraise']) {
      const r = await staff.post(`/api/energy/reviews/${reviewId}/action`, { action, version: v.version });
      assert.equal(r.statusCode, 200, r.body);
      v = r.json();
    }
    assert.equal(v.stage, 'appraising');
    const noOpinion = await staff.post(`/api/energy/reviews/${reviewId}/action`, { action: 'draft_opinion', version: v.version, opinion: '  ' });
    assert.equal(errCode(noOpinion), 'energy.opinion_required');
    v = (await staff.post(`/api/energy/reviews/${reviewId}/action`, { action: 'draft_opinion', version: v.version, opinion: '原则同意。', conditions: '设备能效2级以上。' })).json();
    assert.equal(v.stage, 'opinion');
    const noExpert = await staff.post(`/api/energy/reviews/${reviewId}/action`, { action: 'approve', version: v.version });
    assert.equal(noExpert.statusCode, 400);
    assert.equal(errCode(noExpert), 'energy.expert_opinion_required');
    assert.equal((await staff.get(`/api/energy/reviews/${reviewId}`)).json().stage, 'opinion', 'unchanged');
    const e = await staff.post(`/api/energy/reviews/${reviewId}/experts`, { expert: '王专家', org: '测试中心', conclusion: '同意', opinion: '测算依据充分。', givenOn: '2023-06-15' });
    assert.equal(e.statusCode, 201, e.body);
    // A stale version → 409, nothing changed.
    const stale = await staff.post(`/api/energy/reviews/${reviewId}/action`, { action: 'approve', version: e.json().version - 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(errCode(stale), 'record.stale');
    v = (await staff.post(`/api/energy/reviews/${reviewId}/action`, { action: 'approve', version: e.json().version })).json();
    assert.equal(v.stage, 'approved');
    assert.match(v.opinionNo, /^怀发改能审〔\d{4}〕\d+号$/);
    assert.equal(await auditCount('energy.review_approve'), 1);
    assert.ok(v.events.length >= 5);
    // Now the project may start.
    const ok = await staff.put(`/api/projects/item/${projectId}/milestones/${encodeURIComponent('开工')}`, { actualDate: '2023-07-01', docNo: '' });
    assert.equal(ok.statusCode, 200, ok.body);
  });

  it('writes the approval as a .docx with the tce and the coefficients', async () => {
    const r = await leader.get(`/api/energy/reviews/${reviewId}/approval.docx`);
    assert.equal(r.statusCode, 200);
    assert.equal(r.rawPayload.subarray(0, 2).toString(), 'PK');
    const xml = unzip(r.rawPayload, 'word/document.xml');
    assert.match(xml, /节能报告的审查意见/);
    assert.match(xml, /1,619\.49/);
    assert.match(xml, /0\.1229 kgce\/kWh/);
    assert.match(xml, /王专家/);
  });

  it('records acceptance against the approved figure: 1,100 万kWh + 50 万m³ + 20 t is over +10% and fails', async () => {
    const v = (await staff.get(`/api/energy/reviews/${reviewId}`)).json();
    // 11,000,000 × 0.1229 = 1,351.9 + 607.15 + 29.142 = 1,988.192 → 1,988.19; 1,988.19 / 1,619.49 − 1 = 22.77%.
    const r = await staff.post(`/api/energy/reviews/${reviewId}/acceptance`, { verifiedOn: '2024-03-01', version: v.version,
      lines: [{ type: 'electricity', quantity: 1100, unit: '万kWh' }, { type: 'natural_gas', quantity: 50, unit: '万m³' }, { type: 'diesel', quantity: 20, unit: 't' }] });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().stage, 'verified');
    assert.equal(r.json().actualTce, 1988.19);
    assert.equal(r.json().deviationPct, 22.77);
    assert.equal(r.json().acceptancePassed, 0);
  });

  it('lets a project under both thresholds be marked as needing no separate review', async () => {
    const pid = await newProject(2);
    // 300 万kWh = 368.7 tce, 3,000,000 kWh < 5,000,000; 10 t LPG = 17.143 tce → 385.84 tce.
    const r = await staff.post('/api/energy/reviews', { projectId: pid, year: 2023, applicant: '小项目', submittedOn: '2023-06-01', lines: [{ type: 'electricity', quantity: 300, unit: '万kWh' }, { type: 'lpg', quantity: 10, unit: 't' }] });
    assert.equal(r.json().tceDl, 385.84);
    assert.equal(r.json().requiresReview, 0);
    const x = await staff.post(`/api/energy/reviews/${r.json().id}/action`, { action: 'exempt', version: 1 });
    assert.equal(x.json().stage, 'exempt');
    const dup = await staff.post('/api/energy/reviews', { projectId: pid, year: 2023, applicant: '小项目', submittedOn: '2023-06-02', lines: [{ type: 'electricity', quantity: 1, unit: 'kWh' }] });
    assert.equal(errCode(dup), 'energy.review_exists');
  });

  it('checks permissions: 401 without a session, 403 for a town on decisions and registration', async () => {
    assert.equal((await anon.get('/api/energy/reviews')).statusCode, 401);
    assert.equal((await town.post(`/api/energy/reviews/${reviewId}/action`, { action: 'accept', version: 1 })).statusCode, 403);
    assert.equal((await town.post('/api/energy/reviews', { projectId: 1, year: 2023, applicant: 'x', submittedOn: '2023-06-01', lines: [{ type: 'electricity', quantity: 1, unit: 'kWh' }] })).statusCode, 403);
    assert.equal((await leader.put('/api/energy/settings', {})).statusCode, 403);
  });
});

describe('energy settings', () => {
  it('changes the thresholds (audited, versioned) and the rule follows them', async () => {
    const s = (await staff.get('/api/energy/settings')).json();
    assert.equal(s.exemptTce, 1000);
    const { abilities: _a, ...body } = s;
    const r = await staff.put('/api/energy/settings', { ...body, exemptTce: 300 });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().version, 1);
    assert.equal(await auditCount('energy.settings_update'), 1);
    const c = (await staff.post('/api/energy/convert', { lines: [{ type: 'electricity', quantity: 300, unit: '万kWh' }] })).json();
    assert.equal(c.tceDL, 368.7);
    assert.equal(c.required, true, '368.7 tce ≥ the new 300 tce threshold');
    assert.equal((await staff.put('/api/energy/settings', { ...body, exemptTce: 1000 })).statusCode, 409, 'stale version 0');
    assert.equal((await staff.put('/api/energy/settings', { ...body, exemptTce: 1000, version: 1 })).statusCode, 200);
  });
});

describe('target responsibility assessment', () => {
  let targetId: number;
  it('scores and ranks by hand, and a town reports only its own quarters', async () => {
    const miao = await t.orgId('T-MIAOCHENG');
    const r = await staff.post('/api/energy/targets', {
      year: 2030, orgId: miao, targetDropPct: 3, capTce: 10_000, baseTce: 10_000, baseOutput: 190_000,
      tasks: [{ title: '工业节能', points: 10, score: 9 }, { title: '建筑节能', points: 10, score: 9 }],
    });
    assert.equal(r.statusCode, 201, r.body);
    targetId = r.json().id;
    assert.equal(errCode(await staff.post('/api/energy/targets', { year: 2030, orgId: miao, targetDropPct: 3, capTce: 1, baseTce: 1, baseOutput: 1 })), 'energy.target_exists');
    // Quarters of 2030 have not ended.
    assert.equal(errCode(await town.put(`/api/energy/targets/${targetId}/quarters/2030-Q1`, { energyTce: 1, output: 1 })), 'energy.quarter_future');
    // Another town's target is not found for town2; negative figures refused.
    assert.equal((await town2.put(`/api/energy/targets/${targetId}/quarters/2030-Q1`, { energyTce: 1, output: 1 })).statusCode, 404);
    assert.equal((await town.put(`/api/energy/targets/${targetId}/quarters/2030-Q1`, { energyTce: -1, output: 1 })).statusCode, 400);
    assert.equal(errCode(await town.put(`/api/energy/targets/${targetId}/quarters/2029-Q4`, { energyTce: 1, output: 1 })), 'energy.bad_quarter');
  });

  it('computes the year from the towns\' quarters: 9,600 tce / 200,000 万元 → drop 8.8%, score 96, 超额完成', async () => {
    // Write the quarters directly through the service with a date after the year so that 2030 can be reported.
    const { reportQuarter } = await import('../../server/modules/energy/assessment.service.ts');
    const actor = { userId: 0, username: 'town', displayName: 'town', role: 'unit_reporter' as const, orgId: await t.orgId('T-MIAOCHENG'), orgPath: (await t.ctx.db.selectFrom('orgUnits').select('path').where('code', '=', 'T-MIAOCHENG').executeTakeFirstOrThrow()).path, ip: null };
    actor.userId = (await t.ctx.db.selectFrom('users').select('id').where('username', '=', 'town').executeTakeFirstOrThrow()).id;
    for (const [q, e, y] of [['Q1', 2400, 50_000], ['Q2', 2400, 50_000], ['Q3', 2400, 50_000], ['Q4', 2400, 50_000]] as const) {
      await reportQuarter(t.ctx, actor, targetId, `2030-${q}`, { energyTce: e, output: y, note: '', version: 0 }, '2031-01-10');
    }
    await assert.rejects(reportQuarter(t.ctx, actor, targetId, '2030-Q1', { energyTce: 1, output: 1, note: '', version: 0 }, '2031-01-10'), (e: { code?: string }) => e.code === 'record.stale');
    const a = (await town.get('/api/energy/assessment?year=2030')).json();
    assert.equal(a.total, 1);
    const row = a.items[0];
    // 9,600 / 200,000 = 0.048 against 10,000 / 190,000 = 0.052632 → 1 − 0.912 = 8.8%; 30 + 30 + 40 × 18/20 = 96.
    assert.equal(row.actualTce, 9600);
    assert.equal(row.actualDropPct, 8.8);
    assert.equal(row.score, 96);
    assert.equal(row.gradeLabel, '超额完成');
    assert.equal(row.rank, 1);
    assert.equal(row.offTarget, false);
    // A deduction of 20 makes 76 → 基本完成? No: 76 ≥ 60 and < 80 → 基本完成.
    const p = await staff.patch(`/api/energy/targets/${targetId}`, { deduction: 20, deductionNote: '数据迟报', version: 1 });
    assert.equal(p.statusCode, 200, p.body);
    assert.equal((await staff.patch(`/api/energy/targets/${targetId}`, { deduction: 1, version: 1 })).statusCode, 409);
    const b = (await staff.get('/api/energy/assessment?year=2030')).json().items[0];
    assert.equal(b.score, 76);
    assert.equal(b.gradeLabel, '基本完成');
  });

  it('ranks the demo towns, scopes a town to itself, and exports xlsx and docx', async () => {
    const a = (await staff.get('/api/energy/assessment?year=2022')).json();
    assert.equal(a.total, 20, '16 towns + 4 key users');
    const scores = a.items.map((i: { score: number }) => i.score);
    assert.deepEqual(scores, [...scores].sort((x, y) => y - x));
    assert.equal(a.items[0].rank, 1);
    const mine = (await town.get('/api/energy/assessment?year=2022')).json();
    // 庙城镇 itself and the key user located in 庙城 (北京示例食品有限公司); nothing of other towns.
    assert.deepEqual(mine.items.map((i: { name: string }) => i.name).sort(), ['北京示例食品有限公司', '庙城镇'].sort());
    const x = await staff.get('/api/energy/assessment.xlsx?year=2022');
    assert.equal(x.statusCode, 200);
    assert.match(unzip(x.rawPayload, 'xl/sharedStrings.xml'), /庙城镇/);
    const d = await staff.get('/api/energy/assessment.docx?year=2022');
    assert.equal(d.statusCode, 200);
    assert.match(unzip(d.rawPayload, 'word/document.xml'), /节能目标责任评价考核结果的通报/);
  });

  it('turns the towns off their 2023 target into work-plan tasks led by each town, once', async () => {
    const off = (await staff.get('/api/energy/assessment?year=2023&offTarget=true')).json();
    const offTowns = off.items.filter((i: { kind: string }) => i.kind === 'town');
    assert.ok(offTowns.length > 0, 'the demo has towns off target');
    assert.equal(errCode(await town.post('/api/energy/assessment/tasks', { year: 2023 })), 'auth.forbidden');
    const r = await staff.post('/api/energy/assessment/tasks', { year: 2023 });
    assert.equal(r.statusCode, 200, r.body);
    const { created, existing } = r.json();
    assert.equal(created.length, offTowns.length);
    assert.equal(existing, 0);
    const tasks = await t.ctx.db.selectFrom('tasks').select(['code', 'leadUnitId', 'title', 'tags', 'year']).where('code', 'like', 'NYKH-2023-%').execute();
    assert.deepEqual(tasks.map((x) => x.leadUnitId).sort(), offTowns.map((i: { orgId: number }) => i.orgId).sort(), 'one task per off-target town, led by it');
    assert.ok(tasks.every((x) => x.year === 2023 && JSON.parse(x.tags).includes('节能') && /落实2023年节能目标/.test(x.title)));
    const again = (await staff.post('/api/energy/assessment/tasks', { year: 2023 })).json();
    assert.deepEqual([again.created.length, again.existing], [0, offTowns.length], 'asking again makes no second task');
    assert.equal(errCode(await staff.post('/api/energy/assessment/tasks', { year: 2023, planYear: 2031 })), 'plan.year_not_found');
    const audit = await t.ctx.db.selectFrom('auditLog').select('action').where('action', '=', 'energy.off_target_tasks').execute();
    assert.equal(audit.length, 2);
  });
});

describe('key energy users, dashboard, demo and cockpit', () => {
  it('lists key users with intensity against the industry benchmark', async () => {
    const k = (await leader.get('/api/energy/key-users')).json();
    assert.equal(k.total, 10);
    assert.equal(k.year, 2023);
    for (const u of k.items) {
      assert.equal(u.trend.length, 3);
      assert.equal(u.intensity, Math.round((u.energyTce / u.trend[2].output) * 10000) / 10000);
      assert.equal(u.aboveBenchmark, u.benchmark !== null && u.intensity > u.benchmark);
    }
    // The data-centre demo users run at ≈ 1 tce/万元 against a 0.9 benchmark.
    assert.ok(k.items.some((u: { aboveBenchmark: boolean }) => u.aboveBenchmark));
    const bad = await staff.put(`/api/energy/key-users/${k.items[0].id}/years/2023`, { energyTce: -3, output: 100 });
    assert.equal(bad.statusCode, 400);
  });

  it('imports key users\' yearly figures from the template, all rows or none, naming each bad cell', async () => {
    const tpl = await staff.get('/api/energy/key-users/template.xlsx');
    assert.equal(tpl.statusCode, 200);
    const k = (await leader.get('/api/energy/key-users')).json();
    const [a, b] = k.items as { id: number; name: string }[];
    const sheet = async (rows: (string | number)[][]) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      rows.forEach((r, i) => { ws.getRow(i + 2).values = r; });
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const year = async (id: number, y: number) => t.ctx.db.selectFrom('energyKeyUserYears').select(['energyTce', 'output']).where('keyUserId', '=', id).where('year', '=', y).executeTakeFirst();
    const before2023 = await year(a.id, 2023);
    const cells = (r: { json(): { error: { details: { errors: { row: number; column: string }[] } } } }) => r.json().error.details.errors.map((x) => [x.row, x.column]);
    const negative = await staff.upload('/api/energy/key-users/import', await sheet([[a.name, 2024, 1200, 15000], [b.name, 2024, -5, 100]]));
    assert.equal(errCode(negative), 'import.invalid_rows');
    assert.deepEqual(cells(negative), [[3, '综合能源消费量（tce）']]);
    const unknown = await staff.upload('/api/energy/key-users/import', await sheet([[a.name, 2024, 1200, 15000], ['不存在的公司', 2024, 1, 1], [a.name, 2024, 1, 1]]));
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(cells(unknown), [[3, '单位名称'], [4, '年度']], 'an unknown company and a repeated row');
    assert.equal(await year(a.id, 2024), undefined, 'the good row is not saved either');
    assert.equal(errCode(await town.upload('/api/energy/key-users/import', await sheet([[a.name, 2024, 1200, 15000]]))), 'auth.forbidden');
    const ok = await staff.upload('/api/energy/key-users/import', await sheet([[a.name, 2024, 1200, 15000], [b.name, 2024, 800.5, 9000], [a.name, 2023, before2023!.energyTce + 1, before2023!.output]]));
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().imported, 3);
    assert.deepEqual(await year(a.id, 2024), { energyTce: 1200, output: 15000 });
    assert.deepEqual(await year(b.id, 2024), { energyTce: 800.5, output: 9000 });
    assert.equal((await year(a.id, 2023))!.energyTce, before2023!.energyTce + 1, 'an existing year is updated');
    // put 2023 back for the figures checked elsewhere
    await staff.upload('/api/energy/key-users/import', await sheet([[a.name, 2023, before2023!.energyTce, before2023!.output]]));
  });

  it('seeds 15 reviews in every stage and flags the project that started without approval', async () => {
    const all = (await leader.get('/api/energy/reviews?pageSize=200')).json();
    const demo = all.items.filter((r: { applicant: string }) => r.applicant.includes('示例'));
    assert.equal(demo.length, 15);
    assert.deepEqual(new Set(demo.map((r: { stage: string }) => r.stage)), new Set(['submitted', 'accepted', 'appraising', 'opinion', 'approved', 'verified', 'returned', 'exempt']));
    const d = (await leader.get('/api/energy/dashboard?year=2023')).json();
    assert.equal(d.reviews.startedWithoutApproval.length, 1);
    assert.ok(d.rural.length >= 2, 'the 乡村振兴 / 农业 tagged library projects');
    assert.ok(d.rural.every((p: { tags: string[] }) => p.tags.includes('乡村振兴') || p.tags.includes('农业')));
    assert.deepEqual(d.rural.filter((p: { reviewStage: string | null }) => p.reviewStage).map((p: { reviewStage: string }) => p.reviewStage).sort(), ['exempt', 'returned'], 'the agriculture and rural-tourism applications');
  });

  it('answers every cockpit tile with the total of its api', async () => {
    for (const who of ['leader', 'staff', 'town']) {
      const c = await t.as(who);
      const actorRow = await t.ctx.db.selectFrom('users').innerJoin('orgUnits', 'orgUnits.id', 'users.orgId').select(['users.id', 'users.role', 'users.orgId', 'orgUnits.path', 'users.displayName']).where('username', '=', who).executeTakeFirstOrThrow();
      const tiles = await energyCockpit.tiles(t.ctx, { userId: actorRow.id, username: who, displayName: actorRow.displayName, role: actorRow.role as 'leader', orgId: actorRow.orgId, orgPath: actorRow.path, ip: null });
      assert.equal(tiles.length, 4);
      for (const tile of tiles) {
        const r = await c.get(tile.api!);
        assert.equal(r.statusCode, 200, tile.api);
        const body = r.json();
        assert.equal(tile.value, Array.isArray(body) ? body.length : body.total, `${who} ${tile.key}`);
      }
      if (who === 'leader') assert.ok(tiles.find((x) => x.key === 'energy.reviews_overdue')!.value > 0, 'the demo has open reviews past their deadline');
    }
  });

  it('reminds the division of overdue reviews once a day', async () => {
    const overdue = (await staff.get('/api/energy/reviews?overdue=true')).json().total;
    const staffCount = (await t.ctx.db.selectFrom('users').select('id').where('role', '=', 'division_staff').where('active', '=', 1).execute()).length;
    const first = await remindOverdueReviews(t.ctx);
    assert.equal(first.overdue, overdue);
    assert.equal(first.sent, overdue * staffCount);
    assert.equal((await remindOverdueReviews(t.ctx)).sent, 0, 'the same day sends nothing again');
  });
});
