// Economic monitoring and the Five-Year-Plan evaluation through the HTTP API: figures checked against
// arithmetic done here from the raw demo values and against the domain's worked example; the entry →
// return → resubmit → approve → lock → revise flow with its vintages; org scope; bad input; the
// all-or-nothing xlsx import; the brief and the mid-term report as .docx with charts inside.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';
import { buildWorkbook } from '../../server/platform/xlsx.ts';
import { valueSheet } from '../../server/modules/economy/economy-xlsx.service.ts';

let t: TestApp;
let staff: Client;
let bureau: Client;
let town: Client;
let leader: Client;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  [staff, bureau, town, leader] = await Promise.all([t.as('staff'), t.as('bureau'), t.as('town'), t.as('leader')]);
});
after(async () => { await t.close(); });

const r2 = (v: number) => Math.round(v * 100) / 100;
const auditCount = async (action: string) => (await t.ctx.db.selectFrom('auditLog').select('seq').where('action', '=', action).execute()).length;

function unzipList(buf: Buffer): { files: string[]; documentXml: string } {
  const f = path.join(os.tmpdir(), `tc-econ-${process.pid}-${Date.now()}.docx`);
  fs.writeFileSync(f, buf);
  try {
    const files = execFileSync('unzip', ['-Z1', f], { encoding: 'utf8' }).split('\n').filter(Boolean);
    return { files, documentXml: execFileSync('unzip', ['-p', f, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }) };
  } finally {
    fs.rmSync(f, { force: true });
  }
}

async function indicatorId(code: string): Promise<number> {
  return (await t.ctx.db.selectFrom('econIndicators').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

let seq = 0;
/** A fresh indicator for one test, so tests do not share values. */
async function newIndicator(over: Record<string, unknown> = {}) {
  seq++;
  const res = await staff.post('/api/economy/indicators', {
    code: `T-${seq}`, name: `测试指标${seq}`, unit: '亿元', freq: 'M', kind: 'flow', janFebMerged: false, growthBasis: 'nominal', sourceUnitId: await t.orgId('B-STATS'), ...over,
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: number; code: string; version: number };
}

describe('economy analysis on the demo data', () => {
  it('matches growth, target level, completion, gap and required growth worked by hand from the raw values', async () => {
    const id = await indicatorId('RETAIL');
    const raw = await t.ctx.db.selectFrom('econValues').selectAll().where('indicatorId', '=', id).where('state', '=', 'approved').execute();
    const sep = raw.find((v) => v.period === '2023-09')!;
    const dec2022 = raw.find((v) => v.period === '2022-12')!;
    const target = (await t.ctx.db.selectFrom('econTargets').selectAll().where('indicatorId', '=', id).where('year', '=', 2023).executeTakeFirstOrThrow());
    const growth = r2((sep.cumValue! / sep.prevCumValue! - 1) * 100);
    const T = dec2022.cumValue! * (1 + target.growthPct! / 100);
    const completion = r2((sep.cumValue! / T) * 100);
    const required = r2(((T - sep.cumValue!) / (dec2022.cumValue! - sep.prevCumValue!) - 1) * 100);
    const o = (await leader.get('/api/economy/2023/overview?asOf=2023-09')).json();
    const row = o.items.find((i: { indicator: { code: string } }) => i.indicator.code === 'RETAIL');
    assert.equal(row.latest.period, '2023-09');
    assert.equal(row.latest.growthPct, growth);
    assert.equal(row.latest.growthSource, 'computed');
    assert.equal(row.latest.gapPp, r2(growth - target.growthPct!));
    assert.equal(row.targetLevel, Math.round(T * 10000) / 10000);
    assert.equal(row.latest.completionPct, completion);
    assert.equal(row.latest.timeProgressPct, 75);
    assert.equal(row.latest.aheadPp, r2(completion - 75));
    assert.equal(row.latest.requiredGrowthPct, required);
    assert.equal(row.latest.cityDiffPp, r2(growth - sep.cityYoyPct!));
    // Seasonal progress: the mean share of 2020–2022's full year reached by September (2020 is not in the data: 2021 and 2022).
    const share = (y: number) => raw.find((v) => v.period === `${y}-09`)!.cumValue! / raw.find((v) => v.period === `${y}-12`)!.cumValue!;
    assert.equal(row.latest.seasonalProgressPct, r2(((share(2021) + share(2022)) / 2) * 100));
    const total = Object.values(o.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    assert.equal(total, o.items.length);
    for (const s of ['green', 'yellow', 'red']) assert.ok(o.counts[s] > 0, `some ${s}: ${JSON.stringify(o.counts)}`);
  });

  it('uses the published rate for constant-price growth and never recomputes it from levels', async () => {
    const o = (await leader.get('/api/economy/2023/overview')).json();
    const gdp = o.items.find((i: { indicator: { code: string } }) => i.indicator.code === 'GDP');
    assert.equal(gdp.latest.period, '2023-Q3');
    assert.equal(gdp.latest.growthSource, 'published');
    assert.equal(gdp.latest.growthPct, gdp.latest.yoyPct);
  });

  it('breaks a total into its components: shares, contributions and pulls that follow ΔX_i ÷ ΔX and ΔX_i ÷ X_prev', async () => {
    const id = await indicatorId('RETAIL');
    const d = (await leader.get(`/api/economy/2023/indicators/${id}`)).json();
    assert.ok(d.components, 'RETAIL has a component');
    const part = d.components.items[0];
    const rows = await t.ctx.db.selectFrom('econValues').selectAll().where('period', '=', d.components.period).where('indicatorId', 'in', [id, part.indicatorId]).execute();
    const tot = rows.find((r) => r.indicatorId === id)!;
    const p = rows.find((r) => r.indicatorId === part.indicatorId)!;
    assert.equal(part.sharePct, r2((p.cumValue! / tot.cumValue!) * 100));
    assert.equal(part.contributionPct, r2(((p.cumValue! - p.prevCumValue!) / (tot.cumValue! - tot.prevCumValue!)) * 100));
    assert.equal(part.pullPp, r2(((p.cumValue! - p.prevCumValue!) / tot.prevCumValue!) * 100));
    assert.ok(d.analysis.periods.length >= 8 && d.previousYears.length === 2);
    assert.ok(d.analysis.periods.every((x: { goalCum: number | null }) => x.goalCum !== null), 'the goal line has a point at every period');
  });

  it('phases the investment target by quarter: the goal line follows the quarter in force', async () => {
    const id = await indicatorId('FAI');
    const d = (await leader.get(`/api/economy/2023/indicators/${id}`)).json();
    const byPeriod = new Map(d.analysis.periods.map((p: { period: string }) => [p.period, p]));
    assert.equal((byPeriod.get('2023-03') as { phasedTargetPct: number }).phasedTargetPct, 10);
    assert.equal((byPeriod.get('2023-06') as { phasedTargetPct: number }).phasedTargetPct, 9);
    const sep = byPeriod.get('2023-09') as { phasedTargetPct: number; prevCumValue: number; goalCum: number };
    assert.equal(sep.phasedTargetPct, 8.5);
    assert.equal(sep.goalCum, Math.round(sep.prevCumValue * 1.085 * 10000) / 10000);
  });

  it('shows 开门红 against the annual target and 25% time progress', async () => {
    const o = (await leader.get('/api/economy/2023/opening')).json();
    for (const i of o.items.filter((x: { q1: unknown; targetPct: number | null }) => x.q1 && x.targetPct !== null)) {
      assert.equal(i.growthMet, i.q1.growthPct >= i.targetPct, i.indicator.code);
      assert.equal(i.red, i.growthMet && (i.q1.completionPct === null || i.q1.completionPct >= 25), i.indicator.code);
    }
    assert.ok(o.items.some((i: { red: boolean }) => i.red) && o.items.some((i: { red: boolean }) => i.red === false));
  });
});

describe('the domain worked example end to end', () => {
  it('fiscal revenue +5% on 40.0, Jan–Jun 22.5 against 21.0: completion 53.57%, 超序时 3.57 pp, the rest of the year needs +2.63%', async () => {
    const ind = await newIndicator({ sourceUnitId: await t.orgId('B-FINANCE') });
    const tg = await staff.put(`/api/economy/2023/targets/${ind.id}`, { growthPct: 5, baseValue: 40, qualifier: 'about' });
    assert.equal(tg.statusCode, 200, tg.body);
    const v = await staff.put(`/api/economy/indicators/${ind.id}/values/2023-06`, { cumValue: 22.5, prevCumValue: 21 });
    assert.equal(v.statusCode, 200, v.body);
    assert.equal((await staff.post(`/api/economy/values/${v.json().id}/review`, { action: 'approve', version: v.json().version })).statusCode, 200);
    const d = (await leader.get(`/api/economy/2023/indicators/${ind.id}`)).json();
    const p = d.analysis.latest;
    assert.equal(d.analysis.targetLevel, 42);
    assert.equal(p.growthPct, 7.14);
    assert.equal(p.completionPct, 53.57);
    assert.equal(p.timeProgressPct, 50);
    assert.equal(p.aheadPp, 3.57);
    assert.equal(p.requiredGrowthPct, 2.63);
    assert.equal(p.status, 'green');
  });
});

describe('entry, review, lock and revision', () => {
  it('draft → submit → return with a reason → resubmit → approve → locked → revised by the division, every vintage kept', async () => {
    const ind = await newIndicator();
    const url = `/api/economy/indicators/${ind.id}/values/2023-03`;
    const draft = await bureau.put(url, { cumValue: 10, prevCumValue: 9.5, submit: false });
    assert.equal(draft.statusCode, 200, draft.body);
    assert.equal(draft.json().state, 'draft');
    const sub = await bureau.put(url, { cumValue: 10.2, prevCumValue: 9.5, version: draft.json().version });
    assert.equal(sub.json().state, 'submitted');
    const noReason = await staff.post(`/api/economy/values/${sub.json().id}/review`, { action: 'return', version: sub.json().version });
    assert.equal(errCode(noReason), 'econ.return_reason_required');
    const ret = await staff.post(`/api/economy/values/${sub.json().id}/review`, { action: 'return', reason: '上年同期可比值与统计局口径不符', version: sub.json().version });
    assert.equal(ret.json().state, 'returned');
    const queue = (await bureau.get('/api/economy/review-queue')).json().items;
    assert.equal(queue.find((q: { id: number }) => q.id === sub.json().id).returnReason, '上年同期可比值与统计局口径不符');
    const notes = (await bureau.get('/api/notifications')).json();
    assert.ok(JSON.stringify(notes).includes('上年同期可比值与统计局口径不符'), 'the reporter is told why');
    const again = await bureau.put(url, { cumValue: 10.2, prevCumValue: 9.6, version: ret.json().version });
    const ok = await staff.post(`/api/economy/values/${again.json().id}/review`, { action: 'approve', version: again.json().version });
    assert.equal(ok.json().state, 'approved');
    assert.equal(ok.json().abilities.revise, true);
    const locked = await bureau.put(url, { cumValue: 11 });
    assert.equal(locked.statusCode, 409);
    assert.equal(errCode(locked), 'econ.value_locked');
    const same = await staff.post(`/api/economy/values/${ok.json().id}/revise`, { cumValue: 10.2, prevCumValue: 9.6, yoyPct: null, reason: '无变化', version: ok.json().version });
    assert.equal(errCode(same), 'econ.revision_unchanged');
    const noWhy = await staff.post(`/api/economy/values/${ok.json().id}/revise`, { cumValue: 10.4, prevCumValue: 9.6, yoyPct: null, reason: '', version: ok.json().version });
    assert.equal(noWhy.statusCode, 400);
    const rev = await staff.post(`/api/economy/values/${ok.json().id}/revise`, { cumValue: 10.4, prevCumValue: 9.6, yoyPct: null, reason: '统计局年报核定', version: ok.json().version });
    assert.equal(rev.statusCode, 200, rev.body);
    assert.equal(rev.json().revisionCount, 1);
    const v = (await leader.get(`/api/economy/indicators/${ind.id}/vintages?year=2023`)).json().items;
    assert.deepEqual(v.map((x: { kind: string }) => x.kind), ['first', 'revision']);
    assert.equal(v[0].after.cumValue, 10.2);
    assert.deepEqual([v[1].before.cumValue, v[1].after.cumValue, v[1].reason], [10.2, 10.4, '统计局年报核定']);
    assert.equal(await auditCount('econ.value.revise') >= 1, true);
    const stale = await staff.post(`/api/economy/values/${ok.json().id}/revise`, { cumValue: 10.5, prevCumValue: 9.6, yoyPct: null, reason: '再修订', version: ok.json().version });
    assert.equal(stale.statusCode, 409);
  });

  it('lets only the source unit enter values: another town is refused and nothing is written', async () => {
    const ind = await newIndicator();
    const before = await t.ctx.db.selectFrom('econValues').select('id').where('indicatorId', '=', ind.id).execute();
    const res = await town.put(`/api/economy/indicators/${ind.id}/values/2023-03`, { cumValue: 10 });
    assert.equal(res.statusCode, 403);
    assert.equal(errCode(res), 'econ.not_source_unit');
    const steward = await t.as('steward');
    assert.equal((await steward.put(`/api/economy/indicators/${ind.id}/values/2023-03`, { cumValue: 10 })).statusCode, 403);
    assert.equal((await bureau.post(`/api/economy/indicators`, { code: 'X' })).statusCode, 403);
    const after = await t.ctx.db.selectFrom('econValues').select('id').where('indicatorId', '=', ind.id).execute();
    assert.equal(after.length, before.length);
  });

  const badCases: { case: string; period: string; body: Record<string, unknown>; code: string; merged?: boolean }[] = [
    { case: 'a quarter for a monthly series', period: '2023-Q1', body: { cumValue: 1 }, code: 'econ.period_freq_mismatch' },
    { case: 'a period not yet ended', period: `${new Date().getFullYear() + 1}-03`, body: { cumValue: 1 }, code: 'econ.period_not_ended' },
    { case: 'January of a Jan–Feb merged series', period: '2023-01', body: { cumValue: 1 }, code: 'econ.jan_merged', merged: true },
    { case: 'neither value nor growth', period: '2023-04', body: { note: '空' }, code: 'econ.value_empty' },
    { case: 'growth beyond +1000%', period: '2023-04', body: { yoyPct: 2000 }, code: 'request.invalid' },
    { case: 'a number given as text', period: '2023-04', body: { cumValue: '十二' }, code: 'request.invalid' },
    { case: 'an unknown field', period: '2023-04', body: { cumValue: 1, hack: true }, code: 'request.invalid' },
    { case: 'a malformed period', period: '2023-13', body: { cumValue: 1 }, code: 'request.invalid' },
  ];
  for (const c of badCases) {
    it(`refuses ${c.case} with ${c.code} and writes nothing`, async () => {
      const ind = await newIndicator({ janFebMerged: !!c.merged });
      const res = await bureau.put(`/api/economy/indicators/${ind.id}/values/${c.period}`, c.body);
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${res.statusCode} ${res.body}`);
      assert.equal(errCode(res), c.code, res.body);
      assert.equal((await t.ctx.db.selectFrom('econValues').select('id').where('indicatorId', '=', ind.id).execute()).length, 0);
    });
  }

  it('warns when a cumulative series falls, and accepts it once confirmed', async () => {
    const ind = await newIndicator();
    await bureau.put(`/api/economy/indicators/${ind.id}/values/2023-03`, { cumValue: 30 });
    const fall = await bureau.put(`/api/economy/indicators/${ind.id}/values/2023-04`, { cumValue: 28 });
    assert.equal(errCode(fall), 'econ.cumulative_fall');
    assert.equal(fall.json().error.details.previous, 30);
    const confirmed = await bureau.put(`/api/economy/indicators/${ind.id}/values/2023-04`, { cumValue: 28, confirmFall: true });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
  });

  it('refuses a target with neither growth nor level, and a stale target update', async () => {
    const ind = await newIndicator();
    assert.equal((await staff.put(`/api/economy/2023/targets/${ind.id}`, { qualifier: 'above' })).statusCode, 400);
    const a = await staff.put(`/api/economy/2023/targets/${ind.id}`, { growthPct: 6, qualifier: 'above', phasing: [7, 6.5, 6, 6] });
    assert.equal(a.statusCode, 200, a.body);
    assert.deepEqual(a.json().phasing, [7, 6.5, 6, 6]);
    const b = await staff.put(`/api/economy/2023/targets/${ind.id}`, { growthPct: 7, qualifier: 'above', version: a.json().version });
    assert.equal(b.json().growthPct, 7);
    assert.equal((await staff.put(`/api/economy/2023/targets/${ind.id}`, { growthPct: 8, qualifier: 'above', version: a.json().version })).statusCode, 409);
  });

  it('refuses a duplicate indicator code and a parent that would make a cycle', async () => {
    const a = await newIndicator();
    const dup = await staff.post('/api/economy/indicators', { code: a.code, name: 'x', unit: '亿元', freq: 'M', kind: 'flow', growthBasis: 'nominal', sourceUnitId: await t.orgId('B-STATS') });
    assert.equal(errCode(dup), 'econ.code_taken');
    const b = await newIndicator({ parentId: a.id });
    const cyc = await staff.patch(`/api/economy/indicators/${a.id}`, { parentId: b.id, version: a.version });
    assert.equal(errCode(cyc), 'econ.parent_invalid');
    const self = await staff.patch(`/api/economy/indicators/${a.id}`, { parentId: a.id, version: a.version });
    assert.equal(errCode(self), 'econ.parent_invalid');
  });
});

describe('statistics import', () => {
  it('refuses a file with one bad cell, naming row and column, and imports none of it', async () => {
    const ind = await newIndicator();
    const rows = [
      { code: ind.code, period: '2023-03', unit: '亿元', cumValue: 10, prevCumValue: 9.4 },
      { code: ind.code, period: '2023-04', unit: '万元', cumValue: 13, prevCumValue: 12.1 },
      { code: ind.code, period: '2023-05', unit: '亿元', cumValue: 16, prevCumValue: 15 },
    ];
    const res = await bureau.upload('/api/economy/values/import', await buildWorkbook(valueSheet, rows));
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(errCode(res), 'import.invalid_rows');
    const errors = res.json().error.details.errors;
    assert.equal(errors.length, 1);
    assert.deepEqual([errors[0].row, errors[0].column], [3, '计量单位']);
    assert.match(errors[0].reason, /亿元/);
    assert.equal((await t.ctx.db.selectFrom('econValues').select('id').where('indicatorId', '=', ind.id).execute()).length, 0);
  });

  it('names a duplicate period, a falling cumulative value and a non-numeric cell', async () => {
    const ind = await newIndicator();
    const rows = [
      { code: ind.code, period: '2023-03', unit: '亿元', cumValue: 10 },
      { code: ind.code, period: '2023-03', unit: '亿元', cumValue: 10 },
      { code: ind.code, period: '2023-04', unit: '亿元', cumValue: 8 },
      { code: ind.code, period: '2023-05', unit: '亿元', cumValue: 'abc' },
    ];
    // A cell that is not a number is caught while reading the sheet, before any business rule.
    const typed = await bureau.upload('/api/economy/values/import', await buildWorkbook(valueSheet, rows as never));
    assert.equal(errCode(typed), 'import.invalid_rows');
    const typeErrors = typed.json().error.details.errors as { row: number; column: string; reason: string }[];
    assert.ok(typeErrors.some((e) => e.row === 5 && e.column === '累计值'), JSON.stringify(typeErrors));
    // The business rules then name every bad row of the file at once.
    const res = await bureau.upload('/api/economy/values/import', await buildWorkbook(valueSheet, rows.slice(0, 3)));
    assert.equal(errCode(res), 'import.invalid_rows');
    const errors = res.json().error.details.errors as { row: number; column: string; reason: string }[];
    assert.deepEqual(errors.map((e) => [e.row, e.column]), [[3, '期间'], [4, '累计值']], JSON.stringify(errors));
    assert.match(errors[0].reason, /重复/);
    assert.match(errors[1].reason, /累计值低于上期/);
    assert.equal((await t.ctx.db.selectFrom('econValues').select('id').where('indicatorId', '=', ind.id).execute()).length, 0);
    const fixed = [rows[0], { ...rows[2], cumValue: 12 }, { ...rows[3], cumValue: 15 }];
    const ok = await bureau.upload('/api/economy/values/import', await buildWorkbook(valueSheet, fixed));
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().periods, ['2023-03', '2023-04', '2023-05']);
    const states = await t.ctx.db.selectFrom('econValues').select(['state', 'source']).where('indicatorId', '=', ind.id).execute();
    assert.ok(states.length === 3 && states.every((s) => s.state === 'submitted' && s.source === 'import'));
  });

  it('exports approved values in the import format', async () => {
    const res = await leader.get('/api/economy/2023/values.xlsx');
    assert.equal(res.statusCode, 200);
    assert.equal(res.rawPayload.subarray(0, 2).toString(), 'PK');
  });
});

describe('documents', () => {
  it('writes the monthly brief as .docx with its two charts, naming the lagging indicators', async () => {
    const res = await leader.get('/api/economy/2023/brief.docx?period=2023-09');
    assert.equal(res.statusCode, 200, res.body);
    const { files, documentXml } = unzipList(res.rawPayload);
    assert.ok(files.filter((f) => f.startsWith('word/media/') && f.endsWith('.png')).length >= 2, files.join(','));
    assert.match(documentXml, /经济运行情况分析/);
    assert.match(documentXml, /房地产开发投资/);
    assert.match(documentXml, /需要关注的指标/);
    assert.equal((await leader.get('/api/economy/2023/brief.docx?period=2024-09')).statusCode, 400);
  });

  it('rates the plan indicators by time progress, flags binding ones behind, and writes the mid-term report', async () => {
    const e = (await leader.get('/api/economy/fyp?asOfYear=2022')).json();
    const by = (code: string) => e.items.find((i: { code: string }) => i.code === code);
    assert.equal(e.expectedPct, 40);
    assert.deepEqual([by('P-PM25').evaluation.progressPct, by('P-PM25').evaluation.rating], [80, '超前']); // (31 − 35)/(30 − 35), domain.md §3.2
    assert.equal(by('P-FARMLAND').evaluation.rating, '未达标');
    assert.equal(by('P-FARMLAND').evaluation.flag, true);
    assert.equal(by('P-ENERGY').evaluation.flag, true);
    assert.equal(by('P-RD').evaluation.flag, false);
    assert.ok(e.tasks.some((t2: { planTaskStatus: string | null }) => t2.planTaskStatus !== null), 'plan tasks linked to work-plan tasks');
    const noReason = await staff.put(`/api/economy/fyp/indicators/${by('P-GRAIN').id}/override`, { rating: '符合进度', version: by('P-GRAIN').version });
    assert.equal(noReason.statusCode, 400);
    const ov = await staff.put(`/api/economy/fyp/indicators/${by('P-GRAIN').id}/override`, { rating: '符合进度', reason: '粮食播种面积完成市级下达任务', version: by('P-GRAIN').version });
    assert.equal(ov.statusCode, 200, ov.body);
    const after = (await leader.get('/api/economy/fyp?asOfYear=2022')).json().items.find((i: { code: string }) => i.code === 'P-GRAIN');
    assert.deepEqual([after.evaluation.rating, after.evaluation.overridden, after.evaluation.computed], ['符合进度', true, '暂无数据']);
    const binding = await staff.post('/api/economy/fyp/indicators', { code: 'P-X', group: '绿色生态', name: '约束定性', form: 'qualitative', attribute: 'binding', leadUnitId: await t.orgId('DRC-ENERGY') });
    assert.equal(binding.statusCode, 400);
    assert.match(binding.body, /约束性指标不能为定性指标/);
    const outside = await staff.put(`/api/economy/fyp/indicators/${by('P-RD').id}/actuals/2019`, { value: 1 });
    assert.equal(outside.statusCode, 400);
    const doc = await leader.get('/api/economy/fyp/report.docx?asOfYear=2022');
    assert.equal(doc.statusCode, 200);
    const { files, documentXml } = unzipList(doc.rawPayload);
    assert.ok(files.some((f) => f.startsWith('word/media/')));
    assert.match(documentXml, /中期评估/);
    assert.match(documentXml, /耕地保有量/);
  });
});
