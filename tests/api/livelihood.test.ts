// The livelihood module through the HTTP API. The index on a fixture worked by hand (the same 3 districts ×
// 2 dimensions × 2 indicators as common/livelihood.test.ts, with this district as "A"), and again after one
// weight changes; member-unit reporting, review and lock; bad input refused with nothing saved (weights not
// summing to 1, a value out of range, another unit's indicator, another district's figures); the export that
// reproduces the figures; the all-or-nothing import; weak indicators turned into work-plan tasks once; the
// 疏整促 plan with town reports (own town only, cumulative never falling without a correction) and the
// completion matrix; population targets whose split must equal the district's; the cockpit tiles.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';
import { buildWorkbook } from '../../server/platform/xlsx.ts';
import { valueSheet } from '../../server/modules/livelihood/livelihood-documents.service.ts';
import { livelihoodCockpit } from '../../server/modules/livelihood/livelihood.cockpit.ts';
import { DEMO_POP_OVER, DEMO_SZC_BEHIND } from '../../server/demo/livelihood.ts';

let t: TestApp;
let staff: Client;
let town: Client;
let town2: Client;
let bureau: Client;
let leader: Client;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  [staff, town, town2, bureau, leader] = await Promise.all(['staff', 'town', 'town2', 'bureau', 'leader'].map((u) => t.as(u)));
});
after(async () => { await t.close(); });

const auditCount = async (action: string) => (await t.ctx.db.selectFrom('auditLog').select('seq').where('action', '=', action).execute()).length;
const valueCount = async () => Number((await t.ctx.db.selectFrom('liveValues').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('the index on a fixture worked by hand', () => {
  const Y = 2030;
  let sys: { version: number; dimensions: { id: number; code: string }[]; indicators: { id: number; code: string }[] };
  const ind: Record<string, number> = {};
  before(async () => {
    const created = await staff.post('/api/livelihood/systems', { year: Y });
    assert.equal(created.statusCode, 201, created.body);
    const dims = created.json().dimensions as { id: number; code: string }[];
    const d1 = dims.find((d) => d.code === 'Y1')!.id;
    const d2 = dims.find((d) => d.code === 'X1')!.id;
    const stats = await t.orgId('B-STATS');
    const edu = await t.orgId('B-EDU');
    for (const [code, dimensionId, direction, sourceUnitId, maxValid] of [['i1', d1, 'up', stats, null], ['i2', d1, 'down', edu, null], ['i3', d2, 'up', edu, 100], ['i4', d2, 'up', edu, null]] as const) {
      const r = await staff.post(`/api/livelihood/systems/${Y}/indicators`, { dimensionId, code, name: `测试指标${code}`, unit: code === 'i3' ? '%' : '个', direction, sourceUnitId, weight: 0.5, minValid: 0, maxValid });
      assert.equal(r.statusCode, 201, r.body);
      ind[code] = r.json().id;
    }
    sys = (await staff.get(`/api/livelihood/systems/${Y}`)).json();
    const years = (await leader.get('/api/livelihood/years')).json();
    assert.deepEqual(years.items.map((y: { year: number; approvedValues: number }) => [y.year, y.approvedValues > 0]), [[Y, false], [2023, true], [2022, true], [2021, true]]);
    assert.equal(errCode(await staff.post('/api/livelihood/systems', { year: Y })), 'live.system_exists');
  });

  const weights = (w: Record<string, number>, version = sys.version) => ({
    normalisation: 'minmax', aggregation: 'arithmetic', version,
    dimensions: sys.dimensions.map((d) => ({ id: d.id, weight: d.code === 'Y1' ? 0.6 : d.code === 'X1' ? 0.4 : 0 })),
    indicators: sys.indicators.map((i) => ({ id: i.id, weight: w[i.code] })),
  });

  it('refuses weights that do not sum to 1 within a dimension, naming it, and saves nothing', async () => {
    const r = await staff.put(`/api/livelihood/systems/${Y}/weights`, weights({ i1: 0.5, i2: 0.5, i3: 0.7, i4: 0.2 }));
    assert.equal(r.statusCode, 400);
    assert.equal(errCode(r), 'live.weights_sum');
    assert.match(r.json().error.message, /便利性.*0\.9/);
    const dimsOff = { ...weights({ i1: 0.5, i2: 0.5, i3: 0.7, i4: 0.3 }), dimensions: sys.dimensions.map((d) => ({ id: d.id, weight: d.code === 'Y1' ? 0.6 : d.code === 'X1' ? 0.5 : 0 })) };
    assert.equal(errCode(await staff.put(`/api/livelihood/systems/${Y}/weights`, dimsOff)), 'live.weights_sum');
    const partial = { ...weights({ i1: 0.5, i2: 0.5, i3: 0.7, i4: 0.3 }), indicators: sys.indicators.slice(1).map((i) => ({ id: i.id, weight: 0.5 })) };
    assert.equal(errCode(await staff.put(`/api/livelihood/systems/${Y}/weights`, partial)), 'live.weights_incomplete');
    assert.equal((await staff.get(`/api/livelihood/systems/${Y}`)).json().version, sys.version, 'nothing saved');
    assert.equal(errCode(await town.put(`/api/livelihood/systems/${Y}/weights`, weights({ i1: 0.5, i2: 0.5, i3: 0.7, i4: 0.3 }))), 'auth.forbidden');
  });

  it('sets the weights (audited) and refuses a stale version', async () => {
    const before = await auditCount('live.weights');
    const r = await staff.put(`/api/livelihood/systems/${Y}/weights`, weights({ i1: 0.5, i2: 0.5, i3: 0.7, i4: 0.3 }));
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json().weightProblems, []);
    assert.equal(await auditCount('live.weights'), before + 1);
    assert.equal(errCode(await staff.put(`/api/livelihood/systems/${Y}/weights`, weights({ i1: 0.5, i2: 0.5, i3: 0.7, i4: 0.3 }))), 'record.stale');
    sys = (await staff.get(`/api/livelihood/systems/${Y}`)).json();
  });

  it('takes member units’ values for their own indicators only, and other districts’ from the division', async () => {
    // A = this district (HR), B = 东城 (DC), C = 西城 (XC)
    const peers = [['DC', 20, 10, 60, 4], ['XC', 15, 0, 70, 3]] as const;
    const items: { indicatorId: number; district: string; value: number }[] = peers.flatMap(([district, a, b, c, d]) => ([['i1', a], ['i2', b], ['i3', c], ['i4', d]] as const).map(([code, value]) => ({ indicatorId: ind[code], district, value })));
    items.push(...[['i2', 5], ['i3', 80], ['i4', 2]].map(([code, value]) => ({ indicatorId: ind[code as string], district: 'HR', value: value as number })));
    const r = await staff.put('/api/livelihood/values', { year: Y, items });
    assert.equal(r.statusCode, 200, r.body);
    const n = await valueCount();
    // the statistics bureau is the source of i1, not of i2; peers' figures are the division's
    assert.equal(errCode(await bureau.put('/api/livelihood/values', { year: Y, items: [{ indicatorId: ind.i2, district: 'HR', value: 6 }] })), 'live.not_source_unit');
    assert.equal(errCode(await bureau.put('/api/livelihood/values', { year: Y, items: [{ indicatorId: ind.i1, district: 'DC', value: 6 }] })), 'live.peer_by_division');
    assert.equal(errCode(await town.put('/api/livelihood/values', { year: Y, items: [{ indicatorId: ind.i1, district: 'HR', value: 6 }] })), 'live.not_source_unit');
    // a rate above 100% is outside i3's valid range — and the good row before it is not saved either
    const bad = await staff.put('/api/livelihood/values', { year: Y, items: [{ indicatorId: ind.i4, district: 'DC', value: 99 }, { indicatorId: ind.i3, district: 'DC', value: 120 }] });
    assert.equal(bad.statusCode, 400);
    assert.equal(errCode(bad), 'live.value_out_of_range');
    assert.match(bad.json().error.message, /测试指标i3.*120.*0 至 100/);
    assert.equal(await valueCount(), n);
    assert.equal((await staff.get(`/api/livelihood/values?year=${Y}`)).json().values.find((v: { indicatorId: number; district: string }) => v.indicatorId === ind.i4 && v.district === 'DC').value, 4);
    const ok = await bureau.put('/api/livelihood/values', { year: Y, items: [{ indicatorId: ind.i1, district: 'HR', value: 10 }] });
    assert.equal(ok.statusCode, 200, ok.body);
    // The page sends each cell's version: a cell changed since it was shown is refused, and the whole save with it.
    const cell = (district: string, code: 'i1' | 'i4') => staff.get(`/api/livelihood/values?year=${Y}`).then((r) => r.json().values.find((v: { indicatorId: number; district: string }) => v.indicatorId === ind[code] && v.district === district));
    const dc4 = await cell('DC', 'i4');
    assert.equal((await staff.put('/api/livelihood/values', { year: Y, items: [{ indicatorId: ind.i4, district: 'DC', value: 5, version: dc4.version }] })).statusCode, 200);
    const stale = await staff.put('/api/livelihood/values', { year: Y, items: [{ indicatorId: ind.i1, district: 'DC', value: 21, version: (await cell('DC', 'i1')).version }, { indicatorId: ind.i4, district: 'DC', value: 6, version: dc4.version }] });
    assert.equal(stale.statusCode, 409);
    assert.equal(errCode(stale), 'record.stale');
    assert.deepEqual([(await cell('DC', 'i1')).value, (await cell('DC', 'i4')).value], [20, 5], 'neither value of the refused save is kept');
    // back to the hand-worked fixture's figure (at the version now shown)
    assert.equal((await staff.put('/api/livelihood/values', { year: Y, items: [{ indicatorId: ind.i4, district: 'DC', value: 4, version: (await cell('DC', 'i4')).version }] })).statusCode, 200);
  });

  it('computes only on reviewed values; once approved, the reporter cannot change them', async () => {
    const pending = (await leader.get(`/api/livelihood/index/${Y}`)).json();
    assert.equal(pending.pendingValues, 1);
    const grid = (await staff.get(`/api/livelihood/values?year=${Y}`)).json();
    const v = grid.values.find((x: { indicatorId: number; district: string }) => x.indicatorId === ind.i1 && x.district === 'HR');
    assert.equal(v.state, 'submitted');
    assert.equal(errCode(await bureau.post('/api/livelihood/values/review', { ids: [v.id], action: 'approve' })), 'auth.forbidden');
    assert.equal((await staff.post('/api/livelihood/values/review', { ids: [v.id], action: 'approve' })).json().reviewed, 1);
    const locked = await bureau.put('/api/livelihood/values', { year: Y, items: [{ indicatorId: ind.i1, district: 'HR', value: 11 }] });
    assert.equal(locked.statusCode, 409);
    assert.equal(errCode(locked), 'live.locked');
  });

  it('equals the hand-worked index and ranks', async () => {
    // (see common/livelihood.test.ts) totals A 43, B 42, C 65 → C 1, A 2, B 3; D1: A 25, D2: A 70
    const r = (await leader.get(`/api/livelihood/index/${Y}`)).json();
    const by = Object.fromEntries(r.districts.map((d: { district: string }) => [d.district, d]));
    assert.deepEqual([by.HR.total, by.DC.total, by.XC.total], [43, 42, 65]);
    assert.deepEqual([by.HR.rank, by.DC.rank, by.XC.rank], [2, 3, 1]);
    assert.deepEqual([r.self.rank, r.self.of], [2, 3]);
    assert.equal(r.dimensions.find((d: { code: string }) => d.code === 'Y1').score, 25);
    assert.equal(r.dimensions.find((d: { code: string }) => d.code === 'X1').score, 70);
    // drivers: i1 −15, i4 −6, i2 0, i3 +14; weak: i1 and i4
    assert.deepEqual(r.drivers.map((d: { indicator: string; drag: number }) => [d.indicator, d.drag]), [['i1', -15], ['i4', -6], ['i2', 0], ['i3', 14]]);
    assert.deepEqual(r.drivers.filter((d: { weak: boolean }) => d.weak).map((d: { indicator: string }) => d.indicator), ['i1', 'i4']);
    // the method is published with the result
    assert.equal(r.method.normalisation, 'minmax');
    assert.deepEqual(r.method.indicators.map((i: { code: string; weight: number }) => [i.code, i.weight]), [['i1', 0.5], ['i2', 0.5], ['i3', 0.7], ['i4', 0.3]]);
    assert.equal(r.sensitivity.runs, 500);
    // A (43) and B (42) are one point apart: ±10% weights swap them in some runs; C never moves
    const c = r.sensitivity.districts.find((d: { district: string }) => d.district === 'XC');
    assert.deepEqual([c.minRank, c.maxRank], [1, 1]);
  });

  it('changing one weight changes the index as computed by hand', async () => {
    // i1 0.8, i2 0.2 → A 34, B 60, C 56 → B 1, C 2, A 3
    const r = await staff.put(`/api/livelihood/systems/${Y}/weights`, weights({ i1: 0.8, i2: 0.2, i3: 0.7, i4: 0.3 }));
    assert.equal(r.statusCode, 200, r.body);
    const x = (await leader.get(`/api/livelihood/index/${Y}`)).json();
    const by = Object.fromEntries(x.districts.map((d: { district: string }) => [d.district, d]));
    assert.deepEqual([by.HR.total, by.DC.total, by.XC.total], [34, 60, 56]);
    assert.deepEqual([by.HR.rank, by.DC.rank, by.XC.rank], [3, 1, 2]);
    // distance to target needs a target for every indicator
    assert.equal(errCode(await leader.get(`/api/livelihood/index/${Y}?normalisation=target`)), 'live.target_missing');
  });

  it('exports raw values, normalised scores, weights, results and the method, enough to reproduce the index', async () => {
    const res = await leader.get(`/api/livelihood/index/${Y}/export.xlsx`);
    assert.equal(res.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['原始数据', '标准化得分', '权重', '指数结果', '方法说明']);
    const raw = wb.getWorksheet('原始数据')!;
    const rows = raw.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    assert.deepEqual(rows.find((r) => r[0] === '怀柔区'), ['怀柔区', 10, 5, 80, 2]);
    const result = wb.getWorksheet('指数结果')!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 4));
    assert.deepEqual(result, [[1, '东城区', 60], [2, '西城区', 56], [3, '怀柔区', 34]]);
    const weightsSheet = wb.getWorksheet('权重')!.getSheetValues().slice(2).map((r) => (r as unknown[])[2] === 'i1' ? (r as unknown[])[5] : null).filter((x) => x !== null);
    assert.deepEqual(weightsSheet, [0.8]);
  });

  it('imports values all or nothing, naming every bad cell', async () => {
    const n = await valueCount();
    const bad = await buildWorkbook(valueSheet, [
      { code: 'i4', district: '西城区', value: 3.5 },
      { code: 'i3', district: '西城区', value: 101 },
      { code: 'nope', district: '西城区', value: 1 },
      { code: 'i4', district: '火星区', value: 1 },
    ]);
    const r = await staff.upload(`/api/livelihood/values/import?year=${Y}`, bad);
    assert.equal(r.statusCode, 400, r.body);
    const errs = r.json().error.details.errors as { row: number; column: string }[];
    assert.deepEqual(errs.map((e) => [e.row, e.column]), [[3, '数值'], [4, '指标编码'], [5, '区']]);
    assert.equal(await valueCount(), n);
    assert.equal((await staff.get(`/api/livelihood/values?year=${Y}`)).json().values.find((v: { indicatorId: number; district: string }) => v.indicatorId === ind.i4 && v.district === 'XC').value, 3);
    const good = await staff.upload(`/api/livelihood/values/import?year=${Y}`, await buildWorkbook(valueSheet, [{ code: 'i4', district: '西城区', value: 3 }]));
    assert.equal(good.statusCode, 200, good.body);
    assert.equal(good.json().imported, 1);
  });
});

describe('quarterly values', () => {
  it('keeps a quarter’s figure apart from the year’s, and the index uses the year’s only', async () => {
    const sys = (await staff.get('/api/livelihood/systems/2030')).json();
    const i1 = sys.indicators.find((i: { code: string }) => i.code === 'i1').id;
    const before = (await leader.get('/api/livelihood/index/2030')).json();
    const r = await bureau.put('/api/livelihood/values', { year: 2030, quarter: 2, items: [{ indicatorId: i1, district: 'HR', value: 3 }] });
    assert.equal(r.statusCode, 200, r.body);
    const q2 = (await bureau.get('/api/livelihood/values?year=2030&quarter=2')).json();
    assert.deepEqual(q2.values.map((v: { district: string; value: number; state: string }) => [v.district, v.value, v.state]), [['HR', 3, 'submitted']]);
    const annual = (await bureau.get('/api/livelihood/values?year=2030')).json();
    assert.equal(annual.values.find((v: { indicatorId: number; district: string }) => v.indicatorId === i1 && v.district === 'HR').value, 10);
    const id = q2.values[0].id;
    assert.equal((await staff.post('/api/livelihood/values/review', { ids: [id], action: 'approve' })).json().reviewed, 1);
    assert.equal((await leader.get('/api/livelihood/index/2030')).json().self.total, before.self.total);
  });
});

describe('weak indicators and projects of the demo', () => {
  it('turns each weak indicator into one task led by its source unit, once', async () => {
    const weak = (await leader.get('/api/livelihood/weak/2023')).json();
    assert.ok(weak.total >= 3, `the demo has weak indicators (${weak.total})`);
    assert.equal(weak.items.length, weak.total);
    assert.equal(errCode(await town.post('/api/livelihood/weak/2023/tasks', {})), 'auth.forbidden');
    const first = await staff.post('/api/livelihood/weak/2023/tasks', {});
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().created.length, weak.total);
    for (const w of weak.items) {
      const task = await t.ctx.db.selectFrom('tasks').selectAll().where('code', '=', `QYWX-2023-${w.indicator}`).executeTakeFirstOrThrow();
      assert.equal(task.leadUnitId, w.sourceUnitId);
      assert.equal(task.year, 2023);
    }
    const again = (await staff.post('/api/livelihood/weak/2023/tasks', {})).json();
    assert.deepEqual([again.created.length, again.existing], [0, weak.total]);
    const tasks = await t.ctx.db.selectFrom('tasks').select('id').where('code', 'like', 'QYWX-2023-%').execute();
    assert.equal(tasks.length, weak.total);
    const idx = (await leader.get('/api/livelihood/index/2023')).json();
    assert.ok(idx.drivers.filter((d: { weak: boolean }) => d.weak).every((d: { task: unknown }) => d.task !== null));
  });

  it('lists livelihood projects with their progress and links a project once', async () => {
    const list = (await leader.get('/api/livelihood/projects')).json();
    assert.ok(list.items.some((p: { name: string }) => p.name === '区妇幼保健院迁建工程'));
    const other = await t.ctx.db.selectFrom('projects').select('id').where('id', 'not in', list.items.map((p: { projectId: number }) => p.projectId)).orderBy('id').executeTakeFirstOrThrow();
    const r = await staff.post('/api/livelihood/projects', { projectId: other.id, dimensionCode: 'Y5', note: '' });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(errCode(await staff.post('/api/livelihood/projects', { projectId: other.id, dimensionCode: 'Y5', note: '' })), 'record.duplicate');
    assert.equal((await staff.delete(`/api/livelihood/projects/${r.json().id}`)).statusCode, 200);
  });
});

describe('疏整促', () => {
  const Y = 2031;
  let typeId: number;
  let miaocheng: number;
  let yanqi: number;
  before(async () => {
    miaocheng = await t.orgId('T-MIAOCHENG');
    yanqi = await t.orgId('T-YANQI');
    const r = await staff.post(`/api/livelihood/szc/${Y}/types`, { code: 'CWJ', name: '拆除违法建设', group: '整治', unit: '万m²', leadUnitId: await t.orgId('B-URBAN') });
    assert.equal(r.statusCode, 201, r.body);
    typeId = r.json().id;
    assert.equal(errCode(await staff.post(`/api/livelihood/szc/${Y}/types`, { code: 'X', name: 'x', group: '整治', unit: '处', leadUnitId: 999_999 })), 'live.unknown_unit');
    assert.equal(errCode(await staff.post(`/api/livelihood/szc/${Y}/types`, { code: 'CWJ', name: '重复', group: '整治', unit: '处', leadUnitId: await t.orgId('B-URBAN') })), 'record.duplicate');
    const tt = await staff.put(`/api/livelihood/szc/types/${typeId}/targets`, { targets: [{ townId: miaocheng, target: 6 }, { townId: yanqi, target: 4 }], version: 1 });
    assert.equal(tt.statusCode, 200, tt.body);
  });

  it('takes a town’s monthly report for its own town only', async () => {
    assert.equal((await town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y}-05`, cumActual: 2.5 })).statusCode, 200);
    const other = await town.put('/api/livelihood/szc/reports', { typeId, townId: yanqi, period: `${Y}-05`, cumActual: 9 });
    assert.equal(other.statusCode, 403);
    assert.equal(errCode(other), 'live.wrong_town');
    assert.match(other.json().error.message, /雁栖镇/);
    assert.equal((await t.ctx.db.selectFrom('szcReports').select('id').where('townId', '=', yanqi).where('typeId', '=', typeId).execute()).length, 0);
    // a falling cumulative needs the correction tick and a reason
    assert.equal(errCode(await town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y}-06`, cumActual: 2 })), 'live.decreasing');
    assert.equal(errCode(await town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y - 1}-12`, cumActual: 2 })), 'live.period_year');
    assert.equal((await town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y}-06`, cumActual: 3.4 })).statusCode, 200);
    assert.equal((await town2.put('/api/livelihood/szc/reports', { typeId, townId: yanqi, period: `${Y}-06`, cumActual: 1.5 })).statusCode, 200);
    // a town without a target for the type cannot report it
    assert.equal(errCode(await staff.put('/api/livelihood/szc/reports', { typeId, townId: await t.orgId('T-BEIFANG'), period: `${Y}-06`, cumActual: 1 })), 'live.no_target');
    assert.equal(errCode(await town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y}-06`, cumActual: -1 })), 'request.invalid');
  });

  it('refuses an update made on a stale copy of the month (version): of 20 at once exactly one is taken', async () => {
    const may = (await town.get(`/api/livelihood/szc/${Y}/reports?period=${Y}-05`)).json().items.find((r: { typeId: number }) => r.typeId === typeId);
    // Two people opened the May report at the same version: the first save is taken, the second is told.
    assert.equal((await town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y}-05`, cumActual: 2.6, version: may.version })).statusCode, 200);
    const late = await town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y}-05`, cumActual: 2.7, version: may.version });
    assert.equal(late.statusCode, 409);
    assert.equal(errCode(late), 'record.stale');
    const stored = () => t.ctx.db.selectFrom('szcReports').select(['cumActual', 'version']).where('typeId', '=', typeId).where('townId', '=', miaocheng).where('period', '=', `${Y}-05`).executeTakeFirstOrThrow();
    assert.equal((await stored()).cumActual, 2.6);
    // version 0 claims "no report yet": taken for a new month, refused once that month exists
    assert.equal((await town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y}-04`, cumActual: 2, version: 0 })).statusCode, 200);
    assert.equal(errCode(await town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y}-04`, cumActual: 2.1, version: 0 })), 'record.stale');
    // 20 concurrent saves at one version: exactly one 2xx, the rest 409, and the stored figure is the winner's
    const { version } = await stored();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y}-05`, cumActual: 2.5 + i / 100, version })));
    const ok = answers.filter((a) => a.statusCode === 200);
    assert.equal(ok.length, 1, answers.map((a) => a.statusCode).join(','));
    assert.ok(answers.every((a) => a.statusCode === 200 || (a.statusCode === 409 && errCode(a) === 'record.stale')));
    const after = await stored();
    assert.equal(after.version, version + 1);
    assert.ok(answers.some((a, i) => a.statusCode === 200 && Math.abs(after.cumActual - (2.5 + i / 100)) < 1e-9), 'the stored figure is the one that was taken');
  });

  it('computes completion by town and type against time progress', async () => {
    // June: time progress 6/12 = 50%. 庙城 3.4 / 6.0 = 56.67% → green; 雁栖 1.5 / 4 = 37.5% → more than 10 points behind → red.
    // type total: (3.4 + 1.5) / (6 + 4) = 49%
    const o = (await leader.get(`/api/livelihood/szc/${Y}`)).json();
    assert.equal(o.period, `${Y}-06`);
    assert.equal(o.timePct, 50);
    const by = Object.fromEntries(o.towns.map((w: { id: number }) => [w.id, w]));
    assert.deepEqual([by[miaocheng].completion, by[miaocheng].status], [56.67, 'green']);
    assert.deepEqual([by[yanqi].completion, by[yanqi].status], [37.5, 'red']);
    assert.equal(o.types[0].pct, 49);
    const behind = (await leader.get(`/api/livelihood/szc/${Y}/behind`)).json();
    assert.deepEqual(behind.items.map((w: { id: number }) => w.id), [yanqi]);
    assert.equal(behind.total, 1);
  });

  it('locks a reviewed report and logs publicity', async () => {
    const mine = (await town.get(`/api/livelihood/szc/${Y}/reports`)).json();
    assert.ok(mine.items.every((r: { townId: number }) => r.townId === miaocheng), 'a town sees only its own reports');
    const june = mine.items.find((r: { period: string }) => r.period === `${Y}-06`);
    assert.equal((await staff.post('/api/livelihood/szc/reports/review', { ids: [june.id], action: 'approve' })).json().reviewed, 1);
    assert.equal(errCode(await town.put('/api/livelihood/szc/reports', { typeId, townId: miaocheng, period: `${Y}-06`, cumActual: 3.6 })), 'live.locked');
    const p = await town.post(`/api/livelihood/szc/${Y}/publicity`, { townId: miaocheng, date: `${Y}-06-12`, title: '庙城拆违还绿', outlet: '北京日报', level: '市级' });
    assert.equal(p.statusCode, 201, p.body);
    assert.equal(errCode(await town.post(`/api/livelihood/szc/${Y}/publicity`, { townId: yanqi, date: `${Y}-06-12`, title: 'x', outlet: 'y', level: '市级' })), 'live.wrong_town');
    assert.equal((await leader.get(`/api/livelihood/szc/${Y}`)).json().publicity.length, 1);
  });
});

describe('population control', () => {
  const Y = 2031;
  it('refuses a split that does not add up to the district’s target, saving nothing', async () => {
    const towns = [await t.orgId('T-MIAOCHENG'), await t.orgId('T-YANQI'), await t.orgId('T-QUANHE')];
    // 40,000 + 30,000 + 29,000 = 99,000 ≠ 100,000
    const bad = await staff.put(`/api/livelihood/population/${Y}/targets`, { districtCap: 100_000, baseline: 98_000, towns: towns.map((townId, k) => ({ townId, cap: [40_000, 30_000, 29_000][k] })) });
    assert.equal(bad.statusCode, 400);
    assert.equal(errCode(bad), 'live.split_sum');
    assert.match(bad.json().error.message, /99000.*100000.*-1000/);
    assert.equal((await t.ctx.db.selectFrom('popPlans').select('id').where('year', '=', Y).execute()).length, 0);
    assert.equal(errCode(await staff.put(`/api/livelihood/population/${Y}/targets`, { districtCap: 100, baseline: 0, towns: [{ townId: await t.orgId('B-STATS'), cap: 100 }] })), 'live.not_a_town');
    const ok = await staff.put(`/api/livelihood/population/${Y}/targets`, { districtCap: 100_000, baseline: 98_000, towns: towns.map((townId, k) => ({ townId, cap: [40_000, 30_000, 30_000][k] })) });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().splitSum, 100_000);
    assert.equal(errCode(await staff.put(`/api/livelihood/population/${Y}/targets`, { districtCap: 100_000, baseline: 98_000, towns: towns.map((townId) => ({ townId, cap: 100_000 / 4 })), version: 1 })), 'live.split_sum');
  });

  it('takes quarterly figures from each town for itself and shows the gap and status', async () => {
    const mc = await t.orgId('T-MIAOCHENG');
    const yq = await t.orgId('T-YANQI');
    assert.equal((await town.put('/api/livelihood/population/figures', { year: Y, quarter: 1, townId: mc, value: 40_250, source: '统计年度推算' })).statusCode, 200);
    assert.equal(errCode(await town.put('/api/livelihood/population/figures', { year: Y, quarter: 1, townId: yq, value: 1, source: '统计年度推算' })), 'live.wrong_town');
    assert.equal((await town2.put('/api/livelihood/population/figures', { year: Y, quarter: 1, townId: yq, value: 29_500, source: '公安实有人口' })).statusCode, 200);
    const o = (await leader.get(`/api/livelihood/population/${Y}`)).json();
    const by = Object.fromEntries(o.towns.map((w: { id: number }) => [w.id, w]));
    // 庙城 40,250 vs 40,000 → 250 over; 雁栖 29,500 vs 30,000 → 500 under, within 2% (29,400) → near
    assert.deepEqual([by[mc].gap, by[mc].status], [250, 'over']);
    assert.deepEqual([by[yq].gap, by[yq].status], [-500, 'near']);
    const over = (await leader.get(`/api/livelihood/population/${Y}/over`)).json();
    assert.deepEqual([over.total, over.items[0].id], [1, mc]);
    const f = by[mc].figures[0];
    assert.equal((await staff.post('/api/livelihood/population/figures/review', { ids: [f.id], action: 'approve' })).json().reviewed, 1);
    assert.equal(errCode(await town.put('/api/livelihood/population/figures', { year: Y, quarter: 1, townId: mc, value: 39_000, source: '统计年度推算' })), 'live.locked');
    // A quarter's figure updated on a stale copy is refused (the page sends the version it showed).
    const q2 = { year: Y, quarter: 2, townId: mc, source: '统计年度推算' };
    assert.equal((await town.put('/api/livelihood/population/figures', { ...q2, value: 40_300, version: 0 })).statusCode, 200);
    const seen = (await leader.get(`/api/livelihood/population/${Y}`)).json().towns.find((w: { id: number }) => w.id === mc).figures[1];
    assert.equal((await town.put('/api/livelihood/population/figures', { ...q2, value: 40_310, version: seen.version })).statusCode, 200);
    assert.equal(errCode(await town.put('/api/livelihood/population/figures', { ...q2, value: 40_320, version: seen.version })), 'record.stale');
    assert.equal(errCode(await town.put('/api/livelihood/population/figures', { ...q2, value: 40_330, version: 0 })), 'record.stale');
    const stored = await t.ctx.db.selectFrom('popFigures').select('value').where('year', '=', Y).where('quarter', '=', 2).where('townId', '=', mc).executeTakeFirstOrThrow();
    assert.equal(stored.value, 40_310);
  });
});

describe('demo and cockpit', () => {
  it('the demo has the district among 16, towns behind on 疏整促 and towns over their cap', async () => {
    const idx = (await leader.get('/api/livelihood/index/2023')).json();
    assert.equal(idx.self.of, 16);
    assert.equal(idx.districts.length, 16);
    const behind = (await leader.get('/api/livelihood/szc/2023/behind')).json();
    const codes = (ids: number[]) => t.ctx.db.selectFrom('orgUnits').select('code').where('id', 'in', ids).execute().then((r) => r.map((x) => x.code).sort());
    assert.deepEqual(await codes(behind.items.map((w: { id: number }) => w.id)), [...DEMO_SZC_BEHIND].sort());
    const over = (await leader.get('/api/livelihood/population/2023/over')).json();
    assert.deepEqual(await codes(over.items.map((w: { id: number }) => w.id)), [...DEMO_POP_OVER].sort());
    const pop = (await leader.get('/api/livelihood/population/2023')).json();
    assert.equal(pop.splitSum, pop.plan.districtCap);
  });

  it('every tile with an api equals the total that GET answers; the rank tile equals the index rank', async () => {
    const u = await t.ctx.db.selectFrom('users').select(['id', 'username', 'displayName', 'role', 'orgId']).where('username', '=', 'leader').executeTakeFirstOrThrow();
    const tiles = await livelihoodCockpit.tiles(t.ctx, { userId: u.id, username: u.username, displayName: u.displayName, role: 'leader', orgId: u.orgId, orgPath: null, ip: null });
    // 2031 has the newest 疏整促 and population plans (made above); the index's newest computable year is 2030
    assert.deepEqual(tiles.map((x) => x.key), ['livelihood.index_rank', 'livelihood.weak_indicators', 'livelihood.szc_behind', 'livelihood.population_over']);
    for (const tile of tiles) {
      if (!tile.api) continue;
      const r = await leader.get(tile.api);
      assert.equal(r.statusCode, 200, tile.api);
      assert.equal(tile.value, r.json().total, tile.key);
    }
    const rank = tiles[0];
    assert.equal(rank.api, undefined);
    assert.equal(rank.value, (await leader.get('/api/livelihood/index/2030')).json().self.rank);
  });

  it('lists what waits for review for the division and what was returned to a town', async () => {
    const actorOf = async (username: string) => {
      const u = await t.ctx.db.selectFrom('users').innerJoin('orgUnits', 'orgUnits.id', 'users.orgId').select(['users.id', 'username', 'displayName', 'role', 'orgId', 'orgUnits.path']).where('username', '=', username).executeTakeFirstOrThrow();
      return { userId: u.id, username: u.username, displayName: u.displayName, role: u.role as 'division_staff', orgId: u.orgId, orgPath: u.path, ip: null };
    };
    const submitted = Number((await t.ctx.db.selectFrom('szcReports').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'submitted').executeTakeFirstOrThrow()).n);
    const staffWork = await livelihoodCockpit.myWork!(t.ctx, await actorOf('staff'));
    assert.equal(staffWork.find((w) => w.key === 'livelihood.szc_to_review')!.count, submitted);
    // return one of 庙城's October reports: it shows up for town, not for town2
    const mc = await t.orgId('T-MIAOCHENG');
    const oct = await t.ctx.db.selectFrom('szcReports').select('id').where('townId', '=', mc).where('period', '=', '2023-10').executeTakeFirstOrThrow();
    assert.equal((await staff.post('/api/livelihood/szc/reports/review', { ids: [oct.id], action: 'return', reason: '请附照片' })).json().reviewed, 1);
    assert.equal((await livelihoodCockpit.myWork!(t.ctx, await actorOf('town'))).find((w) => w.key === 'livelihood.szc_returned')!.count, 1);
    assert.equal((await livelihoodCockpit.myWork!(t.ctx, await actorOf('town2'))).find((w) => w.key === 'livelihood.szc_returned')!.count, 0);
  });

  it('refuses anonymous callers', async () => {
    assert.equal((await t.client().get('/api/livelihood/index/2023')).statusCode, 401);
    assert.equal((await t.client().put('/api/livelihood/values', { year: 2023, items: [] })).statusCode, 401);
  });
});
