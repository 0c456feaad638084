// Official-document (公文) writer: a .docx laid out after GB/T 9704-2012 《党政机关公文格式》 —
// red issuer mark (发文机关标志) and document number (发文字号) above a red rule, 方正小标宋 title,
// 主送机关, body in 仿宋_GB2312 三号 at 22 lines a page, four heading levels (一、 （一） 1. （1）),
// tables, images (server-rendered charts), signature and date (成文日期, right-indented four
// characters, signature centred over it), and "— 1 —" page numbers: odd pages right, even left.
//
// Fonts are named, never embedded (the machines that open these documents have the 公文 fonts or
// substitute them). The font table also names a fallback for each (altName, GB2312 charset), so
// a machine without 方正小标宋简体 shows 宋体 rather than a Latin font.

export type DocBlock =
  | { type: 'h1'; text: string } // 一、 黑体
  | { type: 'h2'; text: string } // （一） 楷体
  | { type: 'h3'; text: string } // 1. 仿宋
  | { type: 'h4'; text: string } // （1） 仿宋
  | { type: 'p'; text: string } // body; a '\n' starts a new paragraph
  | { type: 'table'; headers: string[]; rows: (string | number | null)[][]; widths?: number[]; title?: string }
  | { type: 'image'; png: Buffer; width: number; height: number; caption?: string } // width/height in px at 96 dpi
  | { type: 'pageBreak' };

export type OfficialDocument = {
  /** 发文机关标志, printed red, e.g. '北京市怀柔区发展和改革委员会文件'. */
  issuer?: string;
  /** 发文字号, e.g. '怀发改〔2023〕5号'. */
  docNumber?: string;
  title: string;
  /** 主送机关; a closing colon is added. */
  recipients?: string;
  blocks: readonly DocBlock[];
  /** 发文机关署名. */
  signature?: string;
  /** 成文日期, ISO 'YYYY-MM-DD', printed 2023年3月15日. */
  date?: string;
  lang?: 'zh' | 'en';
};

const mm = (x: number) => Math.round((x * 1440) / 25.4); // millimetres → twips

/** The layout numbers, in twips and half-points, exported so tests and docs state the same figures. */
export const officialLayout = {
  pageWidth: 11906, // A4 210 mm
  pageHeight: 16838, // A4 297 mm
  marginTop: mm(37), // 2098
  marginBottom: mm(35), // 1984
  marginLeft: mm(28), // 1587
  marginRight: mm(26), // 1474 — leaves the 156 × 225 mm 版心
  header: mm(15),
  // The page number's top sits 7 mm below the 版心; with a 14 pt line that puts the footer's bottom ~23 mm up.
  footer: mm(23),
  lineTwips: 579, // exactly 28.95 pt: 22 lines in the 225 mm 版心
  charSpace: -849, // document grid: 28 characters of 16 pt in the 156 mm 版心
  titleSize: 44, // 二号 22 pt, in half-points
  bodySize: 32, // 三号 16 pt
  tableSize: 28, // 四号 14 pt
  smallTableSize: 24, // 小四 12 pt, for tables wider than five columns
  pageNumberSize: 28, // 四号 14 pt
} as const;

export const officialFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  h1: '黑体',
  h2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; beyond 99 Arabic digits (never reached by headings). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return ZH_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones ? ZH_DIGITS[ones] : ''}`;
}

/** Builds the document. The docx library is large: it is loaded with the first document, not at start-up. */
export async function buildOfficialDocument(d: OfficialDocument): Promise<Buffer> {
  const { renderOfficialDocument } = await import('./docx-render.ts');
  return renderOfficialDocument(d);
}
