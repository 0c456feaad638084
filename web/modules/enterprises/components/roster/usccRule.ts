// The unified social credit code check of the enterprise form: common/enterprises.ts's usccProblem (GB 32100
// with its GB 11714 organisation code), its Chinese reason turned into a message in the UI language.
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { usccProblem } from '../../../../../common/enterprises.ts';

export function usccMessageKey(problem: string): string {
  if (problem.includes('18')) return 'ent.uscc.format';
  if (problem.includes('组织机构代码')) return 'ent.uscc.orgCheck';
  return 'ent.uscc.check';
}

export function usccRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('ent.uscc.required') },
    {
      validator: async (_, v: string | undefined) => {
        if (!v) return;
        const p = usccProblem(v.trim().toUpperCase());
        if (p) throw new Error(t(usccMessageKey(p)));
      },
    },
  ];
}
