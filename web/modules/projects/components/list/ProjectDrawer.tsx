// 新增/修改项目: code (national format, only when creating), name, category, nature, sector, tags, town,
// owner, responsible unit and leader, total investment, the year's plan split into 建安 / equipment /
// other, and the nine milestones. Server refusals show in place (code taken, milestone order, …).
import { Alert, Button, Checkbox, Col, Divider, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select, Skeleton, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProjectCode, milestoneSteps, projectCategories, projectNatures, projectSectors, projectTags } from '../../../../../common/projects.ts';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useUiLang } from '../../../../i18n/index.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { showServerErrors } from '../../../workplan/components/serverErrors.ts';
import { useProject } from '../../api.ts';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import { inPlaceCodes, useSaveProject } from '../../mutations.ts';
import type { ProjectDetail, ProjectInput } from '../../types.ts';
import { fromIso, toIso } from '../dates.ts';
import { MilestonesEditor } from './MilestonesEditor.tsx';
import { useTownOptions } from './ProjectFilters.tsx';

type Ms = { step: string; plannedDate: Dayjs | null; actualDate: Dayjs | null; docNo: string };
type Values = Omit<ProjectInput, 'milestones' | 'year'> & { milestones: Ms[] };

type Props = { state: { mode: 'create'; year: number } | { mode: 'edit'; id: number } | null; onClose: () => void; onCreated?: (d: ProjectDetail) => void };

export function ProjectDrawer({ state, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const detail = useProject(state?.mode === 'edit' ? state.id : 0);
  const editing = state?.mode === 'edit';
  return (
    <Drawer open={!!state} onClose={onClose} title={editing ? t('proj.form.editTitle') : t('proj.form.createTitle')} size={screens.md ? 760 : '100%'} destroyOnHidden data-testid="proj-drawer">
      {state && (editing && !detail.data ? <Skeleton active /> : <ProjectForm year={state.mode === 'create' ? state.year : detail.data!.year} project={editing ? detail.data! : null} onClose={onClose} onCreated={onCreated} />)}
    </Drawer>
  );
}

function initialValues(p: ProjectDetail | null): Partial<Values> {
  const ms = milestoneSteps.map((step) => {
    const m = p?.milestones.find((x) => x.step === step);
    return { step, plannedDate: fromIso(m?.plannedDate), actualDate: fromIso(m?.actualDate), docNo: m?.docNo ?? '' };
  });
  if (!p) return { tags: [], statsRegistered: false, completedBefore: 0, planConstruction: 0, planEquipment: 0, planOther: 0, milestones: ms };
  const { code, name, category, nature, sector, tags, townId, ownerName, responsibleUnitId, leaderName, totalInvestment, completedBefore, planConstruction, planEquipment, planOther, statsRegistered, description } = p;
  return { code, name, category, nature, sector, tags, townId, ownerName, responsibleUnitId, leaderName, totalInvestment, completedBefore, planConstruction, planEquipment, planOther, statsRegistered, description, milestones: ms };
}

function ProjectForm({ year, project, onClose, onCreated }: { year: number; project: ProjectDetail | null; onClose: () => void; onCreated?: (d: ProjectDetail) => void }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const lang = useUiLang();
  const [form] = Form.useForm<Values>();
  const save = useSaveProject();
  const towns = useTownOptions();
  const [error, setError] = useState<unknown>(null);
  const [c, e, o] = [Form.useWatch('planConstruction', form), Form.useWatch('planEquipment', form), Form.useWatch('planOther', form)];
  const planTotal = (c ?? 0) + (e ?? 0) + (o ?? 0);
  const submit = (v: Values) => {
    // The step has no field of its own (the rows follow the lifecycle order), so it comes from the row's place.
    const milestones = v.milestones.map((m, i) => ({ step: milestoneSteps[i], plannedDate: toIso(m.plannedDate), actualDate: toIso(m.actualDate), docNo: (m.docNo ?? '').trim() }));
    const body = { ...v, name: v.name.trim(), ownerName: v.ownerName.trim(), leaderName: v.leaderName.trim(), description: (v.description ?? '').trim(), townId: v.townId ?? null, milestones };
    setError(null);
    const input = project ? { ...body, code: undefined, version: project.version } : { ...body, year };
    save.mutate(
      { id: project?.id ?? null, input: input as ProjectInput },
      {
        onSuccess: (d) => (onClose(), !project && onCreated?.(d)),
        onError: (err) => {
          if (inPlaceCodes.some((code) => isApiError(err, code))) setError(err);
          showServerErrors(form, err, lang, { 'proj.code_taken': ['code'] });
        },
      },
    );
  };
  const money = (name: keyof Values, label: string, extra?: string) => (
    <Form.Item name={name} label={label} extra={extra} rules={[{ required: true, message: t('proj.form.required') }]}>
      <InputNumber min={0} max={1e9} style={{ width: '100%' }} suffix={t('proj.unit.wan')} data-testid={`proj-form-${name}`} />
    </Form.Item>
  );
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues(project)} onFinish={submit} data-testid="proj-form">
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} data-testid="proj-form-error" />}
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="code" label={t('proj.field.code')} extra={t('proj.form.codeHint')} rules={[{ required: true, message: t('proj.form.required') }, { validator: async (_, v?: string) => { if (v && !isProjectCode(v.trim())) throw new Error(t('proj.form.codeFormat')); } }]}>
            <Input disabled={!!project} placeholder="2023-110116-48-01-123456" maxLength={24} data-testid="proj-form-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('proj.field.name')} rules={[{ required: true, whitespace: true, message: t('proj.form.required') }, { max: 200 }]}>
            <Input maxLength={200} data-testid="proj-form-name" />
          </Form.Item>
        </Col>
        {(['category', 'nature', 'sector'] as const).map((k) => (
          <Col xs={8} key={k}>
            <Form.Item name={k} label={t(`proj.field.${k}`)} rules={[{ required: true, message: t('proj.form.required') }]}>
              <Select options={(k === 'category' ? projectCategories : k === 'nature' ? projectNatures : projectSectors).map((x) => ({ value: x, label: f.label(k, x) }))} data-testid={`proj-form-${k}`} />
            </Form.Item>
          </Col>
        ))}
        <Col xs={24} md={16}>
          <Form.Item name="tags" label={t('proj.field.tags')}>
            <Select mode="multiple" options={projectTags.map((x) => ({ value: x, label: f.label('tag', x) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="townId" label={t('proj.field.town')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={towns} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="ownerName" label={t('proj.field.owner')} rules={[{ required: true, whitespace: true, message: t('proj.form.required') }, { max: 200 }]}>
            <Input maxLength={200} data-testid="proj-form-owner" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="responsibleUnitId" label={t('proj.field.responsibleUnit')} rules={[{ required: true, message: t('proj.form.required') }]}>
            <OrgTreeSelect allowClear={false} data-testid="proj-form-unit" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="leaderName" label={t('proj.field.leader')} rules={[{ required: true, whitespace: true, message: t('proj.form.required') }, { max: 50 }]}>
            <Input maxLength={50} data-testid="proj-form-leader" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>{money('totalInvestment', t('proj.field.totalInvestment'))}</Col>
        <Col xs={12} md={8}>{money('completedBefore', t('proj.field.completedBefore'))}</Col>
      </Row>
      <Divider titlePlacement="start" style={{ margin: '4px 0 12px' }}>{t('proj.form.planTitle', { year })}</Divider>
      <Row gutter={12}>
        <Col xs={8}>{money('planConstruction', t('proj.field.planConstruction'))}</Col>
        <Col xs={8}>{money('planEquipment', t('proj.field.planEquipment'))}</Col>
        <Col xs={8}>{money('planOther', t('proj.field.planOther'))}</Col>
      </Row>
      <Typography.Paragraph type="secondary" data-testid="proj-form-plan-total">{t('proj.form.planTotal', { value: f.wan(planTotal) })}</Typography.Paragraph>
      <Form.Item name="statsRegistered" valuePropName="checked">
        <Checkbox>{t('proj.field.statsRegistered')}</Checkbox>
      </Form.Item>
      <Form.Item name="description" label={t('proj.field.description')} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <Divider titlePlacement="start" style={{ margin: '4px 0 12px' }}>{t('proj.milestone.title')}</Divider>
      <MilestonesEditor />
      <Flex justify="end" gap={8} style={{ marginTop: 12 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="proj-form-submit">{t('common.save')}</Button>
      </Flex>
    </Form>
  );
}
