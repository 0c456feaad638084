// Date display in Chinese convention (2023年3月15日, 2023年3月15日 14:03); English gets 2023-03-15 14:03.
// Values come from the server as ISO strings (timestamps) or YYYY-MM-DD (dates); shown in local time.

export type UiLang = 'zh-CN' | 'en';

const pad = (n: number) => String(n).padStart(2, '0');

function toDate(value: string | number | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(y, m - 1, d);
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatDate(value: string | number | Date | null | undefined, lang: UiLang = 'zh-CN'): string {
  if (value === null || value === undefined || value === '') return '';
  const d = toDate(value);
  if (!d) return String(value);
  if (lang === 'en') return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

export function formatDateTime(value: string | number | Date | null | undefined, lang: UiLang = 'zh-CN', seconds = false): string {
  if (value === null || value === undefined || value === '') return '';
  const d = toDate(value);
  if (!d) return String(value);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return `${formatDate(d, lang)} ${time}`;
}

const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Formats ISO timestamps found among error details (e.g. auth.locked's `until`) for display. */
export function formatDetailDates(details: Record<string, unknown> | undefined, lang: UiLang): Record<string, unknown> | undefined {
  if (!details) return details;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(details)) out[k] = typeof v === 'string' && isoTimestamp.test(v) ? formatDateTime(v, lang) : v;
  return out;
}
