// Date pickers of the projects forms: shown in Chinese convention (2023年3月15日) and also accepting
// typed ISO dates; values go to the server as YYYY-MM-DD.
import dayjs, { type Dayjs } from 'dayjs';
import { useShortLang } from '../../../i18n/index.ts';

export function usePickerFormat(): string[] {
  const lang = useShortLang();
  return lang === 'zh' ? ['YYYY年M月D日', 'YYYY-MM-DD'] : ['YYYY-MM-DD'];
}

export const toIso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
export const fromIso = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null);
