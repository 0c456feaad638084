// The plan as a spreadsheet (lossless round trip, update by code, change report, all-or-nothing) and the
// documents: the monthly 督办通报 and the assessment as .docx / .xlsx.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createTestApp, errCode, type Client, type TestApp } from '../support/app.ts';

let t: TestApp;
let staff: Client;
before(async () => {
  t = await createTestApp({ seed: 'all' });
  staff = await t.as('staff');
});
after(async () => { await t.close(); });

async function sheetOf(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return { wb, ws: wb.worksheets[0] };
}
const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map(String);

/** document.xml of a .docx, read with the system unzip. */
function docxText(buf: Buffer): string {
  const f = path.join(os.tmpdir(), `tc-${process.pid}-${Date.now()}.docx`);
  fs.writeFileSync(f, buf);
  try {
    return execFileSync('unzip', ['-p', f, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    fs.rmSync(f, { force: true });
  }
}

describe('plan xlsx round trip', () => {
  it('re-importing the export unchanged changes nothing, and edits are reported by code and field', async () => {
    const exp = await staff.get('/api/plan/2023/export');
    assert.equal(exp.statusCode, 200);
    const same = await staff.upload('/api/plan/2023/import', exp.rawPayload);
    assert.equal(same.statusCode, 200, same.body);
    const total = (await staff.get('/api/plan/2023/tasks?pageSize=1')).json().total;
    assert.deepEqual(same.json(), { created: [], updated: [], unchanged: total });

    const { wb, ws } = await sheetOf(exp.rawPayload);
    const cols = header(ws);
    const c = (name: string) => cols.indexOf(name) + 1;
    const row2 = ws.getRow(2);
    const code = String(row2.getCell(c('任务编号')).value);
    row2.getCell(c('权重')).value = 9;
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    const start = iso(row2.getCell(c('开始日期')).value);
    const due = iso(row2.getCell(c('完成时限')).value);
    row2.getCell(c('节点')).value = `方案印发｜${start}｜20%｜实施方案\n中期评估｜${due}｜50%｜评估报告`;
    const added = ws.addRow([]);
    const src = ws.getRow(3);
    for (let i = 1; i <= cols.length; i++) added.getCell(i).value = src.getCell(i).value;
    added.getCell(c('任务编号')).value = '2023-NEW-01';
    added.getCell(c('任务名称')).value = '离线新增的任务';
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await staff.upload('/api/plan/2023/import', edited);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().created, ['2023-NEW-01']);
    const upd = res.json().updated.find((u: { code: string }) => u.code === code);
    assert.deepEqual(upd.fields.sort(), ['权重', '节点'].sort());
    const task = (await staff.get(`/api/plan/2023/tasks?q=${encodeURIComponent(code)}`)).json().items[0];
    const detail = (await staff.get(`/api/plan/tasks/${task.id}`)).json();
    assert.equal(detail.weight, 9);
    assert.deepEqual(detail.milestones.map((m: { plannedPct: number }) => m.plannedPct), [20, 50]);
  });

  it('refuses a file with one bad row, naming row and column, and imports none of it', async () => {
    const { wb, ws } = await sheetOf((await staff.get('/api/plan/2023/export')).rawPayload);
    const cols = header(ws);
    ws.getRow(2).getCell(cols.indexOf('任务名称') + 1).value = '本行本应被更新';
    ws.getRow(4).getCell(cols.indexOf('牵头单位编码') + 1).value = 'NO-SUCH-UNIT';
    ws.getRow(5).getCell(cols.indexOf('节点') + 1).value = '坏节点｜2023-13-01';
    const before = await t.ctx.db.selectFrom('tasks').select(['code', 'title', 'version']).orderBy('code').execute();
    const res = await staff.upload('/api/plan/2023/import', Buffer.from(await wb.xlsx.writeBuffer()));
    assert.equal(res.statusCode, 400);
    assert.equal(errCode(res), 'import.invalid_rows');
    const errors = res.json().error.details.errors;
    assert.ok(errors.some((e: { row: number; column: string }) => e.row === 5 && e.column === '节点'), JSON.stringify(errors));
    assert.deepEqual(await t.ctx.db.selectFrom('tasks').select(['code', 'title', 'version']).orderBy('code').execute(), before);
  });
});

describe('documents', () => {
  it('writes the monthly 督办通报 as an official .docx naming the units that did not report', async () => {
    const res = await staff.get('/api/plan/2023/report.docx?month=2023-10');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /wordprocessingml/);
    const xml = docxText(res.rawPayload);
    assert.match(xml, /关于2023年10月重点工作推进情况的通报/);
    assert.match(xml, /红灯/);
    assert.match(xml, /未在2023年10月25日前报送/);
    assert.match(xml, /方正小标宋简体/);
    const missing = (await staff.get('/api/plan/2023/dashboard')).json().missingReports[0];
    assert.ok(xml.includes(missing.leadUnitName), 'a unit with a missing report is named');
    assert.equal((await staff.get('/api/plan/2023/report.docx?month=2023-13')).statusCode, 400);
    const audited = await t.ctx.db.selectFrom('auditLog').select('afterJson').where('action', '=', 'document.download').execute();
    assert.ok(audited.some((a) => a.afterJson?.includes('monthly_bulletin')));
  });

  it('exports the assessment as xlsx with every explanation, and as a .docx notice', async () => {
    const x = await staff.get('/api/plan/2023/assessment.xlsx');
    assert.equal(x.statusCode, 200);
    const { ws } = await sheetOf(x.rawPayload);
    const a = (await staff.get('/api/plan/2023/assessment')).json();
    assert.equal(ws.actualRowCount - 1, a.units.length);
    assert.equal(String(ws.getRow(2).getCell(2).value), a.units[0].unitName);
    const d = await staff.get('/api/plan/2023/assessment.docx');
    assert.equal(d.statusCode, 200);
    const xml = docxText(d.rawPayload);
    assert.match(xml, /年度重点工作考核结果的通报/);
    assert.ok(xml.includes(a.units[0].unitName));
  });
});
