// Hostile uploads. PROVES: the three xlsx imports (POST /api/orgs/import as sysadmin, /api/users/import as
// sysadmin, /api/plan/2023/import as division staff) answer every hostile file with a clear 4xx (the
// expected error code, and row/column details where a cell is at fault), import nothing, and keep the
// server's memory bounded (peak RSS of the server process, VmHWM, stays under 400 MB — a fresh process
// per xlsx route, so the bound is on that route's 18 files) and the server healthy. Files: not an xlsx (text, random bytes, PDF, old .xls/OLE2, empty, truncated); zip bombs (an
// honest one declaring 3 GiB, one whose central directory and local headers lie and declare 1 KB, one
// declaring a ZIP64 size of 1 TB); a sheet with a million rows; 10,001 zip entries; formulas (=1+1,
// =HYPERLINK, =cmd|' /C calc'!A0); giant cells (1 MB and 10 MB strings, inline and shared); 190 MB of
// shared strings (under the 200 MB unpacked bound, over the 16 MiB cap on parts read whole) and 15 MB
// (under it); XML entity tricks (XXE, billion laughs); NUL characters (&#0; and _x0000_); a file over the
// 20 MB upload limit. A control file in the same hand-made format imports (200), so the 4xx are the
// files' fault. POST /api/attachments (town) gets its own set: content must match the name (4xx when they
// disagree, 413 over the limit); a well-formed zip is stored as an opaque file without being unpacked — so
// a bomb named .xlsx is accepted (201) there, and the test shows it costs no memory; a file name with
// path separators and NUL is stored sanitised.
// Figures: files tried, responses by status, 5xx, server RSS before/after and peak.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { buildWorkbook, type SheetSpec } from '../../server/platform/xlsx.ts';
import { orgSheet } from '../../server/modules/orgs/orgs.service.ts';
import { userSheet } from '../../server/modules/users/users.service.ts';
import { planSheet } from '../../server/modules/workplan/plan-xlsx.service.ts';
import { HttpClient, mb, startServer, testDialect, withDb, type Res } from './support.ts';

const RSS_LIMIT = 400 * 1024 * 1024;
const MiB = 1024 * 1024;

let env: Awaited<ReturnType<typeof startServer>>;
before(async () => { env = await startServer(); });
after(async () => { await env?.close(); });

// ───────────────────────────────────────────────────────────── a small zip writer that can lie

type ZEntry = {
  name: string;
  data?: Buffer; // deflated here
  deflated?: Buffer; // already raw-deflated
  size?: number; // true uncompressed size of `deflated`
  declaredSize?: number; // what the headers say (a lie, if it differs)
  zip64Size?: number; // declare this size through a ZIP64 extra field
  method?: 0 | 8;
};

function zip(entries: ZEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 8;
    const body = e.deflated ?? (method === 8 ? zlib.deflateRawSync(e.data!) : e.data!);
    const size = e.declaredSize ?? e.size ?? e.data!.length;
    const crc = e.data ? zlib.crc32(e.data) : 0;
    const z64 = e.zip64Size !== undefined;
    const extra = z64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (z64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(e.zip64Size!), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
    }
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(z64 ? 45 : 20, 4);
    lh.writeUInt16LE(0x0800, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(z64 ? 0xffffffff : body.length, 18);
    lh.writeUInt32LE(z64 ? 0xffffffff : size, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(extra.length, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(z64 ? 45 : 20, 4);
    cd.writeUInt16LE(z64 ? 45 : 20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(z64 ? 0xffffffff : body.length, 20);
    cd.writeUInt32LE(z64 ? 0xffffffff : size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(extra.length, 30);
    cd.writeUInt32LE(offset, 42);
    locals.push(lh, name, extra, body);
    centrals.push(cd, name, extra);
    offset += lh.length + name.length + extra.length + body.length;
  }
  const cdBuf = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  eocd.writeUInt32LE(cdBuf.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, eocd]);
}

/** Raw deflate of `count` copies of `chunk`, without ever holding the inflated whole: each copy is
 *  compressed once with a full flush (no back-references across copies), so the copies concatenate. */
function repeatDeflate(chunk: Buffer, count: number, head = Buffer.alloc(0), tail = Buffer.alloc(0)): { deflated: Buffer; size: number } {
  const full = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const c = zlib.deflateRawSync(chunk, full);
  const parts = [zlib.deflateRawSync(head, full), ...Array.from({ length: count }, () => c), zlib.deflateRawSync(tail)];
  return { deflated: Buffer.concat(parts), size: head.length + chunk.length * count + tail.length };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const col = (i: number) => String.fromCharCode(65 + i);
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** A minimal xlsx whose first sheet has the spec's headers in row 1 and `body` as further <row>s. */
function xlsx(spec: SheetSpec, sheet: ZEntry | string, extra: { sharedStrings?: ZEntry | string; entries?: ZEntry[] } = {}): Buffer {
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const wb = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${spec.sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${extra.sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ''}</Relationships>`;
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
  const asEntry = (name: string, v: ZEntry | string): ZEntry => (typeof v === 'string' ? { name, data: Buffer.from(v) } : { ...v, name });
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'xl/workbook.xml', data: Buffer.from(wb) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(wbRels) },
    ...(extra.sharedStrings ? [asEntry('xl/sharedStrings.xml', extra.sharedStrings)] : []),
    ...(extra.entries ?? []),
    asEntry('xl/worksheets/sheet1.xml', sheet),
  ]);
}
const headerRow = (spec: SheetSpec) => `<row r="1">${spec.columns.map((c, i) => inline(`${col(i)}1`, esc(c.header))).join('')}</row>`;
/** Valid cell text per column key (orgs, users, plan), so a row fails only where a case puts something hostile. */
let uniq = 0;
const VALID: Record<string, (u: number) => string> = {
  code: (u) => `HF-${u}`, name: (u) => `恶意文件测试单位 ${u}`, kind: () => '其他',
  username: (u) => `hf_user_${u}`, displayName: (u) => `恶意文件测试 ${u}`, role: () => '委领导', orgCode: () => 'DRC', password: () => 'Initial#2023x',
  areaSeq: () => '1', workPointSeq: () => '1.1', title: (u) => `恶意文件测试任务 ${u}`, category: () => '业务', leadUnit: () => 'T-MIAOCHENG',
  leaderName: () => '王主任', startDate: () => '2023-01-01', dueDate: () => '2023-12-31', weight: () => '5',
};
/** A valid data row, except where `cells` (column index → raw <c> XML) puts something else. */
function dataRow(spec: SheetSpec, r: number, cells: Record<number, string> = {}): string {
  const u = ++uniq;
  return `<row r="${r}">${spec.columns.map((c, i) => cells[i] ?? (VALID[c.key] ? inline(`${col(i)}${r}`, esc(VALID[c.key](u))) : '')).join('')}</row>`;
}
/** Index of the column holding free text (where a hostile string would otherwise be accepted). */
const textCol = (spec: SheetSpec) => spec.columns.findIndex((c) => ['name', 'displayName', 'title'].includes(c.key));
const memo = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}
/** `n` characters of random base64 text (made once per size: building the files is most of this test's time). */
const noise = (n: number) => once(`noise${n}`, () => crypto.randomBytes(Math.ceil((n * 3) / 4)).toString('base64').slice(0, n));
/** A sharedStrings part of ~`bytes` unpacked, compressible ~150:1 (under the 250:1 ratio bound): repeated strings plus noise. */
function sharedStrings(bytes: number): ZEntry {
  return once(`sst${bytes}`, () => sharedStringsUncached(bytes));
}
function sharedStringsUncached(bytes: number): ZEntry {
  const head = Buffer.from(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${noise(Math.ceil(bytes / 150))}</t></si>`);
  const chunk = Buffer.from(`<si><t>${'共享字符串'.repeat(200)}</t></si>`.repeat(64));
  return { name: '', ...repeatDeflate(chunk, Math.floor((bytes - head.length) / chunk.length), head, Buffer.from('</sst>')) };
}
const sheetOf = (spec: SheetSpec, rows: string[]) => SHEET_HEAD + headerRow(spec) + rows.join('') + SHEET_TAIL;

// ───────────────────────────────────────────────────────────── the files

type Case = { name: string; file: () => Buffer | Promise<Buffer>; filename?: string; expect: number[]; code?: RegExp; detail?: RegExp };

function cases(spec: SheetSpec): Case[] {
  const bomb = () => once('bomb', () => repeatDeflate(Buffer.alloc(16 * MiB), 192)); // 3 GiB of zeros in ~3 MB
  const t = textCol(spec);
  const k = spec.columns.findIndex((c) => c.required && c.key !== spec.columns[t].key && c.key !== 'code' && c.key !== 'username'); // another required column
  return [
    // The control: a well-formed file in the same hand-made format imports (so the 4xx below are the files' fault).
    { name: 'control: a valid file in the same format', file: () => xlsx(spec, sheetOf(spec, [dataRow(spec, 2), dataRow(spec, 3)])), expect: [200] },
    { name: 'a text file named .xlsx', file: () => Buffer.from('单位编码,单位名称\nA,B\n'), expect: [400], code: /import\.not_xlsx/ },
    { name: 'random bytes', file: () => crypto.randomBytes(64 * 1024), expect: [400], code: /import\.not_xlsx/ },
    { name: 'a PDF', file: () => Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(2048)]), expect: [400], code: /import\.not_xlsx/ },
    { name: 'an old .xls (OLE2)', file: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]), expect: [400], code: /import\.not_xlsx/ },
    { name: 'an empty file', file: () => Buffer.alloc(0), expect: [400], code: /import\.(not_xlsx|no_file)/ },
    { name: 'a truncated workbook', file: async () => { const b = await buildWorkbook(spec, [{}]); return b.subarray(0, Math.floor(b.length / 2)); }, expect: [400], code: /import\.not_xlsx/ },
    { name: 'a zip bomb (3 GiB of zeros, sizes declared honestly)', file: () => xlsx(spec, { name: '', ...bomb() }), expect: [413], code: /import\.content_too_large/ },
    { name: 'a zip bomb whose headers lie (declare 1 KB)', file: () => xlsx(spec, { name: '', ...bomb(), declaredSize: 1024 }), expect: [400, 413], code: /import\.(not_xlsx|content_too_large)/ },
    { name: 'a zip bomb with a ZIP64 size of 1 TB', file: () => xlsx(spec, { name: '', ...bomb(), zip64Size: 2 ** 40 }), expect: [400, 413], code: /import\.(not_xlsx|content_too_large)/ },
    {
      name: 'a million rows',
      file: () => {
        const rows = once('millionRows', () => {
          const out: string[] = [];
          for (let r = 2; r <= 1_000_001; r++) out.push(`<row r="${r}">${inline(`A${r}`, `R${r}`)}${inline(`B${r}`, `${r % 997}`)}</row>`);
          return Buffer.from(out.join(''));
        });
        const data = Buffer.concat([Buffer.from(SHEET_HEAD + headerRow(spec)), rows, Buffer.from(SHEET_TAIL)]);
        return xlsx(spec, { name: '', deflated: zlib.deflateRawSync(data, { level: 1 }), size: data.length });
      },
      expect: [400, 413], code: /import\.(too_many_rows|content_too_large)/,
    },
    {
      name: '10,001 zip entries',
      file: () => xlsx(spec, sheetOf(spec, [dataRow(spec, 2)]), { entries: Array.from({ length: 10_001 }, (_, i) => ({ name: `xl/media/f${i}.bin`, data: Buffer.from('x') })) }),
      expect: [400], code: /import\.not_xlsx/,
    },
    {
      name: 'formulas (=1+1, =HYPERLINK, =cmd|DDE)',
      file: () => xlsx(spec, sheetOf(spec, [
        dataRow(spec, 2, { [t]: `<c r="${col(t)}2" t="str"><f>HYPERLINK("http://evil.example/","点击")</f><v>点击</v></c>`, [k]: `<c r="${col(k)}2" t="e"><f>cmd|' /C calc'!A0</f><v>#REF!</v></c>` }),
        dataRow(spec, 3, { [t]: `<c r="${col(t)}3"><f>1+1</f><v>2</v></c>`, [k]: `<c r="${col(k)}3" t="e"><f>cmd|' /C calc'!A0</f><v>#NAME?</v></c>` }),
        dataRow(spec, 4, { [t]: `<c r="${col(t)}4"><f>SUM(1,2)</f></c>` }),
      ])),
      expect: [400], code: /import\.invalid_rows/, detail: /#REF!|#NAME\?/,
    },
    // Giant cells of random text (incompressible, so no ratio check stops them before the parser).
    { name: 'a 1 MB inline cell', file: () => xlsx(spec, sheetOf(spec, [dataRow(spec, 2, { [t]: inline(`${col(t)}2`, noise(MiB)) })])), expect: [400], code: /import\.invalid_rows/, detail: /不能超过/ },
    { name: 'a 10 MB inline cell', file: () => xlsx(spec, sheetOf(spec, [dataRow(spec, 2, { [t]: inline(`${col(t)}2`, noise(10 * MiB)) })])), expect: [400], code: /import\.not_xlsx/, detail: /row_too_large/ },
    {
      name: '1 MB and 10 MB shared-string cells',
      file: () => xlsx(spec, sheetOf(spec, [dataRow(spec, 2, { [t]: `<c r="${col(t)}2" t="s"><v>0</v></c>` }), dataRow(spec, 3, { [t]: `<c r="${col(t)}3" t="s"><v>1</v></c>` })]), {
        sharedStrings: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>${noise(MiB)}</t></si><si><t>${noise(10 * MiB)}</t></si></sst>`,
      }),
      expect: [400], code: /import\.invalid_rows/, detail: /不能超过/,
    },
    {
      name: '190 MB of shared strings (under the 200 MB unpacked bound)',
      file: () => xlsx(spec, sheetOf(spec, [dataRow(spec, 2, { [t]: `<c r="${col(t)}2" t="s"><v>0</v></c>` })]), { sharedStrings: sharedStrings(190 * MiB) }),
      expect: [413], code: /import\.content_too_large/,
    },
    {
      name: '15 MB of shared strings (just under the 16 MiB cap on parts read whole)',
      file: () => xlsx(spec, sheetOf(spec, [dataRow(spec, 2, { [t]: `<c r="${col(t)}2" t="s"><v>0</v></c>` })]), { sharedStrings: sharedStrings(15 * MiB) }),
      expect: [400], code: /import\.invalid_rows/,
    },
    {
      name: 'XML entities (XXE, billion laughs)',
      file: () => xlsx(spec, `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>` +
        SHEET_HEAD.replace(/^<\?xml[^>]*>\n/, '') + headerRow(spec) + dataRow(spec, 2, { 0: inline('A2', '&xxe;'), [t]: inline(`${col(t)}2`, '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;') }) + SHEET_TAIL),
      expect: [400], code: /import\.(invalid_rows|not_xlsx)/,
    },
    {
      name: 'NUL characters (&#0; and _x0000_)',
      file: () => xlsx(spec, sheetOf(spec, [dataRow(spec, 2, { [t]: inline(`${col(t)}2`, 'a&#0;b') }), dataRow(spec, 3, { [t]: inline(`${col(t)}3`, 'a_x0000_b') })])),
      expect: [400], code: /import\.invalid_rows/,
    },
    { name: 'a file over the 20 MB upload limit', file: () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), crypto.randomBytes(21 * MiB)]), expect: [413], code: /import\.file_too_large/ },
  ];
}

// The attachment route: content must match the name; a well-formed zip is stored unopened.
function attachmentCases(): Case[] {
  const bomb = once('bomb', () => repeatDeflate(Buffer.alloc(16 * MiB), 192));
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
  return [
    { name: 'a text file named .pdf', filename: 'report.pdf', file: () => Buffer.from('not a pdf'), expect: [400], code: /attachment\.type_not_allowed/ },
    { name: 'an executable named .png', filename: 'photo.png', file: () => Buffer.concat([Buffer.from('MZ'), crypto.randomBytes(4096)]), expect: [400], code: /attachment\.type_not_allowed/ },
    { name: 'a PNG named .exe', filename: 'tool.exe', file: () => png, expect: [400], code: /attachment\.type_not_allowed/ },
    { name: 'a PDF named .png', filename: 'x.png', file: () => Buffer.from('%PDF-1.4\n'), expect: [400], code: /attachment\.type_not_allowed/ },
    { name: 'an empty file', filename: 'empty.pdf', file: () => Buffer.alloc(0), expect: [400], code: /attachment\.type_not_allowed|import\.no_file/ },
    { name: 'random bytes named .xlsx', filename: 'r.xlsx', file: () => crypto.randomBytes(8192), expect: [400], code: /attachment\.type_not_allowed/ },
    { name: 'a file over the 20 MB limit', filename: 'big.pdf', file: () => Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(21 * MiB)]), expect: [413], code: /attachment\.too_large/ },
    { name: 'a zip bomb named .xlsx (stored, never unpacked)', filename: 'bomb.xlsx', file: () => xlsx(orgSheet, { name: '', ...bomb }), expect: [201] },
    { name: 'a path-traversal, NUL and RTL file name', filename: '../../etc/\u0000pass\u202ewd.png', file: () => png, expect: [201] },
  ];
}

// ───────────────────────────────────────────────────────────── the test

describe(`hostile files (${testDialect})`, () => {
  it('every hostile upload gets a clear 4xx, imports nothing, and the server stays under 400 MB', { timeout: 15 * 60_000 }, async () => {
    const { server, tdb } = env;
    const sys = await new HttpClient(server.url).as('sysadmin');
    const staff = await new HttpClient(server.url).as('staff');
    const town = await new HttpClient(server.url).as('town');
    // Warm up the import paths, so the baseline includes their code.
    for (const [c, url, spec] of [[sys, '/api/orgs/import', orgSheet], [sys, '/api/users/import', userSheet], [staff, '/api/plan/2023/import', planSheet]] as const) {
      const r = await c.upload(url, await buildWorkbook(spec, []), 'warm.xlsx');
      assert.equal(r.status, 400, r.text);
    }
    const counts = async () => withDb(tdb, async (d) => {
      const one = async (t: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(d.db)).rows[0].n);
      return { orgs: await one('org_units'), users: await one('users'), tasks: await one('tasks'), attachments: await one('attachments'), imports: await one('audit_log') };
    });
    const start = server.memory();
    console.log(`hostile-files: server RSS after warm-up ${mb(start.rss)} (peak so far ${mb(start.peak)})`);

    const routes = [
      { label: 'orgs', client: sys, url: '/api/orgs/import', list: cases(orgSheet) },
      { label: 'users', client: sys, url: '/api/users/import', list: cases(userSheet) },
      { label: 'plan', client: staff, url: '/api/plan/2023/import', list: cases(planSheet) },
      { label: 'attachments', client: town, url: '/api/attachments', list: attachmentCases() },
    ];
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    let tried = 0;
    let buildMs = 0;
    let peak = start.peak;
    const groups: string[] = [];
    let groupStart = start;
    const closeGroup = (label: string) => {
      const m = server.memory();
      groups.push(`${label}: ${mb(groupStart.rss)} → peak ${mb(m.peak)}`);
      if (m.peak >= RSS_LIMIT) problems.push(`${label}: server peak RSS ${mb(m.peak)} ≥ ${mb(RSS_LIMIT)}`);
    };
    for (const [i, route] of routes.entries()) {
      // Each xlsx route gets a fresh server process, so its peak is its own files' and not the garbage V8
      // has not yet collected from the previous route's 60 MB of uploads (sessions live in the database).
      if (i > 0 && route.label !== 'attachments') {
        closeGroup(routes.slice(0, i).map((r) => r.label).filter((l) => !groups.some((g) => g.startsWith(l))).join('+'));
        await server.kill();
        await server.start();
        groupStart = server.memory();
      }
      for (const c of route.list) {
        const b0 = Date.now();
        const file = await c.file();
        buildMs += Date.now() - b0;
        const before = await counts();
        const t0 = Date.now();
        let res: Res;
        try {
          res = await route.client.upload(route.url, file, c.filename ?? `${c.name.replace(/\W+/g, '_')}.xlsx`, { timeoutMs: 120_000 });
        } catch (e) {
          // A server may close the connection after refusing an oversized body; it must stay healthy.
          if (!(await server.healthy())) assert.fail(`${route.label} · ${c.name}: server died: ${(e as Error).message}\n${server.logs().slice(-3000)}`);
          res = { status: 0, text: String((e as Error).message), headers: new Headers(), json: () => ({}), code: undefined };
        }
        const ms = Date.now() - t0;
        tried++;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const mem = server.memory();
        peak = Math.max(peak, mem.peak);
        const after = await counts();
        const wrote = res.status < 300 ? [] : (['orgs', 'users', 'tasks', 'attachments'] as const).filter((k) => after[k] !== before[k]);
        const line = `${route.label} · ${c.name} (${(file.length / 1024).toFixed(0)} KB): ${res.status} ${res.code ?? ''} in ${ms} ms; RSS ${mb(mem.rss)}, peak ${mb(mem.peak)}`;
        console.log(`hostile-files: ${line}`);
        if (!c.expect.includes(res.status)) problems.push(`${line} — expected ${c.expect.join('/')}: ${res.text.slice(0, 300)}`);
        else if (c.code && !c.code.test(res.code ?? '')) problems.push(`${line} — expected code ${c.code}: ${res.text.slice(0, 300)}`);
        else if (c.detail && !c.detail.test(res.text)) problems.push(`${line} — the message does not name the cause ${c.detail}: ${res.text.slice(0, 300)}`);
        if (wrote.length) problems.push(`${line} — wrote ${wrote.join(', ')}`);
        if (res.status === 201 && route.label === 'attachments') {
          const a = res.json();
          if (/[\\/\u0000]/.test(a.filename)) problems.push(`${line} — stored file name not sanitised: ${JSON.stringify(a.filename)}`);
        }
      }
    }
    closeGroup('plan+attachments');
    assert.ok(await server.healthy(), 'server unhealthy after the uploads');
    const hist = [...statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ');
    const fiveXX = [...statuses.entries()].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
    console.log(`hostile-files (${testDialect}): files tried ${tried}; responses ${hist}; 5xx ${fiveXX}; server RSS per route (fresh process each) ${groups.join('; ')}; highest peak ${mb(peak)} (limit ${mb(RSS_LIMIT)})`);
    console.log(`hostile-files: ${buildMs} ms spent building the files`);
    for (const l of server.errorLines().slice(0, 5)) console.log(`hostile-files server error log: ${l.slice(0, 600)}`);
    assert.deepEqual(problems, []);
  });
});
