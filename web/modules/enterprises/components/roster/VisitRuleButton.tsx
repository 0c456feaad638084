// The year's visit rule (each enterprise at least N visits), set by the division.
import { SettingOutlined } from '@ant-design/icons';
import { Button, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetVisitRule } from '../../mutations.ts';

export function VisitRuleButton({ year, minVisits }: { year: number; minVisits: number }) {
  const { t } = useTranslation();
  const save = useSetVisitRule();
  const [open, setOpen] = useState(false);
  const [n, setN] = useState<number | null>(minVisits);
  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => (setN(minVisits), setOpen(true))} data-testid="ent-visit-rule">
        {t('ent.rule.button')}
      </Button>
      <Modal
        open={open}
        title={t('ent.rule.title', { year })}
        onCancel={() => setOpen(false)}
        onOk={() => n && save.mutate({ year, minVisits: n }, { onSuccess: () => setOpen(false) })}
        okButtonProps={{ loading: save.isPending, disabled: !n }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('ent.rule.help')}</Typography.Paragraph>
        <InputNumber min={1} max={52} precision={0} value={n} onChange={setN} addonBefore={t('ent.rule.label')} addonAfter={t('ent.rule.unit')} />
      </Modal>
    </>
  );
}
