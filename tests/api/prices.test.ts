// Price work through the HTTP API: averages, 环比/同比 and the group index against a fixture worked by
// hand; every injected spike of the demo raises an alert and nothing else does; entry rules (price > 0,
// a jump needs a confirmed note, a collector's own points only, no future dates, approved days locked);
// the all-or-nothing import; the holiday report and a certification conclusion as .docx.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';
import { buildWorkbook } from '../../server/platform/xlsx.ts';
import { quoteSheet } from '../../server/modules/prices/prices-documents.service.ts';
import { DEMO_SPIKES } from '../../server/demo/prices.ts';
import { addDays } from '../../common/periods.ts';

let t: TestApp;
let staff: Client;
let town: Client;
let town2: Client;
let leader: Client;
before(async () => {
  t = await createTestApp({ seed: 'all', prices: true });
  [staff, town, town2, leader] = await Promise.all(['staff', 'town', 'town2', 'leader'].map((u) => t.as(u)));
});
after(async () => { await t.close(); });

const docXml = (buf: Buffer) => {
  const f = path.join(os.tmpdir(), `tc-price-${process.pid}-${Date.now()}.docx`);
  fs.writeFileSync(f, buf);
  try {
    return { files: execFileSync('unzip', ['-Z1', f], { encoding: 'utf8' }), xml: execFileSync('unzip', ['-p', f, 'word/document.xml'], { encoding: 'utf8' }) };
  } finally {
    fs.rmSync(f, { force: true });
  }
};

describe('price analysis on a fixture', () => {
  let A: number;
  let B: number;
  let points: number[];
  before(async () => {
    A = (await staff.post('/api/prices/commodities', { code: 'FX-A', name: '测试菜A', unit: '元/千克', group: '蔬菜', weight: 2, risePct: 20, fallPct: 20 })).json().id;
    B = (await staff.post('/api/prices/commodities', { code: 'FX-B', name: '测试菜B', unit: '元/千克', group: '蔬菜', weight: 1, risePct: 20, fallPct: 20 })).json().id;
    const townUser = (await t.ctx.db.selectFrom('users').select('id').where('username', '=', 'town').executeTakeFirstOrThrow()).id;
    points = [];
    for (const k of [1, 2, 3]) points.push((await staff.post('/api/prices/points', { code: `FX-P${k}`, name: `测试点${k}`, type: '超市', collectorIds: k < 3 ? [townUser] : [] })).json().id);
    const put = async (date: string, a: number[], b: number[]) => {
      for (const [i, p] of points.entries()) {
        const r = await staff.put('/api/prices/quotes', { pointId: p, date, quotes: [{ commodityId: A, price: a[i] }, { commodityId: B, price: b[i] }] });
        assert.equal(r.statusCode, 200, r.body);
      }
    };
    await put('2022-06-01', [5, 5, 5], [8, 8, 8]); // the base year: A 5.00, B 8.00
    await put('2023-03-14', [5, 5, 5], [8, 8, 8]); // a year before
    for (let d = '2024-03-01'; d <= '2024-03-07'; d = addDays(d, 1)) await put(d, [6, 6, 6], [10, 10.2, 10.4]);
    for (let d = '2024-03-08'; d <= '2024-03-13'; d = addDays(d, 1)) await put(d, [6.6, 6.9, 7.2], [10, 10.2, 10.4]);
    await put('2024-03-14', [7.2, 7.5, 7.8], [10, 10.2, 10.4]);
  });

  it('averages the points, computes 日环比, 周环比 and 同比, and the fixed-weight index by hand', async () => {
    const o = (await leader.get('/api/prices/overview?date=2024-03-14')).json();
    const a = o.items.find((i: { code: string }) => i.code === 'FX-A');
    const b = o.items.find((i: { code: string }) => i.code === 'FX-B');
    assert.equal(a.price, 7.5); // (7.2 + 7.5 + 7.8) / 3
    assert.equal(a.dayChangePct, 8.7); // 7.5 / 6.9 − 1
    assert.equal(a.weekChangePct, 16.5); // (6.9 × 6 + 7.5) / 7 = 6.99 against 6.00
    assert.equal(a.yoyPct, 50); // 7.5 / 5.0 − 1
    assert.equal(b.price, 10.2);
    assert.equal(b.yoyPct, 27.5); // 10.2 / 8 − 1
    assert.equal(a.ruleAlert, null, '16.5% is under the 20% threshold');
    const veg = o.groups.find((g: { group: string }) => g.group === '蔬菜');
    assert.equal(veg.index, 142.5); // (2 × 7.5/5 + 1 × 10.2/8) / 3 × 100
  });

  it('alerts when a threshold is crossed, and the commodity then reports daily', async () => {
    assert.equal((await staff.put(`/api/prices/commodities/${A}/threshold`, { risePct: 15, fallPct: 15 })).statusCode, 200);
    const scan = await staff.post('/api/prices/alerts/scan', { date: '2024-03-14' });
    assert.equal(scan.json().opened, 1, scan.body);
    const alert = (await leader.get('/api/prices/alerts?status=open')).json().items.find((x: { commodityId: number }) => x.commodityId === A);
    assert.deepEqual([alert.kind, alert.level, alert.value], ['rule', 'yellow', 16.5]);
    assert.equal((await staff.post('/api/prices/alerts/scan', { date: '2024-03-14' })).json().opened, 0, 'a day is not alerted twice');
    const form = (await town.get(`/api/prices/form?pointId=${points[0]}&date=2024-03-15`)).json();
    const row = form.items.find((i: { commodityId: number }) => i.commodityId === A);
    assert.deepEqual([row.dailyReporting, row.lastPrice, row.lastDate], [true, 7.2, '2024-03-14']);
    const notes = (await staff.get('/api/notifications')).json();
    assert.ok(JSON.stringify(notes).includes('价格预警'), 'the price division is told');
  });

  it('refuses a zero price, an unconfirmed jump, another point, a future date, and a locked day', async () => {
    assert.equal((await town.put('/api/prices/quotes', { pointId: points[0], date: '2024-03-15', quotes: [{ commodityId: A, price: 0 }] })).statusCode, 400);
    const jump = await town.put('/api/prices/quotes', { pointId: points[0], date: '2024-03-15', quotes: [{ commodityId: A, price: 72 }] });
    assert.equal(errCode(jump), 'price.jump_unconfirmed');
    assert.match(jump.json().error.message, /7\.2/);
    const noNote = await town.put('/api/prices/quotes', { pointId: points[0], date: '2024-03-15', quotes: [{ commodityId: A, price: 72, confirmJump: true }] });
    assert.equal(errCode(noNote), 'price.jump_unconfirmed', 'confirmation needs a note');
    assert.equal((await town.put('/api/prices/quotes', { pointId: points[0], date: '2024-03-15', quotes: [{ commodityId: A, price: 8.1, note: '' }] })).statusCode, 200);
    assert.equal(errCode(await town.put('/api/prices/quotes', { pointId: points[2], date: '2024-03-15', quotes: [{ commodityId: A, price: 8.1 }] })), 'price.not_collector');
    assert.equal(errCode(await town2.put('/api/prices/quotes', { pointId: points[0], date: '2024-03-15', quotes: [{ commodityId: A, price: 8.1 }] })), 'price.not_collector');
    const tomorrow = new Date(Date.now() + 2 * 86400_000).toISOString().slice(0, 10);
    assert.equal(errCode(await town.put('/api/prices/quotes', { pointId: points[0], date: tomorrow, quotes: [{ commodityId: A, price: 8.1 }] })), 'price.future_date');
    assert.equal((await staff.post('/api/prices/approve', { date: '2024-03-15' })).json().approved, 1);
    assert.equal(errCode(await town.put('/api/prices/quotes', { pointId: points[0], date: '2024-03-15', quotes: [{ commodityId: A, price: 8.2 }] })), 'price.locked');
  });

  it('imports a day sheet whole or not at all, naming the bad row', async () => {
    const rows = [
      { point: 'FX-P1', commodity: 'FX-A', date: '2024-03-16', price: 8.0, unit: '元/千克' },
      { point: 'FX-P2', commodity: 'FX-B', date: '2024-03-16', price: 10.3, unit: '元/500克' },
    ];
    const bad = await town.upload('/api/prices/import', await buildWorkbook(quoteSheet, rows));
    assert.equal(errCode(bad), 'import.invalid_rows');
    assert.deepEqual(bad.json().error.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[3, '计量单位']]);
    assert.equal((await t.ctx.db.selectFrom('priceQuotes').select('id').where('date', '=', '2024-03-16').execute()).length, 0);
    const badDate = await town.upload('/api/prices/import', await buildWorkbook(quoteSheet, [{ ...rows[0], date: '2024-02-30' }]));
    assert.equal(errCode(badDate), 'import.invalid_rows', 'an impossible date is named, not stored');
    assert.equal(badDate.json().error.details.errors[0].column, '日期');
    const ok = await town.upload('/api/prices/import', await buildWorkbook(quoteSheet, [rows[0], { ...rows[1], unit: '元/千克' }]));
    assert.deepEqual(ok.json(), { imported: 2 });
  });
});

describe('demo alerts', () => {
  it('raises an alert for every injected spike and for nothing else', async () => {
    const alerts = (await leader.get('/api/prices/alerts?to=2023-12-31&from=2022-01-01')).json().items as { date: string; name: string; commodityId: number }[];
    const codes = new Map((await t.ctx.db.selectFrom('priceCommodities').select(['id', 'code']).execute()).map((c) => [c.id, c.code]));
    const inSpike = (a: { date: string; commodityId: number }) => DEMO_SPIKES.some((s) => s.code === codes.get(a.commodityId) && a.date >= addDays(s.from, -7) && a.date <= addDays(s.to, 14));
    assert.deepEqual(alerts.filter((a) => !inSpike(a)).map((a) => `${a.date} ${a.name}`), [], 'alerts outside the injected spikes');
    for (const s of DEMO_SPIKES) assert.ok(alerts.some((a) => codes.get(a.commodityId) === s.code), `spike ${s.code} ${s.from} caught`);
    console.log(`prices: ${alerts.length} demo alerts, all on the ${DEMO_SPIKES.length} injected spikes`);
  });
});

describe('reports and certification', () => {
  it('writes the holiday report inside its window only, and the daily brief', async () => {
    const w = (await leader.get('/api/prices/catalogue')).json().windows.find((x: { name: string }) => x.name === '2023年国庆节');
    assert.equal(errCode(await leader.get(`/api/prices/windows/${w.id}/report.docx?date=2023-10-15`)), 'price.outside_window');
    const r = await leader.get(`/api/prices/windows/${w.id}/report.docx?date=2023-10-03`);
    assert.equal(r.statusCode, 200, r.body);
    const { files, xml } = docXml(r.rawPayload);
    assert.match(files, /word\/media\//);
    assert.match(xml, /国庆节期间重要商品价格监测报告/);
    const brief = await leader.get('/api/prices/brief.docx?date=2023-06-20&kind=weekly');
    assert.equal(brief.statusCode, 200);
    assert.match(docXml(brief.rawPayload).xml, /价格监测周报/);
    const xlsx = await leader.get('/api/prices/export.xlsx?from=2023-06-19&to=2023-06-20');
    assert.equal(xlsx.statusCode, 200);
  });

  it('walks a case to its conclusion, refusing skipped stages and a conclusion without a method', async () => {
    const c = await staff.post('/api/cert-cases', { requesterOrg: '怀柔公安分局龙山派出所', requesterType: '公安', receivedOn: '2023-11-02', baseDate: '2023-10-28', items: [{ name: '电动自行车', spec: '示例款', quantity: 1 }] });
    assert.equal(c.statusCode, 201, c.body);
    let k = c.json();
    assert.match(k.caseNo, /^怀价认〔2023〕\d+号$/);
    const step = async (body: Record<string, unknown>) => staff.post(`/api/cert-cases/${k.id}/action`, { version: k.version, ...body });
    assert.equal(errCode(await step({ action: 'conclude', method: '市场法', resultYuan: 1000 })), 'cert.bad_transition');
    for (const action of ['accept', 'investigate', 'calculate', 'review']) k = (await step({ action })).json();
    assert.ok(k.dueOn, 'the deadline runs from acceptance');
    assert.equal(errCode(await step({ action: 'conclude' })), 'cert.method_required');
    k = (await step({ action: 'conclude', method: '市场法', resultYuan: 1850 })).json();
    const doc = await leader.get(`/api/cert-cases/${k.id}/conclusion.docx`);
    assert.equal(doc.statusCode, 200);
    assert.match(docXml(doc.rawPayload).xml, /人民币1,850元/);
    k = (await step({ action: 'deliver' })).json();
    assert.equal(errCode(await step({ action: 'terminate' })), 'cert.delivered_locked');
    assert.equal((await town.get('/api/cert-cases')).statusCode, 403, 'certification cases are restricted');
    const found = (await leader.get(`/api/cert-cases?q=${encodeURIComponent('龙山派出所')}`)).json().items;
    assert.equal(found.length, 1);
  });

  it('refuses a base date after receipt', async () => {
    const bad = await staff.post('/api/cert-cases', { requesterOrg: 'x', requesterType: '公安', receivedOn: '2023-11-02', baseDate: '2023-11-05', items: [{ name: 'x', quantity: 1 }] });
    assert.equal(bad.statusCode, 400);
  });
});
