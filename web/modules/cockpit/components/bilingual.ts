// Picks the zh or en side of a server-given label, following the UI language.
import { useCallback } from 'react';
import { useShortLang } from '../../../i18n/index.ts';
import type { Bilingual } from '../types.ts';

export function useBilingual() {
  const lang = useShortLang();
  return useCallback((b: Bilingual | undefined | null) => (b ? b[lang] : ''), [lang]);
}

/** Module keys in the order the cockpit shows them; a module not listed follows, in the answer's order. */
export const moduleOrder = ['workplan', 'economy', 'projects', 'enterprises', 'prices', 'livelihood', 'energy'];

export function groupByModule<T extends { module: string }>(items: T[]): { module: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const m of moduleOrder) groups.set(m, []);
  for (const i of items) {
    if (!groups.has(i.module)) groups.set(i.module, []);
    groups.get(i.module)!.push(i);
  }
  return [...groups].filter(([, v]) => v.length > 0).map(([module, v]) => ({ module, items: v }));
}
