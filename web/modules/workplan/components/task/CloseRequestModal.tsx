// 申请销号: the lead unit asks to close a finished task, with evidence (text and files). Files go
// to POST /api/attachments first; the request carries their ids.
import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client.ts';
import { useNotify } from '../../../../components/useNotify.tsx';
import { useRequestClose } from '../../mutations.ts';

const accept = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,application/pdf,image/png,image/jpeg';

export function CloseRequestModal({ taskId, open, onClose }: { taskId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<{ evidence: string }>();
  const [files, setFiles] = useState<UploadFile<{ id: number }>[]>([]);
  const request = useRequestClose(taskId);
  const uploading = files.some((f) => f.status === 'uploading');
  const submit = ({ evidence }: { evidence: string }) => {
    const attachmentIds = files.filter((f) => f.status === 'done' && f.response).map((f) => f.response!.id);
    request.mutate(
      { evidence: evidence.trim(), attachmentIds },
      {
        onSuccess: () => {
          form.resetFields();
          setFiles([]);
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('plan.close.requestTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('plan.close.request')}
      okButtonProps={{ disabled: uploading }}
      confirmLoading={request.isPending}
      destroyOnHidden
      data-testid="close-request-modal"
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="evidence" label={t('plan.close.evidence')} extra={t('plan.close.evidenceHelp')} rules={[{ required: true, whitespace: true }, { max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount data-testid="close-evidence" />
        </Form.Item>
        <Form.Item label={t('plan.close.attachments')}>
          <Upload<{ id: number }>
            accept={accept}
            fileList={files}
            maxCount={20}
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onSuccess, onError }) => {
              api.upload<{ id: number }>('/api/attachments', file as File).then(
                (r) => onSuccess?.(r),
                (e: Error) => {
                  notify.error(e);
                  onError?.(e);
                },
              );
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="close-upload">
              {t('plan.close.upload')}
            </Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
