// 计算说明: every figure of the economy pages in words, the same rules as docs/formulas.md and
// common/economy.ts, so a leader can check a number by hand.
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const formulaKeys = ['growth', 'gap', 'level', 'completion', 'time', 'seasonal', 'required', 'projected', 'contribution', 'rag', 'opening', 'fyp'] as const;

export function FormulaButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const screens = Grid.useBreakpoint();
  return (
    <>
      <Button icon={<QuestionCircleOutlined />} onClick={() => setOpen(true)} data-testid="econ-formulas">
        {t('econ.help.button')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('econ.help.title')} size={screens.md ? 560 : '100%'} data-testid="econ-formula-drawer">
        <Typography.Paragraph type="secondary">{t('econ.help.intro')}</Typography.Paragraph>
        {formulaKeys.map((k) => (
          <div key={k} style={{ marginBottom: 14 }}>
            <Typography.Text strong>{t(`econ.help.items.${k}.title`)}</Typography.Text>
            <Typography.Paragraph style={{ margin: '4px 0 0' }}>
              <code style={{ background: '#f5f5f5', padding: '1px 6px', borderRadius: 4 }}>{t(`econ.help.items.${k}.formula`)}</code>
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {t(`econ.help.items.${k}.body`)}
            </Typography.Paragraph>
          </div>
        ))}
      </Drawer>
    </>
  );
}
