// The user's "reduce motion" setting (prefers-reduced-motion, set in the operating system or the browser):
// when on, antd's transitions and the charts' entry animations are off (WCAG 2.3.3). Followed live.
import { useSyncExternalStore } from 'react';

const query = '(prefers-reduced-motion: reduce)';
const media = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null);

function subscribe(onChange: () => void): () => void {
  const m = media();
  m?.addEventListener('change', onChange);
  return () => m?.removeEventListener('change', onChange);
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => !!media()?.matches, () => false);
}
