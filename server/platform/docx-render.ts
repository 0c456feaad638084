// The official-document writer's layout work with the docx library (see docx.ts for the format
// and the public entry point, which loads this module on first use).
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, ImageRun, LineRuleType, Packer, PageBreak,
  PageNumber, Paragraph, TextRun,
  type IRunOptions, type ParagraphChild,
} from 'docx';
import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { periodLabelEn, periodLabelZh, isIsoDate } from '../../common/periods.ts';
import { chineseNumeral, officialFonts, officialLayout, type DocBlock, type OfficialDocument } from './docx.ts';

// Fallbacks written into the font table (w:altName) for machines without the 公文 fonts.
const FONT_FALLBACKS: [name: string, alt: string, family: string, pitch: string][] = [
  [officialFonts.title, '宋体', 'roman', 'variable'],
  [officialFonts.body, '仿宋', 'modern', 'fixed'],
  [officialFonts.h2, '楷体', 'modern', 'fixed'],
  [officialFonts.h1, 'SimHei', 'modern', 'fixed'],
  ['宋体', 'SimSun', 'roman', 'variable'],
];

const TEXT_WIDTH = officialLayout.pageWidth - officialLayout.marginLeft - officialLayout.marginRight;
const BODY_CHAR = officialLayout.bodySize * 10; // one full-width 三号 character, in twips (16 pt = 320)
const RED = 'FF0000';

type RunStyle = { font: string; size: number; bold?: boolean; color?: string; latin?: string };

function run(text: string, s: RunStyle): TextRun {
  return new TextRun(runOptions(text, s));
}

function runOptions(text: string, s: RunStyle): IRunOptions {
  const latin = s.latin ?? officialFonts.latin;
  return {
    text,
    // Chinese text takes the eastAsia font; digits and Latin letters take the Latin one.
    font: { eastAsia: s.font, ascii: latin, hAnsi: latin, cs: latin },
    size: s.size,
    bold: s.bold,
    color: s.color,
  };
}

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
const body: RunStyle = { font: officialFonts.body, size: officialLayout.bodySize };

function bodyParagraph(children: ParagraphChild[], opts: { indent?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: opts.alignment ?? AlignmentType.JUSTIFIED,
    spacing: exact(officialLayout.lineTwips),
    // 空两字: two characters, stated in character units for Word/WPS and in twips for other readers.
    indent: opts.indent === false ? undefined : { firstLineChars: 200, firstLine: 2 * BODY_CHAR },
  });
}

const blankLine = () => bodyParagraph([run('', body)], { indent: false });

/** Width of a line of 三号 text in twips: full-width characters one em, ASCII half. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) < 0x100 ? BODY_CHAR / 2 : BODY_CHAR;
  return w;
}

const HEADING_MARK: Record<'zh' | 'en', Record<'h1' | 'h2' | 'h3' | 'h4', RegExp>> = {
  zh: { h1: /^[一二三四五六七八九十]+、/, h2: /^[（(][一二三四五六七八九十]+[）)]/, h3: /^\d+[.．]/, h4: /^[（(]\d+[）)]/ },
  en: { h1: /^\d+\.\s/, h2: /^\d+\.\d+\s/, h3: /^\d+\.\d+\.\d+\s/, h4: /^\(\d+\)\s/ },
};

function headingMarker(level: 'h1' | 'h2' | 'h3' | 'h4', c: number[], lang: 'zh' | 'en'): string {
  if (lang === 'en') {
    if (level === 'h4') return `(${c[3]}) `;
    return `${c.slice(0, Number(level[1])).join('.')}${level === 'h1' ? '.' : ''} `;
  }
  switch (level) {
    case 'h1': return `${chineseNumeral(c[0])}、`;
    case 'h2': return `（${chineseNumeral(c[1])}）`;
    case 'h3': return `${c[2]}.`;
    case 'h4': return `（${c[3]}）`;
  }
}

/** Text for a w:t element: XML-escaped, without the control characters XML 1.0 cannot hold. */
function xmlText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * A table as WordprocessingML, written as text. The docx library builds an object tree for every cell
 * and serialises it through several more: an 817-row table (the city's assessment notice) took 1.1 s and
 * 160 MB, 2,000 rows 2.2 s and 360 MB. The XML is the same as the library wrote (borders, grid, header
 * row repeated on each page, rows not split, cell margins, centred cells, fonts per script).
 */
function tableXml(b: Extract<DocBlock, { type: 'table' }>, lang: 'zh' | 'en'): string {
  const cols = b.headers.length;
  const size = cols > 5 ? officialLayout.smallTableSize : officialLayout.tableSize;
  const line = Math.round(size * 10 * 1.4); // exact, ~1.4× the font: a fixed grid must not stretch rows
  const weights = b.widths && b.widths.length === cols ? b.widths : Array.from({ length: cols }, () => 1);
  const total = weights.reduce((a, x) => a + x, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  const latin = officialFonts.latin;
  const rPr = (bold: boolean) => `<w:rPr><w:rFonts w:ascii="${latin}" w:cs="${latin}" w:eastAsia="${officialFonts.body}" w:hAnsi="${latin}"/>${bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  const plain = rPr(false);
  const bold = rPr(true);
  const margins = '<w:tcMar><w:top w:type="dxa" w:w="30"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="30"/><w:right w:type="dxa" w:w="80"/></w:tcMar><w:vAlign w:val="center"/></w:tcPr>';
  const cellStart = widths.map((w) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/>${margins}<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="${line}" w:lineRule="exact"/>`);
  const cell = (text: string, i: number, jc: 'center' | 'right' | 'left', header: boolean) =>
    `${cellStart[i]}<w:jc w:val="${jc}"/></w:pPr><w:r>${header ? bold : plain}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p></w:tc>`;
  const border = (side: string) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`;
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const out: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:jc w:val="center"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${b.headers.map((h, i) => cell(h, i, 'center', true)).join('')}</w:tr>`,
  ];
  for (const r of b.rows) {
    let row = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (let i = 0; i < cols; i++) {
      const v = r[i];
      if (typeof v === 'number') row += cell(v.toLocaleString(locale, { maximumFractionDigits: 4 }), i, 'right', false);
      else row += cell(v === null || v === undefined ? '' : String(v), i, 'left', false);
    }
    out.push(`${row}</w:tr>`);
  }
  out.push('</w:tbl>');
  return out.join('');
}

function tableTitle(title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER, spacing: exact(officialLayout.lineTwips), keepNext: true,
    children: [run(title, { ...body, font: officialFonts.h1 })],
  });
}

function imageBlock(b: Extract<DocBlock, { type: 'image' }>): Paragraph[] {
  // 1 px at 96 dpi = 15 twips; shrink to the 版心 width, keeping the aspect ratio.
  const maxPx = Math.floor(TEXT_WIDTH / 15);
  const scale = b.width > maxPx ? maxPx / b.width : 1;
  const out = [new Paragraph({
    alignment: AlignmentType.CENTER,
    // Auto spacing: an exact line height would crop the picture to one line.
    spacing: { before: 120, after: 60, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: Boolean(b.caption),
    children: [new ImageRun({ type: 'png', data: b.png, transformation: { width: Math.round(b.width * scale), height: Math.round(b.height * scale) } })],
  })];
  if (b.caption) {
    out.push(new Paragraph({
      alignment: AlignmentType.CENTER, spacing: exact(officialLayout.lineTwips),
      children: [run(b.caption, { font: officialFonts.body, size: officialLayout.tableSize })],
    }));
  }
  return out;
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const style: RunStyle = { font: officialFonts.pageNumber, latin: officialFonts.pageNumber, size: officialLayout.pageNumberSize };
  const char = officialLayout.pageNumberSize * 10; // one 四号 character: 单页码居右空一字，双页码居左空一字
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: char } : { left: char },
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [new TextRun({ ...runOptions('', style), text: undefined, children: ['— ', PageNumber.CURRENT, ' —'] })],
    })],
  });
}

function fontTableXml(): string {
  const fonts = FONT_FALLBACKS.map(([name, alt, family, pitch]) =>
    `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`).join('');
  const latin = `<w:font w:name="${officialFonts.latin}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}${latin}</w:fonts>`;
}

export async function renderOfficialDocument(d: OfficialDocument): Promise<Buffer> {
  const lang = d.lang ?? 'zh';
  const children: Paragraph[] = [];

  // 版头: issuer mark and document number above the red rule.
  if (d.issuer || d.docNumber) {
    const rule = { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } }; // 4 mm below the last line
    if (d.issuer) {
      // 发文机关标志 in red 小标宋, as large as fits the 156 mm 版心 on one line (at most 小初 36 pt).
      const pt = Math.max(22, Math.min(36, Math.floor(442 / Math.max(1, [...d.issuer].length))));
      children.push(new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: d.docNumber ? 2 * officialLayout.lineTwips : 0, line: 240, lineRule: LineRuleType.AUTO },
        border: d.docNumber ? undefined : rule,
        children: [run(d.issuer, { font: officialFonts.title, size: pt * 2, color: RED })],
      }));
    }
    if (d.docNumber) {
      children.push(new Paragraph({
        alignment: AlignmentType.CENTER, spacing: exact(officialLayout.lineTwips), border: rule,
        children: [run(d.docNumber, body)],
      }));
    }
    children.push(blankLine(), blankLine()); // 空二行 before the title
  }

  children.push(new Paragraph({
    alignment: AlignmentType.CENTER, spacing: exact(officialLayout.lineTwips), keepNext: true,
    children: [run(d.title, { font: officialFonts.title, size: officialLayout.titleSize })],
  }));
  children.push(blankLine());

  if (d.recipients) {
    const colon = lang === 'zh' ? '：' : ':';
    const text = /[:：]$/.test(d.recipients) ? d.recipients : `${d.recipients}${colon}`;
    children.push(bodyParagraph([run(text, body)], { indent: false }));
  }

  const tables: { marker: string; xml: string }[] = [];
  const tableMarker = `#tongchou-table-${randomUUID()}-`;
  const counters = [0, 0, 0, 0];
  for (const b of d.blocks) {
    switch (b.type) {
      case 'h1': case 'h2': case 'h3': case 'h4': {
        const level = Number(b.type[1]) - 1;
        counters[level]++;
        counters.fill(0, level + 1);
        const marker = HEADING_MARK[lang][b.type].test(b.text) ? '' : headingMarker(b.type, counters, lang);
        const style: RunStyle = b.type === 'h1' ? { ...body, font: officialFonts.h1 }
          : b.type === 'h2' ? { ...body, font: officialFonts.h2 }
          : body; // GB/T 9704 7.3.3: levels 3 and 4 in 仿宋, not bold
        children.push(new Paragraph({
          alignment: AlignmentType.JUSTIFIED, spacing: exact(officialLayout.lineTwips), keepNext: true,
          indent: { firstLineChars: 200, firstLine: 2 * BODY_CHAR },
          children: [run(marker + b.text, style)],
        }));
        break;
      }
      case 'p':
        for (const line of b.text.split('\n')) children.push(bodyParagraph([run(line.trim(), body)]));
        break;
      case 'table': {
        // A marker paragraph the table's XML replaces once the library has written the document.
        if (b.title) children.push(tableTitle(b.title));
        const marker = `${tableMarker}${tables.length}#`;
        tables.push({ marker, xml: tableXml(b, lang) });
        children.push(new Paragraph({ children: [new TextRun(marker)] }));
        break;
      }
      case 'image':
        children.push(...imageBlock(b));
        break;
      case 'pageBreak':
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }

  // 成文日期 右空四字; 署名 centred over the date (flush right if it is the longer of the two).
  if (d.signature || d.date) {
    if (d.date && !isIsoDate(d.date)) throw new RangeError(`date must be YYYY-MM-DD, got ${JSON.stringify(d.date)}`);
    const dateText = d.date ? (lang === 'zh' ? periodLabelZh(d.date) : periodLabelEn(d.date)) : '';
    const dateRight = 4 * BODY_CHAR;
    children.push(blankLine(), blankLine());
    if (d.signature) {
      const right = d.date ? Math.max(0, Math.round(dateRight + (textWidth(dateText) - textWidth(d.signature)) / 2)) : dateRight;
      children.push(new Paragraph({
        alignment: AlignmentType.RIGHT, spacing: exact(officialLayout.lineTwips), indent: { right },
        children: [run(d.signature, body)],
      }));
    }
    if (d.date) {
      children.push(new Paragraph({
        alignment: AlignmentType.RIGHT, spacing: exact(officialLayout.lineTwips), indent: { right: dateRight },
        children: [run(dateText, body)],
      }));
    }
  }

  const doc = new Document({
    creator: '统筹',
    title: d.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: { eastAsia: officialFonts.body, ascii: officialFonts.latin, hAnsi: officialFonts.latin }, size: officialLayout.bodySize, language: { value: lang === 'zh' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: exact(officialLayout.lineTwips) },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: officialLayout.pageWidth, height: officialLayout.pageHeight },
          margin: {
            top: officialLayout.marginTop, bottom: officialLayout.marginBottom, left: officialLayout.marginLeft, right: officialLayout.marginRight,
            header: officialLayout.header, footer: officialLayout.footer,
          },
        },
        grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: officialLayout.lineTwips, charSpace: officialLayout.charSpace },
      },
      footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
      children,
    }],
  });
  const packed = await Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return finish(packed, tables);
}

/**
 * Puts each table's XML in place of its marker paragraph in word/document.xml, and numbers the drawings
 * from 1 in each document (the library counts them across every document the process makes, so the same
 * brief made twice differed and the report centre kept it twice).
 */
async function finish(docx: Buffer, tables: { marker: string; xml: string }[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('docx without word/document.xml');
  let xml = await file.async('string');
  const parts: string[] = [];
  let from = 0;
  for (const t of tables) {
    const at = xml.indexOf(t.marker, from);
    if (at < 0) throw new Error('table marker missing from the document');
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    parts.push(xml.slice(from, start), t.xml);
    from = end;
  }
  parts.push(xml.slice(from));
  let drawing = 0;
  xml = parts.join('').replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
