// The password rule shown as help text and checked before sending (the server decides):
// ≥ 8 characters, 3 of 4 classes, not containing the username, not one of the last 5.
import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Input, Space, type FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { limits } from '../../common/limits.ts';

export function passwordClasses(p: string): number {
  return [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length;
}

export function passwordHelp(t: TFunction): string {
  return t('password.rule', { min: limits.passwordMin, history: limits.passwordHistory });
}

/** antd rules for a new password; `username` returns the username it must not contain. */
export function passwordRules(t: TFunction, username?: () => string | undefined): FormRule[] {
  return [
    { required: true, message: t('password.required') },
    { min: limits.passwordMin, message: t('password.tooShort', { min: limits.passwordMin }) },
    { max: limits.passwordMax },
    {
      validator: async (_, v: string | undefined) => {
        if (v && v.length >= limits.passwordMin && passwordClasses(v) < 3) throw new Error(t('password.classes'));
        const name = username?.()?.trim().toLowerCase();
        if (v && name && v.toLowerCase().includes(name)) throw new Error(t('password.containsUsername'));
      },
    },
  ];
}

/** A random password with all four classes, for initial and reset passwords. */
export function generatePassword(length = 14): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '!@#$%^&*-_=+?'];
  const all = sets.join('');
  const rand = (n: number) => {
    const a = new Uint32Array(1);
    crypto.getRandomValues(a);
    return a[0] % n;
  };
  const chars = sets.map((s) => s[rand(s.length)]);
  while (chars.length < length) chars.push(all[rand(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/** Password input with a "generate" button, for passwords an admin hands to a user. */
export function GeneratedPasswordInput({ value, onChange, t, id, testId }: { value?: string; onChange?: (v: string) => void; t: TFunction; id?: string; testId?: string }) {
  const [visible, setVisible] = useState(false);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input.Password
        id={id}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        autoComplete="new-password"
        maxLength={limits.passwordMax}
        visibilityToggle={{ visible, onVisibleChange: setVisible }}
        data-testid={testId}
      />
      <Button
        icon={<ThunderboltOutlined />}
        onClick={() => {
          onChange?.(generatePassword());
          setVisible(true); // the admin has to pass it on
        }}
      >
        {t('password.generate')}
      </Button>
    </Space.Compact>
  );
}
