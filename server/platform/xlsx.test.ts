import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { buildTemplate, buildWorkbook, invalidRowsError, maxReportedRowErrors, parseImport, type ImportRowError, type SheetSpec } from './xlsx.ts';

const MiB = 1024 * 1024;
const stages = ['前期', '新开工', '续建'] as const;

const spec = {
  sheetName: '项目',
  columns: [
    { key: 'code', header: '项目编号', required: true, example: 'XM-001' },
    { key: 'name', header: '项目名称', required: true },
    { key: 'investment', header: '总投资（万元）', kind: 'number', note: '单位：万元' },
    { key: 'count', header: '数量', kind: 'integer' },
    { key: 'start', header: '开工日期', kind: 'date' },
    { key: 'stage', header: '阶段', kind: 'enum', values: stages, required: true },
    { key: 'key', header: '是否重点', kind: 'boolean' },
    { key: 'units', header: '配合单位', kind: 'list' },
  ],
  row: z.object({
    code: z.string().max(20),
    name: z.string().max(10),
    investment: z.number().min(0).optional(),
    count: z.int().min(0).optional(),
    start: z.iso.date().optional(),
    stage: z.enum(stages),
    key: z.boolean().optional(),
    units: z.array(z.string()).optional(),
  }),
} satisfies SheetSpec;

const opts = { maxBytes: 5 * MiB, maxRows: 1000 };
const headers = spec.columns.map((c) => c.header);

/** Runs fn and returns the AppError it throws (fails the test on anything else). */
async function appError(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (e) {
    assert.ok(e instanceof AppError, `expected AppError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected an AppError');
}

/** A workbook written by exceljs (the reference writer) with the given rows under the given header. */
async function sheetOf(rows: ExcelJS.CellValue[][], opt: { sheetName?: string; before?: string[] } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const name of opt.before ?? []) wb.addWorksheet(name).addRow(['别的表']);
  const ws = wb.addWorksheet(opt.sheetName ?? spec.sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Values of row r, columns 1..n, with empty cells as null. */
function rowValues(ws: ExcelJS.Worksheet, r: number, n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => ws.getRow(r).getCell(i + 1).value ?? null);
}

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

// ---------------------------------------------------------------- a tiny zip writer for hostile files

type ZipPart = { name: string; data: Buffer | string; store?: boolean; declaredSize?: number };

function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = typeof p.data === 'string' ? Buffer.from(p.data) : p.data;
    const body = p.store ? raw : zlib.deflateRawSync(raw);
    const size = p.declaredSize ?? raw.length;
    const name = Buffer.from(p.name);
    const crc = zlib.crc32(raw);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0x0800, 6); lh.writeUInt16LE(p.store ? 0 : 8, 8);
    lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(body.length, 18); lh.writeUInt32LE(size, 22); lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0x0800, 8); ch.writeUInt16LE(p.store ? 0 : 8, 10);
    ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(body.length, 20); ch.writeUInt32LE(size, 24); ch.writeUInt16LE(name.length, 28); ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    central.push(ch, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(parts.length, 8); eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(cd.length, 12); eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A hand-made minimal xlsx, to test SpreadsheetML features exceljs does not write. */
function handMadeXlsx(o: { sheetData: string; sharedStrings?: string; styles?: string; date1904?: boolean; prefix?: string; sheetPart?: Partial<ZipPart> }): Buffer {
  const x = o.prefix ? `${o.prefix}:` : '';
  const xmlns = o.prefix ? `xmlns:${o.prefix}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : NS;
  return zip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `<workbook ${NS}>${o.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="项目" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>` },
    { name: 'xl/sharedStrings.xml', data: `<sst ${NS}>${o.sharedStrings ?? ''}</sst>` },
    { name: 'xl/styles.xml', data: `<styleSheet ${NS}>${o.styles ?? ''}</styleSheet>` },
    { name: 'xl/worksheets/sheet1.xml', data: `<${x}worksheet ${xmlns}><${x}sheetData>${o.sheetData}</${x}sheetData></${x}worksheet>`, ...o.sheetPart },
  ]);
}

const headerRowXml = `<row r="1">${headers.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;

// ---------------------------------------------------------------- template

describe('xlsx buildTemplate', () => {
  it('writes a styled header, widths, drop-downs and a 说明 sheet', async () => {
    const wb = await load(await buildTemplate(spec, { maxRows: 200 }));
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['项目', '说明']);
    const ws = wb.getWorksheet('项目')!;
    assert.deepEqual(rowValues(ws, 1, 8), headers);
    assert.equal(ws.rowCount, 1, 'no sample row in the data sheet');
    assert.equal(ws.getCell('A1').font.bold, true);
    assert.equal(ws.getCell('A1').font.color?.argb, 'FFC00000', 'required header is red');
    assert.equal(ws.getCell('C1').font.color?.argb, undefined, 'optional header is not red');
    assert.equal(ws.getColumn(1).width, 12);
    assert.equal(ws.views[0].state, 'frozen');
    assert.equal(ws.getColumn(1).numFmt, '@', 'text columns keep leading zeros');
    assert.equal(ws.getColumn(5).numFmt, 'yyyy-mm-dd');
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    assert.deepEqual(dv['F2'].formulae, ['"前期,新开工,续建"'], 'enum drop-down');
    assert.deepEqual(dv['G200'].formulae, ['"是,否"'], 'boolean drop-down reaches maxRows + 1');
    assert.equal(dv['G202'], undefined);

    const notes = wb.getWorksheet('说明')!;
    assert.deepEqual(rowValues(notes, 1, 6), ['列名', '是否必填', '格式', '可选值', '示例', '说明']);
    assert.deepEqual(rowValues(notes, 2, 6), ['项目编号', '必填', '文本', null, 'XM-001', null]);
    assert.deepEqual(rowValues(notes, 4, 6), ['总投资（万元）', '选填', '数字', null, null, '单位：万元']);
    assert.deepEqual(rowValues(notes, 6, 3), ['开工日期', '选填', '日期，如 2023-03-15（也可用 Excel 日期格式）']);
    assert.deepEqual(rowValues(notes, 7, 4), ['阶段', '必填', '从下拉列表中选择', '前期、新开工、续建']);
    assert.deepEqual(rowValues(notes, 8, 4), ['是否重点', '选填', '填“是”或“否”', '是、否']);
    const text = notes.getSheetValues().flat().join('\n');
    assert.match(text, /最多 200 行/);
  });

  it('moves a long or comma-containing value list to a hidden sheet', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `怀柔区第${i}个单位`);
    const wb = await load(await buildTemplate({ ...spec, columns: [{ key: 'u', header: '单位', kind: 'enum', values: many }] }));
    const hidden = wb.getWorksheet('_lists')!;
    assert.equal(hidden.state, 'veryHidden');
    assert.equal(hidden.getCell('A60').value, '怀柔区第59个单位');
    const dv = (wb.getWorksheet('项目') as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    assert.deepEqual(dv['A2'].formulae, ["'_lists'!$A$1:$A$60"]);
  });
});

// ---------------------------------------------------------------- round trips

describe('xlsx round trips', () => {
  it('imports a filled-in template (template → fill → import)', async () => {
    const wb = await load(await buildTemplate(spec));
    const ws = wb.getWorksheet('项目')!;
    ws.addRow(['XM-001', '科学城道路', 1234.5, 3, new Date(Date.UTC(2023, 2, 15)), '新开工', '是', '区住建委、怀柔镇']);
    ws.addRow([' 007 ', '庙城园区', '1,200', '12', '2023/3/5', '前期', '否', '甲, 乙；丙']);
    ws.addRow([]); // a blank line in the middle is skipped
    ws.addRow(['XM-003', '北房学校', null, null, '2023年10月1日', '续建', null, null]);
    const res = await parseImport(spec, Buffer.from(await wb.xlsx.writeBuffer()), opts);
    assert.deepEqual(res.rows, [
      { code: 'XM-001', name: '科学城道路', investment: 1234.5, count: 3, start: '2023-03-15', stage: '新开工', key: true, units: ['区住建委', '怀柔镇'] },
      { code: '007', name: '庙城园区', investment: 1200, count: 12, start: '2023-03-05', stage: '前期', key: false, units: ['甲', '乙', '丙'] },
      { code: 'XM-003', name: '北房学校', start: '2023-10-01', stage: '续建' },
    ]);
    assert.deepEqual(res.rowNumbers, [2, 3, 5]);
    assert.equal(res.sheetName, '项目');
  });

  it('re-imports its own export unchanged (export → import identity)', async () => {
    const rows = [
      { code: 'A-1', name: '科学城 & <路>', investment: 0.0001, count: 0, start: '2024-02-29', stage: '续建', key: false, units: ['怀柔镇'] },
      { code: '001', name: '"引号"', investment: 98765432.1, count: 42, start: '1999-12-31', stage: '前期', key: true, units: ['a', 'b', 'c'] },
      { code: 'only-required', name: '最少', stage: '新开工' },
      { code: 'x'.repeat(20), name: '换行\n第二行', investment: -0 + 5, stage: '前期', units: [] as string[] },
    ];
    const res = await parseImport(spec, await buildWorkbook(spec, rows), opts);
    const expected = rows.map((r) => {
      const { units, ...rest } = r;
      return units && units.length ? { ...rest, units } : rest; // an empty list exports as an empty cell
    });
    assert.deepEqual(res.rows, expected);
    assert.deepEqual(res.rowNumbers, [2, 3, 4, 5]);
  });

  it('writes the export with real date cells and the header style', async () => {
    const wb = await load(await buildWorkbook(spec, [{ code: 'A', name: 'B', start: '2023-03-15', stage: '前期', key: true, units: ['x', 'y'] }]));
    const ws = wb.getWorksheet('项目')!;
    assert.deepEqual(rowValues(ws, 1, 8), headers);
    assert.equal(ws.getCell('A1').font.bold, true);
    const start = ws.getCell('E2').value;
    assert.ok(start instanceof Date);
    assert.equal(start.toISOString(), '2023-03-15T00:00:00.000Z');
    assert.equal(ws.getCell('E2').numFmt, 'yyyy-mm-dd');
    assert.equal(ws.getCell('G2').value, '是');
    assert.equal(ws.getCell('H2').value, 'x、y');
  });

  it('matches headers in any order, ignores extra columns, skips a title row above the header', async () => {
    const buf = await sheetOf([
      ['2023年重大项目台账'],
      ['备注', '阶段', '项目名称', '项目编号'],
      ['随便写', '续建', '学校', 'X1'],
    ]);
    const res = await parseImport(spec, buf, opts);
    assert.deepEqual(res.rows, [{ code: 'X1', name: '学校', stage: '续建' }]);
    assert.deepEqual(res.rowNumbers, [3]);
  });

  it('accepts headers with stray spaces, a * marker or （必填）, and aliases', async () => {
    const aliased = { ...spec, columns: spec.columns.map((c) => (c.key === 'name' ? { ...c, aliases: ['Project name'] } : c)) };
    const buf = await sheetOf([[' 项目 编号 ', 'Project name', '*阶段'], ['X1', 'n', '前期']]);
    assert.deepEqual((await parseImport(aliased, buf, opts)).rows, [{ code: 'X1', name: 'n', stage: '前期' }]);
    const buf2 = await sheetOf([['项目编号（必填）', '项目名称', '阶段'], ['X1', 'n', '前期']]);
    assert.deepEqual((await parseImport(spec, buf2, opts)).rows, [{ code: 'X1', name: 'n', stage: '前期' }]);
  });

  it('reads the sheet named in the spec even when it is not first, else the first sheet', async () => {
    const buf = await sheetOf([['项目编号', '项目名称', '阶段'], ['X1', 'n', '前期']], { before: ['说明'] });
    assert.equal((await parseImport(spec, buf, opts)).sheetName, '项目');
    const other = await sheetOf([['项目编号', '项目名称', '阶段'], ['X2', 'n', '前期']], { sheetName: 'Sheet1' });
    const res = await parseImport(spec, other, opts);
    assert.equal(res.sheetName, 'Sheet1');
    assert.equal(res.rows[0].code, 'X2');
  });
});

// ---------------------------------------------------------------- cell values

describe('xlsx cell values', () => {
  it('uses the cached result of a formula and treats a formula without one as empty', async () => {
    const buf = await sheetOf([
      ['项目编号', '项目名称', '阶段', '总投资（万元）', '数量'],
      ['X1', { formula: 'CONCATENATE("科学","城")', result: '科学城' }, '前期', { formula: 'D3*2', result: 20 }, { formula: 'E3+1' }],
      ['X2', 'n', '前期', 10, 4],
    ]);
    const res = await parseImport(spec, buf, opts);
    assert.deepEqual(res.rows[0], { code: 'X1', name: '科学城', stage: '前期', investment: 20 });
  });

  it('reads rich text, a date cell in a text column, and numbers in a text column', async () => {
    const buf = await sheetOf([
      ['项目编号', '项目名称', '阶段'],
      [12345, { richText: [{ text: '科学' }, { font: { bold: true }, text: '城' }] }, '前期'],
      [new Date(Date.UTC(2023, 0, 2)), 'n', '前期'],
    ]);
    const res = await parseImport(spec, buf, opts);
    assert.deepEqual(res.rows, [{ code: '12345', name: '科学城', stage: '前期' }, { code: '2023-01-02', name: 'n', stage: '前期' }]);
  });

  it('handles shared strings with phonetic runs, entities, _x000D_, inline strings, booleans and custom date formats', async () => {
    const buf = handMadeXlsx({
      sharedStrings: '<si><r><t>怀柔</t></r><r><rPr><b/></rPr><t xml:space="preserve">区 </t></r><rPh sb="0" eb="2"><t>huairou</t></rPh></si><si><t>A&amp;B&#x4E00;_x000D_</t></si><si><t/></si>',
      // xf 1: custom 年月日 format; xf 2: built-in 14 (date); xf 3: built-in 31 (zh date); xf 4: a number format
      styles: '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="#,##0.00&quot;万元&quot;"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14" applyNumberFormat="1"></xf><xf numFmtId="31"/><xf numFmtId="165"/></cellXfs>',
      sheetData: headerRowXml
        + '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="4"><v>1.5E+3</v></c><c r="E2" s="1"><v>45000</v></c><c r="F2" t="inlineStr"><is><t>前期</t></is></c><c r="G2" t="b"><v>1</v></c></row>'
        + '<row r="3"><c r="A3" t="str"><f>A2</f><v>公式&lt;值&gt;</v></c><c r="B3" t="s"><v>2</v></c><c r="E3" s="2"><v>45001.75</v></c><c r="F3" t="inlineStr"><is><r><t>新</t></r><r><t>开工</t></r></is></c><c r="G3" t="b"><v>0</v></c></row>'
        + '<row r="4"><c r="A4" t="inlineStr"><is><t>X4</t></is></c><c r="B4" t="inlineStr"><is><t>n</t></is></c><c r="E4" s="3"><v>45002</v></c><c r="F4" t="inlineStr"><is><t>续建</t></is></c></row>',
    });
    const res = await parseImport({ ...spec, row: spec.row.extend({ name: z.string().max(10).optional() }) }, buf, opts);
    assert.deepEqual(res.rows, [
      { code: '怀柔区', name: 'A&B一', investment: 1500, start: '2023-03-15', stage: '前期', key: true },
      { code: '公式<值>', start: '2023-03-16', stage: '新开工', key: false },
      { code: 'X4', name: 'n', start: '2023-03-17', stage: '续建' },
    ]);
  });

  it('reads the 1904 date system and rows/cells without r attributes', async () => {
    const buf = handMadeXlsx({
      date1904: true,
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
      sheetData: headerRowXml + '<row><c t="inlineStr"><is><t>X1</t></is></c><c t="inlineStr"><is><t>n</t></is></c><c/><c/><c s="1"><v>43538</v></c><c t="inlineStr"><is><t>前期</t></is></c></row>',
    });
    const res = await parseImport(spec, buf, opts);
    // 1904 system: serial 0 = 1904-01-01, so 43538 = 2023-03-15 (1462 days less than the 1900 serial 45000).
    assert.deepEqual(res.rows, [{ code: 'X1', name: 'n', start: '2023-03-15', stage: '前期' }]);
    assert.deepEqual(res.rowNumbers, [2]);
  });

  it('reads namespace-prefixed SpreadsheetML (x:row, x:c)', async () => {
    const buf = handMadeXlsx({
      prefix: 'x',
      sheetData: '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>项目编号</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>项目名称</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>阶段</x:t></x:is></x:c></x:row>'
        + '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>X1</x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>n</x:t></x:is></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>前期</x:t></x:is></x:c></x:row>',
    });
    assert.deepEqual((await parseImport(spec, buf, opts)).rows, [{ code: 'X1', name: 'n', stage: '前期' }]);
  });

  it('reads a sheet stored without compression', async () => {
    const buf = handMadeXlsx({ sheetData: `${headerRowXml}<row r="2"><c r="A2" t="inlineStr"><is><t>X1</t></is></c><c r="B2" t="inlineStr"><is><t>n</t></is></c><c r="F2" t="inlineStr"><is><t>前期</t></is></c></row>`, sheetPart: { store: true } });
    assert.deepEqual((await parseImport(spec, buf, opts)).rows, [{ code: 'X1', name: 'n', stage: '前期' }]);
  });
});

// ---------------------------------------------------------------- row errors

describe('xlsx per-row errors', () => {
  it('reports every bad cell with its Excel row, Chinese header and a Chinese reason', async () => {
    const buf = await sheetOf([
      headers,
      ['OK-1', '正常', 1, 1, '2023-01-01', '前期', '是', 'a'], // row 2 fine
      [null, '缺编号', 'abc', 1.5, '2023-02-30', '开工', '也许', null], // row 3: six problems
      ['OK-2', '名称超过十个字的项目名称', -1, -2, 2023, '续建', null, null], // row 4: four problems
      ['OK-3', '错误值', { formula: '1/0', result: { error: '#DIV/0!' } }, null, null, '前期', null, null], // row 5
    ]);
    const err = await appError(() => parseImport(spec, buf, opts));
    assert.equal(err.code, 'import.invalid_rows');
    assert.equal(err.status, 400);
    const errors = err.details!.errors as ImportRowError[];
    assert.deepEqual(errors, [
      { row: 3, column: '项目编号', reason: '必填' },
      { row: 3, column: '总投资（万元）', reason: '应为数字' },
      { row: 3, column: '数量', reason: '应为整数' },
      { row: 3, column: '开工日期', reason: '应为日期，如 2023-03-15' },
      { row: 3, column: '阶段', reason: '应为以下之一：前期、新开工、续建' },
      { row: 3, column: '是否重点', reason: '应为“是”或“否”' },
      { row: 4, column: '项目名称', reason: '不能超过 10 个字' },
      { row: 4, column: '总投资（万元）', reason: '不能小于 0' },
      { row: 4, column: '数量', reason: '不能小于 0' },
      { row: 4, column: '开工日期', reason: '应为日期，如 2023-03-15' },
      { row: 5, column: '总投资（万元）', reason: '单元格为错误值 #DIV/0!，请检查公式' },
    ]);
    assert.equal(err.details!.count, 11);
    assert.equal(err.message, '导入失败：11 处错误，未导入任何数据');
  });

  it('counts all errors but caps the list', async () => {
    const rows: ExcelJS.CellValue[][] = [headers];
    for (let i = 0; i < 600; i++) rows.push([`X${i}`, 'n', 'not a number', null, null, '前期']);
    const err = await appError(async () => parseImport(spec, await sheetOf(rows), opts));
    assert.equal(err.details!.count, 600);
    assert.equal((err.details!.errors as unknown[]).length, maxReportedRowErrors);
    assert.deepEqual((err.details!.errors as ImportRowError[])[499], { row: 501, column: '总投资（万元）', reason: '应为数字' });
  });

  it('invalidRowsError builds the same error for service-level checks', () => {
    const e = invalidRowsError(Array.from({ length: 501 }, (_, i) => ({ row: i + 2, column: '责任单位', reason: '单位不存在' })));
    assert.equal(e.code, 'import.invalid_rows');
    assert.equal(e.details!.count, 501);
    assert.equal((e.details!.errors as unknown[]).length, 500);
  });
});

// ---------------------------------------------------------------- structure errors

describe('xlsx refuses bad structure', () => {
  it('names missing required columns', async () => {
    const err = await appError(async () => parseImport(spec, await sheetOf([['项目编号', '备注'], ['X1', 'n']]), opts));
    assert.equal(err.code, 'import.missing_columns');
    assert.deepEqual(err.details, { columns: ['项目名称', '阶段'] });
  });

  it('names all required columns when no header is recognised', async () => {
    const err = await appError(async () => parseImport(spec, await sheetOf([['甲', '乙'], ['1', '2']]), opts));
    assert.equal(err.code, 'import.missing_columns');
    assert.deepEqual(err.details, { columns: ['项目编号', '项目名称', '阶段'] });
  });

  it('refuses duplicate headers', async () => {
    const err = await appError(async () => parseImport(spec, await sheetOf([['项目编号', '项目名称', '阶段', '项目编号'], ['X1', 'n', '前期', 'X2']]), opts));
    assert.equal(err.code, 'import.duplicate_columns');
    assert.deepEqual(err.details, { columns: ['项目编号'] });
  });

  const emptyCases: [string, ExcelJS.CellValue[][]][] = [
    ['a header without data', [['项目编号', '项目名称', '阶段']]],
    ['a header followed by blank rows', [['项目编号', '项目名称', '阶段'], [], [null, '  ', null]]],
    ['an empty sheet', []],
  ];
  for (const [name, rows] of emptyCases) {
    it(`refuses ${name} as import.empty`, async () => {
      assert.equal((await appError(async () => parseImport(spec, await sheetOf(rows), opts))).code, 'import.empty');
    });
  }

  it('refuses more than maxRows data rows, and accepts exactly maxRows (blank rows do not count)', async () => {
    const rows: ExcelJS.CellValue[][] = [['项目编号', '项目名称', '阶段']];
    for (let i = 0; i < 3; i++) rows.push([`X${i}`, 'n', '前期'], []);
    const buf = await sheetOf(rows);
    assert.equal((await parseImport(spec, buf, { ...opts, maxRows: 3 })).rows.length, 3);
    const err = await appError(() => parseImport(spec, buf, { ...opts, maxRows: 2 }));
    assert.equal(err.code, 'import.too_many_rows');
    assert.deepEqual(err.details, { max: 2 });
  });

  it('stops reading as soon as the row limit is passed', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ code: `X${i}`, name: 'n', stage: '前期' }));
    const buf = await buildWorkbook(spec, many);
    const t0 = performance.now();
    const err = await appError(() => parseImport(spec, buf, { ...opts, maxRows: 10 }));
    assert.equal(err.code, 'import.too_many_rows');
    const ms = performance.now() - t0;
    const t1 = performance.now();
    await parseImport(spec, buf, { ...opts, maxRows: 20_000 });
    assert.ok(ms < (performance.now() - t1) / 3, `early abort took ${ms.toFixed(0)} ms`);
  });

  it('refuses a file over maxBytes before reading it', async () => {
    const buf = await sheetOf([['项目编号', '项目名称', '阶段'], ['X1', 'n', '前期']]);
    assert.equal((await parseImport(spec, buf, { maxBytes: buf.length, maxRows: 10 })).rows.length, 1);
    const err = await appError(() => parseImport(spec, buf, { maxBytes: buf.length - 1, maxRows: 10 }));
    assert.equal(err.code, 'import.file_too_large');
    assert.equal(err.status, 413);
    const err2 = await appError(() => parseImport(spec, Buffer.alloc(3 * MiB), { maxBytes: 2 * MiB, maxRows: 10 }));
    assert.deepEqual(err2.details, { maxMb: 2 });
  });
});

// ---------------------------------------------------------------- hostile files

describe('xlsx refuses hostile and wrong files', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const wrong: [string, () => Buffer | Promise<Buffer>, string][] = [
    ['random bytes', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), 'not_zip'],
    ['a PNG', () => png, 'not_zip'],
    ['an empty buffer', () => Buffer.alloc(0), 'not_zip'],
    ['an old .xls / encrypted (OLE2) file', () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]), 'ole2_xls_or_encrypted'],
    ['a zip that is not a workbook', () => zip([{ name: 'readme.txt', data: 'hello' }]), 'not_workbook'],
    ['a .docx', () => zip([{ name: '_rels/.rels', data: `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>` }, { name: 'word/document.xml', data: '<w:document/>' }]), 'not_workbook'],
    ['a zip header with nothing behind it', () => Buffer.from('504b0304', 'hex'), 'not_zip'],
    ['a truncated xlsx', async () => (await sheetOf([['项目编号', '项目名称', '阶段'], ['X1', 'n', '前期']])).subarray(0, 3000), 'not_zip'],
    ['an xlsx with a corrupt sheet stream', () => {
      const good = handMadeXlsx({ sheetData: headerRowXml });
      const i = good.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length;
      good.fill(0xff, i, i + 40); // scribble over the start of the deflate stream
      return good;
    }, 'corrupt'],
    ['an encrypted zip entry', () => {
      const z = handMadeXlsx({ sheetData: headerRowXml });
      const cd = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      z.writeUInt16LE(z.readUInt16LE(cd + 8) | 1, cd + 8);
      return z;
    }, 'encrypted'],
  ];
  for (const [name, make, reason] of wrong) {
    it(`refuses ${name} as import.not_xlsx (${reason})`, async () => {
      const buf = await make();
      const err = await appError(() => parseImport(spec, buf, opts));
      assert.equal(err.code, 'import.not_xlsx');
      assert.equal(err.status, 400);
      assert.equal(err.details?.reason, reason);
    });
  }

  /**
   * A raw-deflate stream of `mib` MiB of zeros, built instantly: one MiB compressed with a full flush
   * (which resets the history, so the segment is self-contained) repeated, then an empty final block.
   */
  function zeros(mib: number): Buffer {
    const segment = zlib.deflateRawSync(Buffer.alloc(MiB), { finishFlush: zlib.constants.Z_FULL_FLUSH });
    return Buffer.concat([...Array.from({ length: mib }, () => segment), zlib.deflateRawSync(Buffer.alloc(0))]);
  }

  it('builds its bombs correctly (the zeros stream inflates to what it says)', () => {
    assert.equal(zlib.inflateRawSync(zeros(3)).length, 3 * MiB);
    assert.ok(zeros(1024).length < 1.1 * MiB);
  });

  /** A structurally valid xlsx whose sheet entry is a pre-deflated body with a chosen declared size. */
  function bomb(body: Buffer, declaredSize: number): Buffer {
    // store: true keeps our raw deflate bytes as they are; the method is then flipped to 8 (deflate).
    const parts: ZipPart[] = [
      { name: '_rels/.rels', data: `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
      { name: 'xl/workbook.xml', data: `<workbook ${NS}><sheets><sheet name="项目" sheetId="1" r:id="rId1"/></sheets></workbook>` },
      { name: 'xl/_rels/workbook.xml.rels', data: `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
      { name: 'xl/worksheets/sheet1.xml', data: body, store: true, declaredSize },
    ];
    const z = zip(parts);
    // Mark the last entry as deflated in both headers.
    const lh = z.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 30;
    z.writeUInt16LE(8, lh + 8);
    const ch = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    z.writeUInt16LE(8, ch + 10);
    return z;
  }

  it('refuses an honest zip bomb from the central directory, before inflating anything', async () => {
    const body = zeros(1024); // 1 GiB of zeros in ~1 MiB
    const t0 = performance.now();
    const err = await appError(() => parseImport(spec, bomb(body, 1024 * MiB), opts));
    assert.equal(err.code, 'import.content_too_large');
    assert.equal(err.status, 413);
    assert.deepEqual(err.details, { maxMb: 100 }); // 20 × 5 MiB
    assert.ok(performance.now() - t0 < 200, 'no inflation happened');
  });

  it('refuses a zip bomb that lies about its size, without inflating it all', async () => {
    const body = zeros(512);
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const err = await appError(() => parseImport(spec, bomb(body, 4000), { maxBytes: 5 * MiB, maxRows: 10 }));
    assert.equal(err.code, 'import.content_too_large');
    assert.ok(performance.now() - t0 < 1000, 'stopped early');
    assert.ok(process.memoryUsage().rss - before < 64 * MiB, 'memory stayed flat');
  });

  it('refuses an absurd compression ratio even under the total bound', async () => {
    const body = zeros(40);
    const err = await appError(() => parseImport(spec, bomb(body, 40 * MiB), { maxBytes: 50 * MiB, maxRows: 10 }));
    assert.equal(err.code, 'import.content_too_large');
  });

  // Repetitive XML compresses > 250:1, so stay under the 8 MiB ratio check to reach the scanner.
  const N = 7 * MiB;
  const pathological: [string, () => Buffer][] = [
    ['a row that never closes', () => handMadeXlsx({ sheetData: `<row r="1">${'<c r="A1">'.repeat(N / 10)}` })],
    ['a row of unclosed cells and values', () => handMadeXlsx({ sheetData: `<row r="1">${'<c r="A1"><v>'.repeat(N / 13)}</row>` })],
    ['a start tag without an end', () => handMadeXlsx({ sheetData: `<row ${'a'.repeat(N)}` })],
    ['a run of name characters', () => handMadeXlsx({ sheetData: `<${'a'.repeat(N)}` })],
    ['a run of attributes', () => handMadeXlsx({ sheetData: `<row r="1"><c ${' r="A1"'.repeat(N / 7)}/></row>` })],
    ['unclosed rich-text runs', () => handMadeXlsx({ sheetData: `${headerRowXml}<row r="2"><c r="A2" t="inlineStr"><is>${'<t><rPh>'.repeat(N / 8)}</row>` })],
    ['unclosed shared strings', () => handMadeXlsx({ sheetData: headerRowXml, sharedStrings: '<si><t>'.repeat(N / 7) })],
    ['a giant character reference', () => handMadeXlsx({ sheetData: `${headerRowXml}<row r="2"><c r="A2" t="inlineStr"><is><t>&#x${'f'.repeat(N)};</t></is></c></row>` })],
  ];
  /** `n` letters that compress only ~50:1, so a big entry passes the ratio check and reaches the scanner. */
  function junk(n: number): string {
    const b = Buffer.alloc(n, 'a');
    for (let i = 0, x = 1; i < n; i += 8) b[i] = 97 + ((x = (x * 1103515245 + 12345) >>> 0) % 26);
    return b.toString('latin1');
  }
  // With 48 MiB and 256 KiB chunks, rescanning the unconsumed text per chunk would cost ~5·10⁹ steps.
  pathological.push(
    ['a 48 MiB row that never closes', () => handMadeXlsx({ sheetData: `<row r="1">${junk(48 * MiB)}` })],
    ['a 48 MiB start tag', () => handMadeXlsx({ sheetData: `<row ${junk(48 * MiB)}` })],
  );
  for (const [name, make] of pathological) {
    it(`scans ${name} in linear time and answers 4xx`, async () => {
      const buf = make();
      const t0 = performance.now();
      const err = await appError(() => parseImport(spec, buf, { maxBytes: 20 * MiB, maxRows: 1000 }));
      assert.ok(err.status >= 400 && err.status < 500, err.code);
      assert.ok(performance.now() - t0 < 3000, `took ${(performance.now() - t0).toFixed(0)} ms`);
    });
  }

  it('refuses an entry with an unsupported compression method', async () => {
    const z = handMadeXlsx({ sheetData: headerRowXml });
    const ch = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    z.writeUInt16LE(12, ch + 10); // bzip2
    const err = await appError(() => parseImport(spec, z, opts));
    assert.equal(err.details?.reason, 'unsupported_compression');
  });
});
