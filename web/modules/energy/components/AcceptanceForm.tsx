// 节能验收: the actual annual energy use after completion; the server compares its tce with the approved.
import { Alert, Button, DatePicker, Flex, Form } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useAcceptance } from '../mutations.ts';
import type { EnergyLineInput, ReviewDetail } from '../types.ts';
import { LinesEditor } from './LinesEditor.tsx';

export function AcceptanceForm({ r }: { r: ReviewDetail }) {
  const { t } = useTranslation();
  const [lines, setLines] = useState<EnergyLineInput[]>(r.lines.map((l) => ({ type: l.type, quantity: l.quantity, unit: l.unit })));
  const [on, setOn] = useState(dayjs());
  const save = useAcceptance(r.id);
  return (
    <Flex vertical gap={8} data-testid="energy-acceptance-form">
      <Form.Item label={t('energy.form.verifiedOn')} style={{ marginBottom: 0 }}><DatePicker value={on} onChange={(d) => d && setOn(d)} /></Form.Item>
      <LinesEditor value={lines} onChange={setLines} year={on.year()} testId="energy-acceptance-lines" />
      {save.error ? <Alert type="error" showIcon title={<ErrorMessage error={save.error} />} /> : null}
      <Button type="primary" loading={save.isPending} style={{ alignSelf: 'flex-start' }} data-testid="energy-acceptance-submit"
        onClick={() => save.mutate({ verifiedOn: on.format('YYYY-MM-DD'), lines, note: '', version: r.version })}>{t('energy.form.verify')}</Button>
    </Flex>
  );
}
