// Benchmark of the Excel import kernel: builds a 100,000-row × 8-column workbook with buildWorkbook,
// then times parseImport (unzip, scan, convert, zod-validate). Target: ≥ 20,000 rows/s.
// Run: node --import tsx bench/xlsx-import.ts [rows]
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { buildWorkbook, parseImport, type SheetSpec } from '../server/platform/xlsx.ts';

const n = Number(process.argv[2] ?? 100_000);
const stages = ['前期', '新开工', '续建', '竣工'] as const;
const spec = {
  sheetName: '项目',
  columns: [
    { key: 'code', header: '项目编号', required: true },
    { key: 'name', header: '项目名称', required: true },
    { key: 'unit', header: '责任单位', required: true },
    { key: 'investment', header: '总投资（万元）', kind: 'number' },
    { key: 'count', header: '数量', kind: 'integer' },
    { key: 'start', header: '开工日期', kind: 'date' },
    { key: 'stage', header: '阶段', kind: 'enum', values: stages },
    { key: 'note', header: '备注' },
  ],
  row: z.object({
    code: z.string().max(32),
    name: z.string().max(100),
    unit: z.string().max(50),
    investment: z.number().min(0).optional(),
    count: z.int().min(0).optional(),
    start: z.iso.date().optional(),
    stage: z.enum(stages),
    note: z.string().max(500).optional(),
  }),
} satisfies SheetSpec;

const units = ['区发改委', '区财政局', '怀柔镇', '雁栖镇', '庙城镇', '北房镇'];
const rows = Array.from({ length: n }, (_, i) => ({
  code: `XM2023${String(i).padStart(6, '0')}`,
  name: `怀柔科学城配套项目第${i % 977}号`,
  unit: units[i % units.length],
  investment: Math.round(i * 12.345) / 100,
  count: i % 1000,
  start: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  stage: stages[i % stages.length],
  note: i % 5 === 0 ? '需协调规自分局办理用地手续' : undefined,
}));

let t0 = performance.now();
const buf = await buildWorkbook(spec, rows);
const writeMs = performance.now() - t0;
console.log(`buildWorkbook: ${n} rows in ${writeMs.toFixed(0)} ms, ${(buf.length / 1024 / 1024).toFixed(1)} MB`);

const runs: number[] = [];
for (let i = 0; i < 3; i++) {
  global.gc?.();
  t0 = performance.now();
  const res = await parseImport(spec, buf, { maxBytes: 50 * 1024 * 1024, maxRows: n });
  const ms = performance.now() - t0;
  if (res.rows.length !== n) throw new Error(`expected ${n} rows, got ${res.rows.length}`);
  runs.push(ms);
  console.log(`parseImport run ${i + 1}: ${ms.toFixed(0)} ms = ${Math.round(n / (ms / 1000))} rows/s`);
}
const best = Math.min(...runs);
const median = [...runs].sort((a, b) => a - b)[1];
console.log(JSON.stringify({ bench: 'xlsx-import', rows: n, columns: 8, fileMb: +(buf.length / 1024 / 1024).toFixed(2), medianMs: Math.round(median), rowsPerSecond: Math.round(n / (median / 1000)), bestRowsPerSecond: Math.round(n / (best / 1000)), rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024) }));
