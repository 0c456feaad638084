// Excel import/export kernel. One `SheetSpec` (columns + zod row schema) gives a fill-in template
// (data sheet + 说明 sheet), an export, and a validating import that reports every bad cell as
// {row, column, reason} in Chinese and imports nothing unless all rows pass.
//
// Writing uses exceljs. Reading does NOT: an upload is hostile input, and exceljs' readers were
// measured at ~23k rows/s raw (in-memory, ~580 MB RSS for 100k rows) and its streaming reader
// walks the zip's local headers (not the central directory we vet), spills sheets to temp files
// that leak when a read is abandoned, and inflates without a size cap. So import reads the zip
// itself: central directory first (size/ratio/entry-count bounds, before any inflation), every
// inflation capped at the size the directory declared, the sheet streamed and scanned row by row
// (abort as soon as maxRows is exceeded). The SpreadsheetML subset needed for values — shared and
// inline strings, numbers, booleans, errors, cached formula results, date styles, 1904 dates —
// is small; xlsx.test.ts checks it against workbooks written by exceljs.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { addDays, isIsoDate } from '../../common/periods.ts';
import { AppError } from './errors.ts';

// ================================================================ public types

export type ColumnKind = 'string' | 'number' | 'integer' | 'date' | 'boolean' | 'enum' | 'list';

export type Column = {
  /** Key of the parsed row object (and of the zod schema's shape). */
  key: string;
  /** Chinese header users see; import matches headers by this text, in any column order. */
  header: string;
  /** Other header texts accepted on import (older templates, English headers). */
  aliases?: readonly string[];
  width?: number;
  /** Column must be present in the file (value-level requiredness is the zod schema's job). */
  required?: boolean;
  /** How cells are converted before validation and written on export; default 'string'. */
  kind?: ColumnKind;
  /** enum: the allowed values, offered as a drop-down in the template. */
  values?: readonly string[];
  /** Free text for the 说明 sheet. */
  note?: string;
  /** Example value for the 说明 sheet. */
  example?: string | number | boolean;
};

export type SheetSpec<S extends z.ZodType = z.ZodType> = {
  sheetName: string;
  columns: readonly Column[];
  /** Schema of one parsed row; its input is an object keyed by column key, empty cells absent. */
  row: S;
};

export type ImportOptions = {
  maxBytes: number;
  maxRows: number;
  /** Bound on the summed uncompressed size of the zip; default min(20 × maxBytes, 200 MiB). */
  maxUncompressedBytes?: number;
};

export type ImportRowError = { row: number; column: string; reason: string };

export type ImportResult<T> = {
  rows: T[];
  /** Excel row number of each entry of `rows`, for messages about business-rule failures. */
  rowNumbers: number[];
  sheetName: string;
};

/** At most this many row errors travel in an AppError; `count` still counts all. */
export const maxReportedRowErrors = 500;

/** The import.invalid_rows error, for services that add their own row checks after parseImport. */
export function invalidRowsError(errors: readonly ImportRowError[]): AppError {
  return new AppError('import.invalid_rows', { count: errors.length, errors: errors.slice(0, maxReportedRowErrors) });
}

// ================================================================ zip (central directory first)

type ZipEntry = { name: string; flags: number; method: number; compressedSize: number; size: number; localOffset: number };

const MiB = 1024 * 1024;
const MAX_ENTRIES = 10_000;
// Deflate tops out near 1032:1. Real sheet XML compresses 5–20:1, very repetitive sheets ~100:1;
// a large entry beyond 250:1 is a bomb, not a spreadsheet.
const MAX_RATIO = 250;
const RATIO_CHECK_FROM = 8 * MiB;

const notXlsx = (reason: string) => new AppError('import.not_xlsx', { reason });
const tooLargeContent = (bound: number) => new AppError('import.content_too_large', { maxMb: Math.round((bound / MiB) * 10) / 10 });

function readCentralDirectory(buf: Buffer, maxTotal: number): Map<string, ZipEntry> {
  const u16 = (p: number) => buf.readUInt16LE(p);
  const u32 = (p: number) => buf.readUInt32LE(p);
  const u64 = (p: number) => {
    const v = buf.readBigUInt64LE(p);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw notXlsx('corrupt');
    return Number(v);
  };
  // End of central directory: 22 bytes + a comment of up to 65535 bytes, scanning back from the end.
  let eocd = -1;
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (u32(p) === 0x06054b50) { eocd = p; break; }
  }
  if (eocd < 0) throw notXlsx('not_zip');
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(loc) !== 0x07064b50) throw notXlsx('corrupt');
    const rec = u64(loc + 8);
    if (rec + 56 > buf.length || u32(rec) !== 0x06064b50) throw notXlsx('corrupt');
    count = u64(rec + 32);
    cdSize = u64(rec + 40);
    cdOffset = u64(rec + 48);
  }
  if (count > MAX_ENTRIES) throw notXlsx('too_many_entries');
  if (cdOffset + cdSize > buf.length) throw notXlsx('corrupt');

  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || u32(p) !== 0x02014b50) throw notXlsx('corrupt');
    const flags = u16(p + 8);
    const method = u16(p + 10);
    let compressedSize = u32(p + 20);
    let size = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    let localOffset = u32(p + 42);
    if (p + 46 + nameLen + extraLen > buf.length) throw notXlsx('corrupt');
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extended information: the 8-byte values present are those whose 4-byte field is all ones.
      let x = p + 46 + nameLen;
      const xEnd = x + extraLen;
      while (x + 4 <= xEnd) {
        const id = u16(x);
        const len = u16(x + 2);
        if (id === 0x0001) {
          let q = x + 4;
          if (size === 0xffffffff) { size = u64(q); q += 8; }
          if (compressedSize === 0xffffffff) { compressedSize = u64(q); q += 8; }
          if (localOffset === 0xffffffff) { localOffset = u64(q); q += 8; }
          break;
        }
        x += 4 + len;
      }
    }
    if (flags & 0x1) throw notXlsx('encrypted');
    if (method !== 0 && method !== 8) throw notXlsx('unsupported_compression');
    if (localOffset + 30 > buf.length || localOffset + compressedSize > buf.length) throw notXlsx('corrupt');
    total += size;
    if (total > maxTotal) throw tooLargeContent(maxTotal);
    if (size > RATIO_CHECK_FROM && size > MAX_RATIO * Math.max(1, compressedSize)) throw tooLargeContent(maxTotal);
    entries.set(name, { name, flags, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function compressedData(buf: Buffer, e: ZipEntry): Buffer {
  const lh = e.localOffset;
  if (buf.readUInt32LE(lh) !== 0x04034b50) throw notXlsx('corrupt');
  // The local header's name/extra lengths may differ from the central directory's.
  const start = lh + 30 + buf.readUInt16LE(lh + 26) + buf.readUInt16LE(lh + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw notXlsx('corrupt');
  return buf.subarray(start, end);
}

/** Whole entry, inflated with a hard cap at its declared size (a lying header cannot inflate more). */
function inflateEntry(buf: Buffer, e: ZipEntry, bound: number): Buffer {
  const data = compressedData(buf, e);
  let out: Buffer;
  if (e.method === 0) out = data;
  else {
    try {
      out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLargeContent(bound);
      throw notXlsx('corrupt');
    }
  }
  if (out.length !== e.size) throw notXlsx('corrupt');
  return out;
}

/**
 * A hash of an OOXML file (.docx, .xlsx) over its parts but the document properties (docProps/: the
 * creation time) and the zip's own dates: the same document made twice hashes the same, which the bytes
 * do not. For files this server made.
 */
export function ooxmlContentHash(buf: Buffer): string {
  const bound = 1024 * MiB;
  const parts = [...readCentralDirectory(buf, bound).values()].filter((e) => !e.name.startsWith('docProps/')).sort((a, b) => (a.name < b.name ? -1 : 1));
  const h = crypto.createHash('sha256');
  for (const e of parts) h.update(e.name).update('\0').update(inflateEntry(buf, e, bound)).update('\0');
  return h.digest('hex');
}

/** Streams an entry's text in chunks, never holding more than one chunk of output, with the same cap. */
async function* entryText(buf: Buffer, e: ZipEntry, bound: number): AsyncGenerator<string> {
  const data = compressedData(buf, e);
  const decoder = new TextDecoder('utf-8');
  if (e.method === 0) {
    if (data.length !== e.size) throw notXlsx('corrupt');
    const step = 1 << 20;
    for (let i = 0; i < data.length; i += step) yield decoder.decode(data.subarray(i, i + step), { stream: true });
    yield decoder.decode();
    return;
  }
  const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(data);
  let seen = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      seen += chunk.length;
      if (seen > e.size) throw tooLargeContent(bound);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notXlsx('corrupt');
  } finally {
    inflater.destroy();
  }
  if (seen !== e.size) throw notXlsx('corrupt');
  yield decoder.decode();
}

// ================================================================ SpreadsheetML reading
//
// Every pattern below stops at the next '<' (attribute runs are [^<>]*, text runs [^<]*) and
// element extents are found with indexOf from a remembered position, so scanning is linear in the
// input whatever it contains: hostile XML cannot make a regex backtrack across the whole sheet.

type RawCell = string | number | boolean | { error: string } | undefined;

const XML_ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(s: string): string {
  let out = s.indexOf('&') < 0 ? s : s.replace(XML_ENTITY, (_, hex: string, dec: string, name: string) => {
    const cp = hex ? parseInt(hex, 16) : dec ? Number(dec) : -1;
    return cp < 0 ? NAMED[name] : cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
  });
  // OOXML escapes characters XML cannot carry as _xHHHH_ (e.g. _x000D_ for CR).
  if (out.indexOf('_x') >= 0) out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}

const attrRes = new Map<string, RegExp>();
function attr(attrs: string, name: string): string | undefined {
  let re = attrRes.get(name);
  if (!re) attrRes.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? xmlText(m[1] ?? m[2]) : undefined;
}

// Element names may carry a namespace prefix (<x:row>) in files from some .NET writers.
// The prefix length is bounded so a long run of name characters after '<' is not rescanned per chunk.
const P = '(?:[A-Za-z_][\\w.-]{0,31}:)?';
/** Global regex matching the start tag of `name` (attributes in group 1; self-closing if it ends with '/'). */
const startTag = (name: string) => new RegExp(`<${P}${name}(?=[\\s/>])([^<>]*)>`, 'g');

const TEXT_TOKEN_RE = new RegExp(`<(/?)${P}(t|rPh)(?=[\\s/>])([^<>]*)>`, 'g');

/** Text of an <si> or <is>: all <t> runs, minus phonetic guides (<rPh>). */
function richText(s: string): string {
  let out = '';
  let inPhonetic = false;
  let textStart = -1;
  TEXT_TOKEN_RE.lastIndex = 0;
  for (let m; (m = TEXT_TOKEN_RE.exec(s)); ) {
    const closing = m[1] === '/';
    const selfClosing = m[3].endsWith('/');
    if (m[2] === 'rPh') {
      if (!selfClosing) inPhonetic = !closing;
    } else if (!closing && !selfClosing) {
      textStart = TEXT_TOKEN_RE.lastIndex;
    } else if (closing && textStart >= 0) {
      if (!inPhonetic) out += s.slice(textStart, m.index);
      textStart = -1;
    }
  }
  return xmlText(out);
}

/** Splits `xml` at each start tag matched by `re`: yields the tag's attributes and the text up to the next one. */
function* elements(xml: string, re: RegExp): Generator<{ attrs: string; selfClosing: boolean; body: string }> {
  re.lastIndex = 0;
  let m = re.exec(xml);
  while (m) {
    const attrs = m[1];
    const bodyStart = re.lastIndex;
    const next = re.exec(xml);
    const selfClosing = attrs.endsWith('/');
    yield { attrs, selfClosing, body: selfClosing ? '' : xml.slice(bodyStart, next ? next.index : xml.length) };
    m = next;
  }
}

const SI_RE = startTag('si');
function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const el of elements(xml, SI_RE)) out.push(el.selfClosing ? '' : richText(el.body));
  return out;
}

// Built-in number formats that show dates: 14–22 (international), 27–36 and 50–58 (CJK locales).
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormatCode(code: string): boolean {
  // Drop quoted literals, [colour]/[locale] blocks and escaped characters, then look for y or d;
  // 'm' alone is ambiguous (month or minute), so time-only formats such as mm:ss stay numbers.
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[yd]/i.test(bare);
}

const NUMFMT_RE = startTag('numFmt');
const CELLXFS_RE = new RegExp(`<${P}cellXfs(?=[\\s/>])[^<>]*>`);
const XF_RE = startTag('xf');

/** Indexes of cellXfs whose number format is a date. */
function parseDateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>();
  NUMFMT_RE.lastIndex = 0;
  for (let m; (m = NUMFMT_RE.exec(xml)); ) {
    const id = Number(attr(m[1], 'numFmtId'));
    const code = attr(m[1], 'formatCode');
    if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
  }
  const dates = new Set<number>();
  const open = CELLXFS_RE.exec(xml);
  if (!open) return dates;
  const from = open.index + open[0].length;
  const to = xml.indexOf('cellXfs>', from);
  const block = xml.slice(from, to < 0 ? xml.length : to);
  XF_RE.lastIndex = 0;
  let i = 0;
  for (let m; (m = XF_RE.exec(block)); i++) {
    const id = Number(attr(m[1], 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id)) dates.add(i);
  }
  return dates;
}

type Relationship = { id: string; type: string; target: string };
const REL_RE = startTag('Relationship');

function parseRels(xml: string): Relationship[] {
  const out: Relationship[] = [];
  REL_RE.lastIndex = 0;
  for (let m; (m = REL_RE.exec(xml)); ) {
    out.push({ id: attr(m[1], 'Id') ?? '', type: attr(m[1], 'Type') ?? '', target: attr(m[1], 'Target') ?? '' });
  }
  return out;
}

function resolvePart(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

type Workbook = {
  entries: Map<string, ZipEntry>;
  sheets: { name: string; path: string }[];
  sharedStrings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
};

const WORKBOOK_RE = new RegExp(`<${P}workbook(?=[\\s/>])`);
const SHEET_RE = startTag('sheet');
const WORKBOOKPR_RE = new RegExp(`<${P}workbookPr(?=[\\s/>])([^<>]*)>`);
const RID_RE = /\s[\w.-]{1,32}:id\s*=\s*(?:"([^"]*)"|'([^']*)')/;

// The parts read whole (workbook, relationships, shared strings, styles) cost several times their unpacked
// size in memory (buffer, string, parsed values); only the sheet itself is streamed. So their sum has its
// own cap, far below the total bound: 190 MB of shared strings (a 1.4 MB upload) took the server from
// 190 MB to 700 MB RSS. 16 MiB of shared strings is ~5 million Chinese characters — a 20,000-task plan with
// 200-character descriptions needs ~12 MB.
const MAX_WHOLE_PARTS = 16 * MiB;

function openWorkbook(buf: Buffer, bound: number): Workbook {
  const entries = readCentralDirectory(buf, bound);
  const find = (name: string) => entries.get(name) ?? [...entries.values()].find((e) => e.name.toLowerCase() === name.toLowerCase());
  let wholeBytes = 0;
  const text = (name: string) => {
    const e = find(name);
    if (!e) return undefined;
    wholeBytes += e.size;
    if (wholeBytes > Math.min(bound, MAX_WHOLE_PARTS)) throw tooLargeContent(Math.min(bound, MAX_WHOLE_PARTS));
    return inflateEntry(buf, e, bound).toString('utf8');
  };
  const rootRels = text('_rels/.rels');
  const wbPath = resolvePart('', parseRels(rootRels ?? '').find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml');
  const wbXml = text(wbPath);
  if (wbXml === undefined || !WORKBOOK_RE.test(wbXml)) throw notXlsx('not_workbook');
  const dir = wbPath.slice(0, wbPath.lastIndexOf('/') + 1);
  const rels = parseRels(text(`${dir}_rels/${wbPath.slice(dir.length)}.rels`) ?? '');
  const byId = new Map(rels.map((r) => [r.id, r]));

  const sheets: Workbook['sheets'] = [];
  SHEET_RE.lastIndex = 0;
  for (let m; (m = SHEET_RE.exec(wbXml)); ) {
    const rid = RID_RE.exec(m[1]);
    const rel = rid ? byId.get(rid[1] ?? rid[2]) : undefined;
    // Chart sheets and dialog sheets have no cells.
    if (rel && rel.type.endsWith('/worksheet')) sheets.push({ name: attr(m[1], 'name') ?? '', path: resolvePart(dir, rel.target) });
  }
  if (sheets.length === 0) throw notXlsx('no_worksheet');

  const ssRel = rels.find((r) => r.type.endsWith('/sharedStrings'));
  const ssXml = text(ssRel ? resolvePart(dir, ssRel.target) : `${dir}sharedStrings.xml`);
  const stRel = rels.find((r) => r.type.endsWith('/styles'));
  const stXml = text(stRel ? resolvePart(dir, stRel.target) : `${dir}styles.xml`);
  const pr = WORKBOOKPR_RE.exec(wbXml);
  const d1904 = pr ? attr(pr[1], 'date1904') : undefined;
  return {
    entries,
    sheets,
    sharedStrings: ssXml ? parseSharedStrings(ssXml) : [],
    dateStyles: stXml ? parseDateStyles(stXml) : new Set(),
    date1904: d1904 === '1' || d1904 === 'true',
  };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

// Excel serial day → ISO date. 1900 system: serial 1 = 1900-01-01 and Excel counts a fictitious
// 1900-02-29 (serial 60), so serials from 61 on are one day ahead of a plain count from 1899-12-31.
function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial + 0.5 / 86_400_000); // tolerate float noise just below midnight
  let fromEpoch: number;
  if (date1904) fromEpoch = day - 24107; // 1904-01-01 (serial 0) is 24107 days before 1970-01-01
  else if (day >= 61) fromEpoch = day - 25569;
  else if (day >= 1 && day < 60) fromEpoch = day - 25568;
  else return undefined;
  try {
    return addDays('1970-01-01', fromEpoch);
  } catch {
    return undefined;
  }
}

const MAX_TAG_TAIL = 64 * 1024;
// An open row is re-joined with each new chunk, so its size is capped to keep that copying linear
// overall. 4 Mi characters is ~100k cells with shared strings, far beyond Excel's 16,384 columns.
const MAX_ROW_CHARS = 4 * 1024 * 1024;
const ROW_OPEN_RE = new RegExp(`<(${P})row(?=[\\s/>])([^<>]*)>`, 'g');
const CELL_RE = startTag('c');
const V_RE = new RegExp(`<${P}v(?=[\\s>])[^<>]*>([^<]*)<`);
const REF_RE = /(?:^|\s)r\s*=\s*["']([A-Z]{1,3})(\d+)["']/;
const ROWNUM_RE = /(?:^|\s)r\s*=\s*["'](\d+)["']/;
const TYPE_RE = /(?:^|\s)t\s*=\s*["'](\w+)["']/;
const STYLE_RE = /(?:^|\s)s\s*=\s*["'](\d+)["']/;

/** Value of one <c>: `body` runs from after its start tag to the next cell's start tag. */
function cellValue(attrs: string, body: string, wb: Workbook): RawCell {
  const type = TYPE_RE.exec(attrs)?.[1] ?? 'n';
  if (type === 'inlineStr') return richText(body);
  // A formula without a cached <v> (never calculated) has no value: treat the cell as empty.
  const v = V_RE.exec(body);
  if (!v) return undefined;
  const raw = v[1];
  switch (type) {
    case 's': return wb.sharedStrings[Number(raw)];
    case 'str': return xmlText(raw);
    case 'b': return raw.trim() === '1' || raw.trim() === 'true';
    case 'e': return { error: xmlText(raw) };
    case 'd': return xmlText(raw).slice(0, 10);
    default: {
      if (raw === '') return undefined;
      const n = Number(raw);
      if (Number.isNaN(n)) return xmlText(raw);
      const s = STYLE_RE.exec(attrs);
      if (s && wb.dateStyles.has(Number(s[1]))) return serialToIso(n, wb.date1904) ?? n;
      return n;
    }
  }
}

/**
 * Scans a worksheet row by row as it inflates. `wanted` (known once the header is found) limits
 * which columns are decoded; onRow gets sparse cells indexed by column (0 = A).
 */
async function scanSheet(
  buf: Buffer, wb: Workbook, entry: ZipEntry, bound: number,
  onRow: (row: number, cells: RawCell[]) => void, wanted: () => Set<number> | null,
): Promise<void> {
  let lastRow = 0;
  const handle = (attrs: string, content: string | undefined) => {
    const rn = ROWNUM_RE.exec(attrs);
    const rowNum = rn ? Number(rn[1]) : lastRow + 1;
    lastRow = rowNum;
    if (!content) return;
    const cells: RawCell[] = [];
    const want = wanted();
    let col = -1;
    // Same walk as elements(), inlined: this loop runs once per cell of the whole sheet.
    CELL_RE.lastIndex = 0;
    let m = CELL_RE.exec(content);
    while (m) {
      const attrs = m[1];
      const bodyStart = CELL_RE.lastIndex;
      const next = CELL_RE.exec(content);
      const ref = REF_RE.exec(attrs);
      col = ref ? columnIndex(ref[1]) : col + 1;
      if (!attrs.endsWith('/') && (!want || want.has(col))) {
        const v = cellValue(attrs, content.slice(bodyStart, next ? next.index : content.length), wb);
        if (v !== undefined) cells[col] = v;
      }
      m = next;
    }
    onRow(rowNum, cells);
  };

  // `pending` holds only unconsumed text; an open row remembers where its content starts and how far
  // its closing tag has already been searched for, so no byte is scanned twice.
  let pending = '';
  let open: { attrs: string; close: string; contentStart: number; searchFrom: number } | null = null;
  const drain = () => {
    let pos = 0;
    for (;;) {
      if (!open) {
        ROW_OPEN_RE.lastIndex = pos;
        const m = ROW_OPEN_RE.exec(pending);
        if (!m) {
          // Keep a possibly cut-off start tag (from the last '<') for the next chunk — unless it is
          // implausibly long, in which case it is junk and keeping it would mean rescanning it.
          const lt = pending.lastIndexOf('<');
          pos = lt >= pos && pending.length - lt < MAX_TAG_TAIL ? lt : pending.length;
          break;
        }
        if (m[2].endsWith('/')) {
          handle(m[2], undefined);
          pos = ROW_OPEN_RE.lastIndex;
          continue;
        }
        open = { attrs: m[2], close: `</${m[1]}row>`, contentStart: ROW_OPEN_RE.lastIndex, searchFrom: ROW_OPEN_RE.lastIndex };
      }
      const end = pending.indexOf(open.close, open.searchFrom);
      if (end < 0) {
        if (pending.length - open.contentStart > MAX_ROW_CHARS) throw notXlsx('row_too_large');
        open.searchFrom = Math.max(open.contentStart, pending.length - open.close.length + 1);
        break;
      }
      handle(open.attrs, pending.slice(open.contentStart, end));
      pos = end + open.close.length;
      open = null;
    }
    const base = open ? open.contentStart : pos;
    if (open) {
      open.contentStart -= base;
      open.searchFrom -= base;
    }
    pending = pending.slice(base);
  };
  for await (const chunk of entryText(buf, entry, bound)) {
    pending += chunk;
    drain();
  }
  if (open) throw notXlsx('corrupt'); // a row that never closes: truncated XML
}

// ================================================================ cell conversion

const BOOL_TRUE = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔']);
const BOOL_FALSE = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '✘']);
const NUMBER_TEXT = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
// Unstyled numbers in a date column are taken as serials only for 1950–2100: "2023" typed into a
// date column must fail validation, not become 1905-07-15.
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73051;
const LIST_SPLIT = /[、,，;；\n\r]+/;

type Converted = { value: unknown } | { error: string };

function convert(raw: RawCell, kind: ColumnKind, date1904: boolean): Converted {
  if (raw === undefined) return { value: undefined };
  if (typeof raw === 'object') return { error: `单元格为错误值 ${raw.error}，请检查公式` };
  if (typeof raw === 'string') {
    // U+0000 (written &#0; or _x0000_) has no place in any field, and PostgreSQL text cannot hold it.
    if (raw.includes('\u0000')) return { error: '含有无效字符（U+0000）' };
    const s = raw.trim();
    if (s === '') return { value: undefined };
    switch (kind) {
      case 'number':
      case 'integer': {
        const t = s.normalize('NFKC').replace(/[,\s]/g, '');
        return { value: NUMBER_TEXT.test(t) ? Number(t) : s };
      }
      case 'date': {
        const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(s);
        if (iso && isIsoDate(iso[1])) return { value: iso[1] };
        const m = DATE_TEXT.exec(s.normalize('NFKC'));
        if (m) {
          const d = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
          if (isIsoDate(d)) return { value: d };
        }
        return { value: s };
      }
      case 'boolean': {
        const k = s.toLowerCase();
        return { value: BOOL_TRUE.has(k) ? true : BOOL_FALSE.has(k) ? false : s };
      }
      case 'list':
        return { value: s.split(LIST_SPLIT).map((x) => x.trim()).filter((x) => x !== '') };
      default:
        return { value: s };
    }
  }
  if (typeof raw === 'boolean') {
    if (kind === 'boolean') return { value: raw };
    return { value: kind === 'string' || kind === 'enum' || kind === 'list' ? (raw ? '是' : '否') : raw };
  }
  // number
  switch (kind) {
    case 'number':
    case 'integer':
      return { value: raw };
    case 'date':
      return { value: raw >= SERIAL_MIN && raw <= SERIAL_MAX ? serialToIso(raw, date1904) : raw };
    case 'boolean':
      return { value: raw === 1 ? true : raw === 0 ? false : raw };
    case 'list':
      return { value: [String(raw)] };
    default:
      return { value: String(raw) };
  }
}

// ================================================================ Chinese messages for zod issues

const TYPE_ZH: Record<string, string> = {
  number: '应为数字', int: '应为整数', bigint: '应为整数', string: '应为文本', boolean: '应为“是”或“否”',
  array: '应为一个或多个值（用顿号“、”分隔）', date: '应为日期', object: '格式不正确',
};
const FORMAT_ZH: Record<string, string> = {
  date: '应为日期，如 2023-03-15', datetime: '应为日期时间，如 2023-03-15 09:30', time: '应为时间，如 09:30',
  email: '电子邮箱格式不正确', url: '网址格式不正确', regex: '格式不正确', starts_with: '开头不正确', ends_with: '结尾不正确',
  includes: '缺少必需的内容', uuid: '编号格式不正确',
};
const zhFallback = z.locales.zhCN().localeError;
const KIND_TYPE_ZH: Partial<Record<ColumnKind, string>> = {
  number: '应为数字', integer: '应为整数', date: FORMAT_ZH.date, boolean: TYPE_ZH.boolean, list: TYPE_ZH.array,
};

/** zod error map giving short reasons a person filling a spreadsheet understands. */
export const zhIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return '必填';
      return TYPE_ZH[issue.expected] ?? '格式不正确';
    case 'invalid_value': {
      const vs = issue.values.map(String);
      return vs.length === 1 ? `应为 ${vs[0]}` : `应为以下之一：${vs.slice(0, 20).join('、')}${vs.length > 20 ? ' 等' : ''}`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '必填' : `至少 ${min} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少 ${min} 项`;
      return issue.inclusive ? `不能小于 ${min}` : `应大于 ${min}`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `不能超过 ${max} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${max} 项`;
      return issue.inclusive ? `不能大于 ${max}` : `应小于 ${max}`;
    }
    case 'invalid_format':
      return FORMAT_ZH[issue.format] ?? '格式不正确';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'invalid_union':
      return '格式不正确';
    case 'custom':
      return issue.message ?? '不符合要求';
    default:
      return zhFallback(issue);
  }
};

// ================================================================ import

const normHeader = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/[（(]必填[)）]$/, '').replace(/^[*＊]+|[*＊]+$/g, '');

// A title row or two may sit above the header; the header is the best-matching of the first rows.
const HEADER_SEARCH_ROWS = 10;

export async function parseImport<S extends z.ZodType>(spec: SheetSpec<S>, buf: Buffer, opts: ImportOptions): Promise<ImportResult<z.output<S>>> {
  if (buf.length > opts.maxBytes) throw new AppError('import.file_too_large', { maxMb: Math.round((opts.maxBytes / MiB) * 10) / 10 });
  // Local file header magic; an old .xls or a password-protected .xlsx is an OLE2 container.
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) {
    const ole = buf.length >= 4 && buf.readUInt32LE(0) === 0xe011cfd0;
    throw notXlsx(ole ? 'ole2_xls_or_encrypted' : 'not_zip');
  }
  const bound = opts.maxUncompressedBytes ?? Math.min(20 * opts.maxBytes, 200 * MiB);
  try {
    return await importRows(spec, buf, opts, bound);
  } catch (err) {
    if (err instanceof AppError) throw err;
    // Whatever a malformed file does to the reader, the caller sees a 400, never a 500.
    throw notXlsx('corrupt');
  }
}

async function importRows<S extends z.ZodType>(spec: SheetSpec<S>, buf: Buffer, opts: ImportOptions, bound: number): Promise<ImportResult<z.output<S>>> {
  const wb = openWorkbook(buf, bound);
  const sheet = wb.sheets.find((s) => s.name === spec.sheetName) ?? wb.sheets[0];
  const entry = wb.entries.get(sheet.path);
  if (!entry) throw notXlsx('corrupt');

  const byHeader = new Map<string, Column>();
  for (const c of spec.columns) for (const h of [c.header, ...(c.aliases ?? [])]) byHeader.set(normHeader(h), c);

  let colMap: Map<number, Column> | null = null;
  let wanted: Set<number> | null = null;
  const early: { row: number; cells: RawCell[] }[] = [];
  const rows: z.output<S>[] = [];
  const rowNumbers: number[] = [];
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  let dataRows = 0;

  const fixHeader = () => {
    let best = -1;
    let bestCount = 0;
    early.forEach((r, i) => {
      const n = r.cells.filter((c) => typeof c === 'string' && byHeader.has(normHeader(c))).length;
      if (n > bestCount) { best = i; bestCount = n; }
    });
    const missingAll = () => spec.columns.filter((c) => c.required).map((c) => c.header);
    if (best < 0) throw new AppError('import.missing_columns', { columns: missingAll().length ? missingAll() : spec.columns.map((c) => c.header) });
    const map = new Map<number, Column>();
    const seen = new Map<string, number>();
    const dups: string[] = [];
    early[best].cells.forEach((c, i) => {
      if (typeof c !== 'string') return;
      const col = byHeader.get(normHeader(c));
      if (!col) return;
      if (seen.has(col.key)) { dups.push(col.header); return; }
      seen.set(col.key, i);
      map.set(i, col);
    });
    if (dups.length) throw new AppError('import.duplicate_columns', { columns: [...new Set(dups)] });
    const missing = spec.columns.filter((c) => c.required && !seen.has(c.key)).map((c) => c.header);
    if (missing.length) throw new AppError('import.missing_columns', { columns: missing });
    colMap = map;
    wanted = new Set(map.keys());
    const rest = early.slice(best + 1);
    early.length = 0;
    for (const r of rest) dataRow(r.row, r.cells);
  };

  const dataRow = (rowNum: number, cells: RawCell[]) => {
    const obj: Record<string, unknown> = {};
    const cellErrors = new Set<string>();
    let any = false;
    for (const [i, col] of colMap!) {
      const raw = cells[i];
      if (raw === undefined) continue;
      const c = convert(raw, col.kind ?? 'string', wb.date1904);
      if ('error' in c) {
        any = true;
        cellErrors.add(col.key);
        addError({ row: rowNum, column: col.header, reason: c.error });
      } else if (c.value !== undefined) {
        any = true;
        obj[col.key] = c.value;
      }
    }
    if (!any) return; // blank line
    if (++dataRows > opts.maxRows) throw new AppError('import.too_many_rows', { max: opts.maxRows });
    const r = spec.row.safeParse(obj, { error: zhIssueMessage });
    if (r.success) {
      if (errorCount === 0) {
        rows.push(r.data);
        rowNumbers.push(rowNum);
      }
      return;
    }
    for (const issue of r.error.issues) {
      const key = issue.path.length ? String(issue.path[0]) : '';
      if (cellErrors.has(key)) continue; // already explained by the cell's own error
      const col = spec.columns.find((c) => c.key === key);
      // A wrong type is best explained by what the column holds (a date column got "2023", say).
      const reason = issue.code === 'invalid_type' && col && obj[key] !== undefined ? KIND_TYPE_ZH[col.kind ?? 'string'] ?? issue.message : issue.message;
      addError({ row: rowNum, column: col?.header ?? '', reason });
    }
  };

  const addError = (e: ImportRowError) => {
    errorCount++;
    if (errors.length < maxReportedRowErrors) errors.push(e);
    // Once any row failed nothing will be imported; stop keeping parsed rows.
    rows.length = 0;
    rowNumbers.length = 0;
  };

  await scanSheet(buf, wb, entry, bound, (rowNum, cells) => {
    if (colMap) return dataRow(rowNum, cells);
    if (!cells.some((c) => c !== undefined && !(typeof c === 'string' && c.trim() === ''))) return;
    early.push({ row: rowNum, cells });
    if (early.length >= HEADER_SEARCH_ROWS) fixHeader();
  }, () => wanted);
  if (!colMap) {
    if (early.length === 0) throw new AppError('import.empty');
    fixHeader();
  }
  if (errorCount > 0) throw new AppError('import.invalid_rows', { count: errorCount, errors });
  if (dataRows === 0) throw new AppError('import.empty');
  return { rows, rowNumbers, sheetName: sheet.name };
}

// ================================================================ template and export (exceljs)

/** exceljs (large, and only for writing): loaded with the first template or export, not at start-up. */
async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF8EA9C1' } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const REQUIRED_RED = 'FFC00000';
const FONT = '宋体';

const KIND_FORMAT_ZH: Record<ColumnKind, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  date: '日期，如 2023-03-15（也可用 Excel 日期格式）',
  boolean: '填“是”或“否”',
  enum: '从下拉列表中选择',
  list: '可填多个，用顿号“、”分隔',
};

function columnNumFmt(kind: ColumnKind): string | undefined {
  if (kind === 'date') return 'yyyy-mm-dd';
  // Text format keeps codes such as 001 or long ID numbers from being turned into numbers by Excel.
  if (kind === 'string' || kind === 'enum' || kind === 'list') return '@';
  return undefined;
}

function defaultWidth(c: Column): number {
  return c.width ?? Math.max(10, Math.min(40, c.header.length * 2 + 4));
}

function styleHeader(row: ExcelJS.Row, columns: readonly Column[]): void {
  row.height = 22;
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.font = { name: FONT, bold: true, size: 11, color: c.required ? { argb: REQUIRED_RED } : undefined };
    cell.fill = HEADER_FILL;
    cell.border = HEADER_BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

function exportValue(v: unknown, kind: ColumnKind): ExcelJS.CellValue {
  if (v === undefined || v === null || v === '') return null;
  switch (kind) {
    case 'date': {
      if (v instanceof Date) return new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
      if (typeof v === 'string' && isIsoDate(v)) return new Date(`${v}T00:00:00Z`);
      return String(v);
    }
    case 'boolean':
      return typeof v === 'boolean' ? (v ? '是' : '否') : String(v);
    case 'list':
      return Array.isArray(v) ? v.map(String).join('、') : String(v);
    case 'number':
    case 'integer':
      return typeof v === 'number' ? v : String(v);
    default:
      return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  }
}

type DataValidationSheet = { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } };

function colLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Fill-in template: the data sheet with its styled header (required columns in red), widths,
 * formats and drop-downs, and a 说明 sheet that describes each column. Example values go to the
 * 说明 sheet, not the data sheet, so an untouched template row can never be imported by mistake.
 */
export async function buildTemplate(spec: SheetSpec, opts: { maxRows?: number } = {}): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = '统筹';
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({ key: c.key, width: defaultWidth(c), style: { numFmt: columnNumFmt(c.kind ?? 'string') } }));
  styleHeader(ws.addRow(spec.columns.map((c) => c.header)), spec.columns);

  const lastRow = (opts.maxRows ?? 5000) + 1;
  let lists: ExcelJS.Worksheet | null = null;
  spec.columns.forEach((c, i) => {
    const values = c.kind === 'boolean' ? ['是', '否'] : c.kind === 'enum' ? c.values ?? [] : [];
    if (values.length === 0) return;
    const inline = values.join(',');
    let formula: string;
    // Inline lists are limited to 255 characters and cannot contain commas; else use a hidden sheet.
    if (inline.length <= 250 && !values.some((v) => /[,"]/.test(v))) formula = `"${inline}"`;
    else {
      lists ??= wb.addWorksheet('_lists', { state: 'veryHidden' });
      values.forEach((v, r) => { lists!.getCell(r + 1, i + 1).value = v; });
      formula = `'_lists'!$${colLetter(i)}$1:$${colLetter(i)}$${values.length}`;
    }
    (ws as unknown as DataValidationSheet).dataValidations.add(`${colLetter(i)}2:${colLetter(i)}${lastRow}`, {
      type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true,
      errorStyle: 'stop', errorTitle: '输入有误', error: `请从下拉列表中选择“${c.header}”`,
    });
  });

  const notes = wb.addWorksheet('说明');
  notes.columns = [{ width: 22 }, { width: 10 }, { width: 34 }, { width: 36 }, { width: 20 }, { width: 40 }];
  const head = notes.addRow(['列名', '是否必填', '格式', '可选值', '示例', '说明']);
  styleHeader(head, Array.from({ length: 6 }, (_, i) => ({ key: String(i), header: '' })));
  for (const c of spec.columns) {
    const kind = c.kind ?? 'string';
    const r = notes.addRow([
      c.header, c.required ? '必填' : '选填', KIND_FORMAT_ZH[kind],
      kind === 'enum' ? (c.values ?? []).join('、') : kind === 'boolean' ? '是、否' : null,
      c.example === undefined ? null : typeof c.example === 'boolean' ? (c.example ? '是' : '否') : String(c.example),
      c.note ?? null,
    ]);
    r.alignment = { vertical: 'top', wrapText: true };
    if (c.required) r.getCell(1).font = { bold: true, color: { argb: REQUIRED_RED } };
  }
  notes.addRow([]);
  const lines = [
    `1. 请在“${spec.sheetName}”工作表中填写，第一行为表头，请勿修改表头文字；列的先后顺序可以调整，多余的列会被忽略。`,
    '2. 红色表头为必填列。',
    '3. 导入时逐行校验，全部无误才会导入；如有错误，将列出行号、列名和原因，整份文件都不会导入。',
    ...(opts.maxRows ? [`4. 每个文件最多 ${opts.maxRows} 行数据。`] : []),
  ];
  for (const l of lines) notes.addRow([l]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Export of rows (keyed by column key) with the spec's headers; re-importable with parseImport. */
export async function buildWorkbook(spec: SheetSpec, rows: readonly Record<string, unknown>[]): Promise<Buffer> {
  return buildWorkbookSheets([{ spec, rows }]);
}

/** An export of several sheets in one workbook (e.g. raw data, computed figures and the method beside them). */
export async function buildWorkbookSheets(sheets: readonly { spec: SheetSpec; rows: readonly Record<string, unknown>[] }[]): Promise<Buffer> {
  // The streaming writer is ~2× faster than the in-memory one and does not hold all rows as cells.
  // Shared strings: without them exceljs writes t="str" cells, which some readers treat as formulas.
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => { out.on('end', resolve); out.on('error', reject); });
  const wb = new (await excel()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.creator = '统筹';
  for (const { spec, rows } of sheets) {
    const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ key: c.key, width: defaultWidth(c), style: { numFmt: columnNumFmt(c.kind ?? 'string') } }));
    const header = ws.addRow(spec.columns.map((c) => c.header));
    styleHeader(header, spec.columns);
    header.commit();
    const kinds = spec.columns.map((c) => c.kind ?? 'string');
    for (const r of rows) ws.addRow(spec.columns.map((c, i) => exportValue(r[c.key], kinds[i]))).commit();
    if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: spec.columns.length } };
    ws.commit();
  }
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
