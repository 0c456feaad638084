// 信息宣传: articles and media reports of the campaign, counted by media level; towns log their own.
import { Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session.ts';
import { useAddPublicity } from '../mutations.ts';
import type { SzcOverview } from '../types.ts';

export function PublicityCard({ o }: { o: SzcOverview }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const add = useAddPublicity(o.year);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const myTown = o.allTowns.find((w) => w.id === me.orgId);
  return (
    <Card size="small" title={<Space>{t('live.szc.publicityLog')}{o.publicityByLevel.map((l) => <Tag key={l.level}>{l.level} {l.count}</Tag>)}</Space>}
      extra={o.abilities.report && <Button size="small" onClick={() => setOpen(true)} data-testid="szc-add-publicity">{t('live.szc.addPublicity')}</Button>}>
      <Table size="small" rowKey="id" dataSource={o.publicity} pagination={{ pageSize: 6, size: 'small' }}
        columns={[
          { title: t('live.szc.date'), dataIndex: 'date', width: 110 },
          { title: t('live.szc.articleTitle'), dataIndex: 'title' },
          { title: t('live.szc.outlet'), dataIndex: 'outlet', width: 130 },
          { title: t('live.szc.level'), dataIndex: 'level', width: 80 },
          { title: t('live.col.town'), dataIndex: 'townName', width: 120, render: (v: string | null) => v ?? t('live.szc.districtWide') },
        ]} />
      <Modal open={open} title={t('live.szc.addPublicity')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={add.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ townId: myTown?.id ?? null, level: '区级' }}
          onFinish={(v) => add.mutate({ townId: v.townId ?? null, date: v.date.format('YYYY-MM-DD'), title: v.title, outlet: v.outlet, level: v.level }, { onSuccess: () => { setOpen(false); form.resetFields(); } })}>
          <Form.Item name="townId" label={t('live.col.town')}><Select allowClear disabled={!!myTown} placeholder={t('live.szc.districtWide')} options={o.allTowns.map((w) => ({ value: w.id, label: w.name }))} /></Form.Item>
          <Form.Item name="date" label={t('live.szc.date')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="title" label={t('live.szc.articleTitle')} rules={[{ required: true, max: 200 }]}><Input /></Form.Item>
          <Form.Item name="outlet" label={t('live.szc.outlet')} rules={[{ required: true, max: 100 }]}><Input /></Form.Item>
          <Form.Item name="level" label={t('live.szc.level')} rules={[{ required: true }]}><Select options={['中央级', '市级', '区级'].map((l) => ({ value: l, label: l }))} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
