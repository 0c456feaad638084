// 中文 / English switch; the choice persists in localStorage.
import { Segmented } from 'antd';
import { setUiLang, useUiLang } from '../i18n/index.ts';

export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const lang = useUiLang();
  return (
    <Segmented
      size={size}
      value={lang}
      data-testid="lang-switch"
      aria-label="Language / 语言"
      options={[
        { label: '中', value: 'zh-CN', title: '中文' },
        { label: 'EN', value: 'en', title: 'English' },
      ]}
      onChange={(v) => setUiLang(v === 'en' ? 'en' : 'zh-CN')}
    />
  );
}
