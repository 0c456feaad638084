// i18next set-up: zh-CN by default, English second; the choice is kept in localStorage and
// mirrored to <html lang>, the API client's accept-language header and document.title.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { zhCN } from './zh-CN.ts';
import { en } from './en.ts';
import { setApiLanguage } from '../api/client.ts';
import type { UiLang } from './format.ts';

const storageKey = 'tongchou.lang';
export const uiLangs: readonly UiLang[] = ['zh-CN', 'en'];

function storedLang(): UiLang {
  try {
    const v = localStorage.getItem(storageKey);
    return v === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyLang(lang: UiLang): void {
  setApiLanguage(lang);
  document.documentElement.lang = lang;
  document.title = i18next.t('app.title');
}

export function initI18n(): typeof i18next {
  const lng = storedLang();
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    fallbackLng: 'zh-CN',
    supportedLngs: ['zh-CN', 'en'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  applyLang(lng);
  return i18next;
}

export function setUiLang(lang: UiLang): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  void i18next.changeLanguage(lang).then(() => applyLang(lang));
}

/** The current UI language as 'zh-CN' | 'en'. */
export function useUiLang(): UiLang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** 'zh' | 'en', the key used by roleLabels, orgKindLabels and messageFor in common/. */
export function useShortLang(): 'zh' | 'en' {
  return useUiLang() === 'en' ? 'en' : 'zh';
}
