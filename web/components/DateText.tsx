// Dates and timestamps in Chinese convention (2023年3月15日 14:03), following the UI language.
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { useUiLang } from '../i18n/index.ts';

export function DateText({ value, time = false, seconds = false }: { value: string | null | undefined; time?: boolean; seconds?: boolean }) {
  const lang = useUiLang();
  if (!value) return <span>—</span>;
  const text = time ? formatDateTime(value, lang, seconds) : formatDate(value, lang);
  return <time dateTime={value}>{text}</time>;
}
