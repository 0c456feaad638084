// Charts inside documents: ECharts renders the option to SVG on the server (SSR, no DOM), resvg turns the
// SVG into a PNG that the .docx embeds. Both libraries load on first use, so a server that never writes a
// brief never pays for them. Labels use the machine's Noto CJK font when it is installed (fonts-noto-cjk).
import fs from 'node:fs';

const fontCandidates = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
];

export type ChartPng = { png: Buffer; width: number; height: number };

/** Renders an ECharts option (animation off) to a PNG at 2× for print sharpness; width/height are the layout size in px. */
export async function renderChartPng(option: Record<string, unknown>, width = 640, height = 320): Promise<ChartPng> {
  const [echarts, { Resvg }] = await Promise.all([import('echarts'), import('@resvg/resvg-js')]);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'Noto Sans CJK SC, sans-serif' }, ...option });
    const svg = chart.renderToSVGString();
    // One font: each one loaded is held (memory-mapped and parsed) by the renderer until it is collected.
    const fontFiles = fontCandidates.filter((f) => fs.existsSync(f)).slice(0, 1);
    const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: '#ffffff', font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'Noto Sans CJK SC' } }).render().asPng();
    return { png: Buffer.from(png), width, height };
  } finally {
    chart.dispose();
  }
}
