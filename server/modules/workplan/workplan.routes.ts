// Routes of the work plan: structure, tasks, monthly reports and their review, dashboard.
import { z } from 'zod';
import { limits } from '../../../common/limits.ts';
import { pageQuery } from '../../../common/platform.ts';
import { assessmentSchemeSchema, closeDecision, closeRequestInput, monthPeriod, noticeInput, noticeReply, reportInput, reviewInput, studySessionInput, taskInput, taskTags, taskUpdate } from '../../../common/workplan.ts';
import { actorOf, sendFile, answerJson, uploadedFile } from '../../platform/http.ts';
import { sendKept } from '../cockpit/reports.service.ts';
import type { ModuleRegister } from '../types.ts';
import * as plan from './workplan.service.ts';
import * as sup from './supervision.service.ts';
import * as party from './party.service.ts';
import * as assessment from './assessment.service.ts';
import * as planXlsx from './plan-xlsx.service.ts';
import * as docs from './documents.service.ts';

const tags = ['workplan'];
const year = z.coerce.number().int().min(2000).max(2100);
const id = z.coerce.number().int().positive().max(limits.idMax);

export const workplanRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/plan/years', { config: { permission: 'plan.read' }, schema: { tags, summary: '计划年度' } }, async (req) => plan.listYears(ctx, actorOf(req)));

  app.get('/api/plan/:year', { config: { permission: 'plan.read' }, schema: { tags, summary: '年度计划结构（领域、工作要点、状态规则）', params: z.strictObject({ year }) } },
    async (req) => plan.planStructure(ctx, actorOf(req), req.params.year));

  app.get('/api/plan/:year/tasks', {
    config: { permission: 'plan.read' },
    schema: {
      tags, summary: '任务列表（按范围过滤，含计算状态）', params: z.strictObject({ year }),
      querystring: z.strictObject({
        areaId: id.optional(), unitId: id.optional(), leaderName: z.string().max(limits.displayNameMax).optional(), tag: z.enum(taskTags).optional(),
        status: z.enum(['green', 'yellow', 'red', 'grey', 'closed']).optional(), attention: z.enum(plan.attentionKinds).optional(), q: z.string().max(limits.searchMax).optional(),
        mine: z.enum(['1', '0']).optional(), ...pageQuery,
      }),
    },
  }, (req, reply) => answerJson(reply, plan.listTasksJson(ctx, actorOf(req), { ...req.query, year: req.params.year, mine: req.query.mine === '1' })));

  app.post('/api/plan/:year/tasks', { config: { permission: 'plan.write' }, schema: { tags, summary: '新建任务', params: z.strictObject({ year }), body: taskInput } },
    async (req, reply) => reply.status(201).send(await plan.createTask(ctx, actorOf(req), req.params.year, req.body)));

  app.get('/api/plan/tasks/:id', { config: { permission: 'plan.read' }, schema: { tags, summary: '任务详情（节点、进展、历史）', params: z.strictObject({ id }) } },
    async (req) => plan.getTask(ctx, actorOf(req), req.params.id));

  app.patch('/api/plan/tasks/:id', { config: { permission: 'plan.write' }, schema: { tags, summary: '修改任务', params: z.strictObject({ id }), body: taskUpdate } },
    async (req) => plan.updateTask(ctx, actorOf(req), req.params.id, req.body));

  app.put('/api/plan/tasks/:id/reports/:period', {
    config: { permission: 'plan.report' },
    schema: { tags, summary: '保存或报送月度进展（牵头单位）', params: z.strictObject({ id, period: monthPeriod }), body: reportInput },
  }, async (req) => plan.saveReport(ctx, actorOf(req), req.params.id, req.params.period, req.body));

  app.post('/api/plan/reports/:id/review', { config: { permission: 'plan.review' }, schema: { tags, summary: '审核月度进展（通过或退回）', params: z.strictObject({ id }), body: reviewInput } },
    async (req) => plan.reviewReport(ctx, actorOf(req), req.params.id, req.body));

  app.get('/api/plan/:year/dashboard', { config: { permission: 'plan.read' }, schema: { tags, summary: '红黄绿灯看板', params: z.strictObject({ year }) } },
    (req, reply) => answerJson(reply, plan.dashboardJson(ctx, actorOf(req), req.params.year)));
};

export const supervisionRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/plan/:year/supervisions', {
    config: { permission: 'plan.read' },
    schema: { tags, summary: '督办单列表', params: z.strictObject({ year }), querystring: z.strictObject({ state: z.enum(['open', 'replied', 'escalated', 'closed']).optional(), taskId: id.optional() }) },
  }, async (req) => sup.listNotices(ctx, actorOf(req), req.params.year, req.query));
  app.post('/api/plan/tasks/:id/supervisions', { config: { permission: 'plan.review' }, schema: { tags, summary: '下发督办单', params: z.strictObject({ id }), body: noticeInput } },
    async (req, reply) => reply.status(201).send(await sup.issueNotice(ctx, actorOf(req), req.params.id, req.body)));
  app.post('/api/plan/supervisions/:id/reply', { config: { permission: 'plan.report' }, schema: { tags, summary: '答复督办单', params: z.strictObject({ id }), body: noticeReply } },
    async (req) => sup.replyNotice(ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/plan/:year/supervisions/sweep', { config: { permission: 'plan.review' }, schema: { tags, summary: '按规则自动督办与逾期升级', params: z.strictObject({ year }) } },
    async (req) => sup.sweep(ctx, req.params.year, actorOf(req)));
  app.post('/api/plan/tasks/:id/close-request', { config: { permission: 'plan.report' }, schema: { tags, summary: '申请销号（需佐证）', params: z.strictObject({ id }), body: closeRequestInput } },
    async (req, reply) => reply.status(201).send(await sup.requestClose(ctx, actorOf(req), req.params.id, req.body)));
  app.post('/api/plan/tasks/:id/close-decision', { config: { permission: 'plan.review' }, schema: { tags, summary: '审批销号', params: z.strictObject({ id }), body: closeDecision } },
    async (req) => sup.decideClose(ctx, actorOf(req), req.params.id, req.body));
  app.put('/api/plan/tasks/:id/follow', { config: { permission: 'plan.read' }, schema: { tags, summary: '关注/取消关注任务', params: z.strictObject({ id }), body: z.strictObject({ follow: z.boolean() }) } },
    async (req) => sup.setFollow(ctx, actorOf(req), req.params.id, req.body.follow));
  app.get('/api/plan/:year/study-sessions', { config: { permission: 'plan.read' }, schema: { tags, summary: '党建学习记录', params: z.strictObject({ year }) } },
    async (req) => party.listSessions(ctx, actorOf(req), req.params.year));
  app.post('/api/plan/study-sessions', { config: { permission: 'plan.read' }, schema: { tags, summary: '登记学习记录', body: studySessionInput } },
    async (req, reply) => reply.status(201).send(await party.createSession(ctx, actorOf(req), req.body)));
};

export const assessmentRoutes: ModuleRegister = async (app, ctx) => {
  app.put('/api/plan/:year/settings', { config: { permission: 'plan.write' }, schema: { tags, summary: '年度规则（红黄绿灯阈值、报送截止日、自动督办规则）', params: z.strictObject({ year }), body: plan.yearSettingsInput } },
    async (req) => plan.updateYearSettings(ctx, actorOf(req), req.params.year, req.body));
  app.get('/api/plan/:year/assessment', { config: { permission: 'plan.read' }, schema: { tags, summary: '年度考核（按单位计分、排名，每一分可追溯）', params: z.strictObject({ year }) } },
    async (req) => assessment.computeAssessment(ctx, actorOf(req), req.params.year));
  app.put('/api/plan/:year/assessment/scheme', { config: { permission: 'plan.write' }, schema: { tags, summary: '修改考核方案', params: z.strictObject({ year }), body: assessmentSchemeSchema.extend({ version: z.number().int().positive() }) } },
    async (req) => assessment.updateScheme(ctx, actorOf(req), req.params.year, req.body));
};

export const planDocumentRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/plan/template', { config: { permission: 'plan.read' }, schema: { tags, summary: '任务导入模板（xlsx）' } },
    async (req, reply) => sendFile(reply, await planXlsx.planTemplate(ctx, actorOf(req)), '重点任务导入模板.xlsx'));
  app.get('/api/plan/:year/export', { config: { permission: 'plan.read' }, schema: { tags, summary: '导出年度计划（xlsx，与导入格式相同）', params: z.strictObject({ year }) } },
    async (req, reply) => sendFile(reply, await planXlsx.exportPlan(ctx, actorOf(req), req.params.year), `${req.params.year}年重点任务.xlsx`));
  app.post('/api/plan/:year/import', { config: { permission: 'plan.write' }, schema: { tags, summary: '导入年度计划（按任务编号新增或更新；全部成功或全部不导入）', params: z.strictObject({ year }), consumes: ['multipart/form-data'] } },
    async (req) => planXlsx.importPlan(ctx, actorOf(req), req.params.year, await uploadedFile(req, ctx.config.maxUploadMb)));
  app.get('/api/plan/:year/report.docx', { config: { permission: 'plan.read' }, schema: { tags, summary: '月度督办通报（docx）', params: z.strictObject({ year }), querystring: z.strictObject({ month: monthPeriod }) } },
    async (req, reply) => sendKept(ctx, req, reply, { type: 'plan.bulletin', period: req.query.month }, await docs.monthlyBulletin(ctx, actorOf(req), req.params.year, req.query.month), `${req.query.month}督办通报.docx`));
  app.get('/api/plan/:year/assessment.xlsx', { config: { permission: 'plan.read' }, schema: { tags, summary: '考核结果（xlsx）', params: z.strictObject({ year }) } },
    async (req, reply) => sendKept(ctx, req, reply, { type: 'plan.assessment_xlsx', period: req.params.year }, await docs.assessmentXlsx(ctx, actorOf(req), req.params.year), `${req.params.year}年度考核结果.xlsx`));
  app.get('/api/plan/:year/assessment.docx', { config: { permission: 'plan.read' }, schema: { tags, summary: '考核通报（docx）', params: z.strictObject({ year }) } },
    async (req, reply) => sendKept(ctx, req, reply, { type: 'plan.assessment', period: req.params.year }, await docs.assessmentDocx(ctx, actorOf(req), req.params.year), `${req.params.year}年度考核通报.docx`));
};
