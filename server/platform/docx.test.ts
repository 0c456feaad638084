import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { buildOfficialDocument, chineseNumeral, officialLayout, type OfficialDocument } from './docx.ts';

/** The parts of a .docx, read through its central directory (enough for the files docx writes). */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'a zip');
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const lh = buf.readUInt32LE(p + 42);
    const start = lh + 30 + buf.readUInt16LE(lh + 26) + buf.readUInt16LE(lh + 28);
    const data = buf.subarray(start, start + size);
    out.set(name, method === 8 ? zlib.inflateRawSync(data) : data);
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/** A solid w×h RGB PNG. */
function png(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc((w * 3 + 1) * h, 0x80);
  for (let y = 0; y < h; y++) raw[y * (w * 3 + 1)] = 0; // filter byte
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const sample: OfficialDocument = {
  issuer: '北京市怀柔区发展和改革委员会文件',
  docNumber: '怀发改〔2023〕5号',
  title: '关于印发《2023年重点工作任务分解方案》的通知',
  recipients: '各科室、各直属单位',
  blocks: [
    { type: 'p', text: '为深入贯彻落实区委、区政府决策部署，现将有关事项通知如下。' },
    { type: 'h1', text: '总体要求' },
    { type: 'p', text: '坚持稳中求进工作总基调。' },
    { type: 'h2', text: '工作目标' },
    { type: 'h2', text: '重点任务' },
    { type: 'h3', text: '扩大有效投资。' },
    { type: 'h4', text: '加快重大项目建设。' },
    { type: 'h1', text: '二、保障措施' }, // already numbered: kept as is
    { type: 'h2', text: '加强组织领导' }, // numbering restarts under the new h1
    { type: 'table', title: '表1 重点项目', headers: ['序号', '项目名称', '总投资（万元）', '责任单位'], rows: [[1, '怀柔科学城道路', 12345.5, '区住建委'], [2, '庙城智能制造产业园', 56000, null]], widths: [1, 4, 2, 2] },
    { type: 'image', png: png(800, 400), width: 800, height: 400, caption: '图1 投资完成情况' },
    { type: 'pageBreak' },
    { type: 'p', text: '第一段。\n第二段。' },
  ],
  signature: '北京市怀柔区发展和改革委员会',
  date: '2023-03-15',
};

/** The run properties and paragraph properties of the paragraph holding `text`. */
function around(xml: string, text: string): { pPr: string; rPr: string } {
  const i = xml.indexOf(`>${text}<`);
  assert.ok(i >= 0, `document contains ${text}`);
  const p = xml.lastIndexOf('<w:p>', i);
  const chunk = xml.slice(p, i);
  return { pPr: /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(chunk)?.[0] ?? '', rPr: [...chunk.matchAll(/<w:rPr>[\s\S]*?<\/w:rPr>/g)].at(-1)?.[0] ?? '' };
}

describe('docx buildOfficialDocument', async () => {
  const parts = unzip(await buildOfficialDocument(sample));
  const doc = parts.get('word/document.xml')!.toString('utf8');

  it('lays out an A4 page with the GB/T 9704 margins and a 22-line grid', () => {
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(doc, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="850" w:footer="1304"/);
    assert.match(doc, /<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"\/>/);
    // 37/35/28/26 mm in twips (1 mm = 1440/25.4 twips)
    assert.deepEqual([officialLayout.marginTop, officialLayout.marginBottom, officialLayout.marginLeft, officialLayout.marginRight], [2098, 1984, 1587, 1474]);
  });

  it('sets the title in 方正小标宋简体 二号, centred', () => {
    const t = around(doc, sample.title);
    assert.match(t.rPr, /w:eastAsia="方正小标宋简体"/);
    assert.match(t.rPr, /<w:sz w:val="44"\/>/);
    assert.match(t.pPr, /<w:jc w:val="center"\/>/);
  });

  it('sets body text in 仿宋_GB2312 三号, exact 28.95 pt lines, two-character indent', () => {
    const p = around(doc, '坚持稳中求进工作总基调。');
    assert.match(p.rPr, /w:eastAsia="仿宋_GB2312"/);
    assert.match(p.rPr, /w:ascii="Times New Roman"/);
    assert.match(p.rPr, /<w:sz w:val="32"\/>/);
    assert.match(p.pPr, /w:line="579" w:lineRule="exact"/);
    assert.match(p.pPr, /<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
    assert.match(p.pPr, /<w:jc w:val="both"\/>/);
    // a '\n' makes two paragraphs
    around(doc, '第一段。');
    around(doc, '第二段。');
  });

  it('numbers headings per level, restarting below each h1, and keeps existing numbers', () => {
    const cases: [string, string][] = [
      ['一、总体要求', '黑体'],
      ['（一）工作目标', '楷体_GB2312'],
      ['（二）重点任务', '楷体_GB2312'],
      ['1.扩大有效投资。', '仿宋_GB2312'],
      ['（1）加快重大项目建设。', '仿宋_GB2312'],
      ['二、保障措施', '黑体'],
      ['（一）加强组织领导', '楷体_GB2312'],
    ];
    for (const [text, font] of cases) {
      const h = around(doc, text);
      assert.match(h.rPr, new RegExp(`w:eastAsia="${font}"`), text);
      assert.match(h.rPr, /<w:sz w:val="32"\/>/, text);
      assert.doesNotMatch(h.rPr, /<w:b\/>/, `${text} is not bold`);
    }
    assert.ok(!doc.includes('二、二、'), 'an existing marker is not doubled');
  });

  it('prints the issuer in red, the document number over a red rule, and the recipients with a colon', () => {
    const issuer = around(doc, sample.issuer!);
    assert.match(issuer.rPr, /<w:color w:val="FF0000"\/>/);
    assert.match(issuer.rPr, /w:eastAsia="方正小标宋简体"/);
    assert.match(issuer.rPr, /<w:sz w:val="54"\/>/, '16 characters fit 156 mm at 27 pt');
    const num = around(doc, '怀发改〔2023〕5号');
    assert.match(num.pPr, /<w:bottom w:val="single" w:color="FF0000" w:sz="12" w:space="11"\/>/);
    assert.match(num.pPr, /<w:jc w:val="center"\/>/);
    assert.doesNotMatch(around(doc, '各科室、各直属单位：').pPr, /w:ind/, 'recipients are not indented');
  });

  it('right-indents the date four characters and centres the signature over it', () => {
    const date = around(doc, '2023年3月15日');
    assert.match(date.pPr, /<w:ind w:right="1280"\/>/);
    assert.match(date.pPr, /<w:jc w:val="right"\/>/);
    // date = 7 half-width digits × 160 + 3 × 320 = 2080 twips; signature = 14 × 320 = 4480;
    // right indent = 1280 + (2080 − 4480) / 2 = 80
    assert.match(around(doc, '北京市怀柔区发展和改革委员会').pPr, /<w:ind w:right="80"\/>/);
  });

  it('writes tables with proportional widths, a bold header row and right-aligned numbers', () => {
    // 版心 8845 twips split 1:4:2:2
    assert.match(doc, /<w:tblGrid><w:gridCol w:w="982"\/><w:gridCol w:w="3931"\/><w:gridCol w:w="1965"\/><w:gridCol w:w="1965"\/><\/w:tblGrid>/);
    const head = around(doc, '总投资（万元）');
    assert.match(head.rPr, /<w:b\/>/);
    assert.match(head.rPr, /<w:sz w:val="28"\/>/);
    assert.match(doc, /<w:tblHeader\/>/);
    assert.match(around(doc, '12,345.5').pPr, /<w:jc w:val="right"\/>/);
    assert.match(around(doc, '怀柔科学城道路').pPr, /<w:jc w:val="left"\/>/);
    assert.match(doc, /<w:tblBorders><w:top w:val="single"/);
    assert.match(around(doc, '表1 重点项目').rPr, /w:eastAsia="黑体"/);
  });

  it('embeds the image shrunk to the 版心 width, with its caption', () => {
    assert.ok([...parts.keys()].some((k) => k.startsWith('word/media/') && k.endsWith('.png')));
    // 800 px is wider than 8845 / 15 = 589 px: 589 × 295 px, at 9525 EMU per px
    assert.match(doc, /<wp:extent cx="5610225" cy="2809875"\/>/);
    around(doc, '图1 投资完成情况');
    assert.match(doc, /<w:br w:type="page"\/>/);
  });

  it('puts "— page —" in 宋体 四号 in the footer: odd pages right, even pages left', () => {
    assert.match(doc, /<w:footerReference w:type="default" r:id="[^"]+"\/><w:footerReference w:type="even"/);
    assert.match(parts.get('word/settings.xml')!.toString('utf8'), /<w:evenAndOddHeaders\/>/);
    const footers = [...parts.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k)).map((k) => parts.get(k)!.toString('utf8'));
    assert.equal(footers.length, 2);
    for (const f of footers) {
      assert.match(f, /<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
      assert.match(f, />— </);
      assert.match(f, /> —</);
      assert.match(f, /w:eastAsia="宋体"/);
      assert.match(f, /<w:sz w:val="28"\/>/);
    }
    assert.ok(footers.some((f) => /<w:ind w:right="280"\/><w:jc w:val="right"\/>/.test(f)), 'odd: right, one character in');
    assert.ok(footers.some((f) => /<w:ind w:left="280"\/><w:jc w:val="left"\/>/.test(f)), 'even: left, one character in');
  });

  it('names fallbacks in the font table instead of embedding fonts', () => {
    const fonts = parts.get('word/fontTable.xml')!.toString('utf8');
    assert.match(fonts, /<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/><w:charset w:val="86"\/>/);
    assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    assert.doesNotMatch(fonts, /embedRegular/);
    assert.ok(![...parts.keys()].some((k) => k.startsWith('word/fonts/')));
  });
});

describe('docx variants', () => {
  it('writes a plain document without 版头, in English', async () => {
    const parts = unzip(await buildOfficialDocument({
      title: 'Notice on the 2023 work plan', recipients: 'All sections', lang: 'en', date: '2023-03-15', signature: 'District DRC',
      blocks: [{ type: 'h1', text: 'Goals' }, { type: 'h2', text: 'Targets' }, { type: 'h1', text: 'Measures' }, { type: 'h2', text: 'Staff' }],
    }));
    const doc = parts.get('word/document.xml')!.toString('utf8');
    for (const t of ['Notice on the 2023 work plan', 'All sections:', '1. Goals', '1.1 Targets', '2. Measures', '2.1 Staff', '15 March 2023']) around(doc, t);
    assert.doesNotMatch(doc, /FF0000/, 'no red header without an issuer');
  });

  it('puts the red rule under the issuer when there is no document number', async () => {
    const doc = unzip(await buildOfficialDocument({ issuer: '区发改委', title: 'T', blocks: [] })).get('word/document.xml')!.toString('utf8');
    assert.match(around(doc, '区发改委').pPr, /w:color="FF0000"/);
    assert.match(around(doc, '区发改委').rPr, /<w:sz w:val="72"\/>/, 'a short issuer is capped at 36 pt');
  });

  it('centres a short signature over the date', async () => {
    const doc = unzip(await buildOfficialDocument({ title: 'T', blocks: [], signature: '区发改委', date: '2023-03-15' })).get('word/document.xml')!.toString('utf8');
    // 1280 + (2080 − 4 × 320) / 2 = 1680
    assert.match(around(doc, '区发改委').pPr, /<w:ind w:right="1680"\/>/);
  });

  it('places large tables where they stand, in order, escaped, with every row', async () => {
    const many = Array.from({ length: 2_000 }, (_, i) => [i + 1, `单位${i} <a&b> "q"`, i / 4]);
    const doc = unzip(await buildOfficialDocument({
      title: 'T',
      blocks: [
        { type: 'p', text: '表前段落' },
        { type: 'table', title: '表1', headers: ['序号', '单位', '分值'], rows: many },
        { type: 'p', text: '两表之间' },
        { type: 'table', headers: ['甲'], rows: [['控制\u0001字符\u001f去掉']] },
        { type: 'p', text: '表后段落' },
      ],
    })).get('word/document.xml')!.toString('utf8');
    const order = ['表前段落', '表1', '单位0 &lt;a&amp;b&gt; &quot;q&quot;', '单位1999 &lt;a&amp;b&gt;', '两表之间', '控制字符去掉', '表后段落'].map((t) => doc.indexOf(t));
    assert.ok(order.every((at) => at > 0), `every text is there: ${order}`);
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'in the order of the blocks');
    assert.equal(doc.match(/<w:tbl>/g)?.length, 2);
    assert.equal(doc.match(/<w:tr>/g)?.length, 2_001 + 2, 'a header row and every data row of each table');
    assert.match(around(doc, '499.75').pPr, /<w:jc w:val="right"\/>/);
    assert.doesNotMatch(doc, /tongchou-table-/, 'no marker is left behind');
    assert.doesNotMatch(doc, /[\u0001\u001f]/);
  });

  it('refuses a malformed date', async () => {
    await assert.rejects(buildOfficialDocument({ title: 'T', blocks: [], date: '2023-02-30' }), RangeError);
  });
});

describe('docx chineseNumeral', () => {
  const cases: [number, string][] = [[0, '零'], [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'], [99, '九十九'], [100, '100'], [-1, '-1']];
  for (const [n, zh] of cases) it(`${n} → ${zh}`, () => assert.equal(chineseNumeral(n), zh));
});
