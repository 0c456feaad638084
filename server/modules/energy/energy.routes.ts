// Routes of energy saving (节能): the factor table and calculator, the settings, project energy reviews
// (节能审查) with expert opinions, acceptance and the approval document, the target-responsibility
// assessment with quarterly figures and its exports, key energy users, and the dashboard.
import { z } from 'zod';
import {
  acceptanceInput, convertInput, expertOpinionInput, keyUserInput, keyUserYearInput, quarterInput, reviewActionInput, reviewInput, reviewStages, settingsInput, targetInput, targetUpdate,
} from '../../../common/energy.ts';
import { limits } from '../../../common/limits.ts';
import { isIsoDate } from '../../../common/periods.ts';
import { actorOf, sendFile, uploadedFile } from '../../platform/http.ts';
import { sendKept } from '../cockpit/reports.service.ts';
import type { ModuleRegister } from '../types.ts';
import * as reviews from './reviews.service.ts';
import * as assess from './assessment.service.ts';

const tags = ['energy'];
const id = z.coerce.number().int().positive().max(limits.idMax);
const year = z.coerce.number().int().min(2000).max(2100);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const bodyYear = z.number().int().min(2000).max(2100);
const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, '季度格式应为 YYYY-Qn');

export const energyRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/energy/factors', { config: { permission: 'energy.read' }, schema: { tags, summary: '折标系数表（GB/T 2589-2020）', querystring: z.strictObject({ year: year.default(2023) }) } },
    async (req) => reviews.factorTable(ctx, actorOf(req), req.query.year));
  app.post('/api/energy/convert', { config: { permission: 'energy.read' }, schema: { tags, summary: '能源折标准煤与是否需要节能审查（试算）', body: convertInput } },
    async (req) => reviews.convert(ctx, actorOf(req), req.body));
  app.get('/api/energy/settings', { config: { permission: 'energy.read' }, schema: { tags, summary: '审查门槛、等价值系数、行业能效标杆' } },
    async (req) => reviews.getSettings(ctx, actorOf(req)));
  app.put('/api/energy/settings', { config: { permission: 'energy.write' }, schema: { tags, summary: '修改审查门槛、等价值系数、行业能效标杆', body: settingsInput } },
    async (req) => reviews.saveSettings(ctx, actorOf(req), req.body));

  app.get('/api/energy/reviews', {
    config: { permission: 'energy.read' },
    schema: { tags, summary: '节能审查案件', querystring: z.strictObject({ stage: z.enum(reviewStages).optional(), overdue: flag.optional(), pending: flag.optional(), projectId: id.optional(), page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(20) }) },
  }, async (req) => reviews.listReviews(ctx, actorOf(req), req.query));
  app.post('/api/energy/reviews', { config: { permission: 'energy.write' }, schema: { tags, summary: '登记节能审查申报', body: reviewInput } },
    async (req, reply) => reply.status(201).send(await reviews.createReview(ctx, actorOf(req), req.body)));
  app.get('/api/energy/reviews/:id', { config: { permission: 'energy.read' }, schema: { tags, summary: '节能审查案件详情', params: z.strictObject({ id }) } },
    async (req) => reviews.getReview(ctx, actorOf(req), req.params.id));
  app.post('/api/energy/reviews/:id/action', { config: { permission: 'energy.review' }, schema: { tags, summary: '办理（受理、评审、审查意见、批复、退回、重新申报、不单独审查）', params: z.strictObject({ id }), body: reviewActionInput } },
    async (req) => reviews.actOnReview(ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/energy/reviews/:id/experts', { config: { permission: 'energy.review' }, schema: { tags, summary: '登记专家评审意见', params: z.strictObject({ id }), body: expertOpinionInput } },
    async (req, reply) => reply.status(201).send(await reviews.addExpertOpinion(ctx, actorOf(req), req.params.id, req.body)));
  app.post('/api/energy/reviews/:id/acceptance', { config: { permission: 'energy.review' }, schema: { tags, summary: '节能验收（对照批复能耗）', params: z.strictObject({ id }), body: acceptanceInput } },
    async (req) => reviews.recordAcceptance(ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/energy/reviews/:id/approval.docx', { config: { permission: 'energy.read' }, schema: { tags, summary: '节能审查意见（批复，docx）', params: z.strictObject({ id }) } },
    async (req, reply) => sendKept(ctx, req, reply, { type: 'energy.approval', period: req.params.id }, await reviews.approvalDocx(ctx, actorOf(req), req.params.id), `节能审查意见-${req.params.id}.docx`));

  app.get('/api/energy/assessment', { config: { permission: 'energy.read' }, schema: { tags, summary: '节能目标责任考核：目标、季度数据、得分、排名', querystring: z.strictObject({ year, offTarget: flag.optional() }) } },
    async (req) => assess.assessment(ctx, actorOf(req), req.query.year, { offTarget: req.query.offTarget }));
  app.post('/api/energy/assessment/tasks', {
    config: { permission: 'energy.write' },
    schema: { tags, summary: '未达节能目标进度的镇乡街道生成督办任务（重复请求不重复生成）', body: z.strictObject({ year: bodyYear, planYear: bodyYear.optional(), dueDate: isoDate.nullable().default(null) }) },
  }, async (req) => assess.offTargetTasks(ctx, actorOf(req), { year: req.body.year, planYear: req.body.planYear ?? req.body.year, dueDate: req.body.dueDate }));
  app.get('/api/energy/assessment.xlsx', { config: { permission: 'energy.read' }, schema: { tags, summary: '年度考核结果（xlsx）', querystring: z.strictObject({ year }) } },
    async (req, reply) => sendKept(ctx, req, reply, { type: 'energy.assessment_xlsx', period: req.query.year }, await assess.assessmentXlsx(ctx, actorOf(req), req.query.year), `${req.query.year}年节能目标责任考核.xlsx`));
  app.get('/api/energy/assessment.docx', { config: { permission: 'energy.read' }, schema: { tags, summary: '年度考核结果通报（docx）', querystring: z.strictObject({ year }) } },
    async (req, reply) => sendKept(ctx, req, reply, { type: 'energy.assessment', period: req.query.year }, await assess.assessmentDocx(ctx, actorOf(req), req.query.year), `${req.query.year}年节能目标责任考核结果.docx`));
  app.post('/api/energy/targets', { config: { permission: 'energy.write' }, schema: { tags, summary: '下达年度节能目标', body: targetInput } },
    async (req, reply) => reply.status(201).send(await assess.createTarget(ctx, actorOf(req), req.body)));
  app.patch('/api/energy/targets/:id', { config: { permission: 'energy.write' }, schema: { tags, summary: '调整目标、措施得分、扣分', params: z.strictObject({ id }), body: targetUpdate } },
    async (req) => assess.updateTarget(ctx, actorOf(req), req.params.id, req.body));
  app.put('/api/energy/targets/:id/quarters/:quarter', { config: { permission: 'energy.report' }, schema: { tags, summary: '填报季度能耗与产出（本单位）', params: z.strictObject({ id, quarter }), body: quarterInput } },
    async (req) => assess.reportQuarter(ctx, actorOf(req), req.params.id, req.params.quarter, req.body));

  app.get('/api/energy/key-users', { config: { permission: 'energy.read' }, schema: { tags, summary: '重点用能单位（能耗、强度趋势、行业标杆）', querystring: z.strictObject({ year: year.optional(), aboveBenchmark: flag.optional() }) } },
    async (req) => assess.keyUsers(ctx, actorOf(req), req.query));
  app.get('/api/energy/key-users/template.xlsx', { config: { permission: 'energy.read' }, schema: { tags, summary: '重点用能单位年度数据导入模板（xlsx）' } },
    async (req, reply) => sendFile(reply, await assess.keyUserYearTemplate(ctx, actorOf(req)), '重点用能单位年度数据导入模板.xlsx'));
  app.post('/api/energy/key-users/import', { config: { permission: 'energy.write' }, schema: { tags, summary: '导入重点用能单位年度能耗与产值（全部通过才保存）', consumes: ['multipart/form-data'] } },
    async (req) => assess.importKeyUserYears(ctx, actorOf(req), await uploadedFile(req, ctx.config.maxUploadMb)));
  app.post('/api/energy/key-users', { config: { permission: 'energy.write' }, schema: { tags, summary: '新增重点用能单位', body: keyUserInput } },
    async (req, reply) => reply.status(201).send(await assess.createKeyUser(ctx, actorOf(req), req.body)));
  app.put('/api/energy/key-users/:id/years/:year', { config: { permission: 'energy.write' }, schema: { tags, summary: '重点用能单位年度能耗与产值', params: z.strictObject({ id, year }), body: keyUserYearInput } },
    async (req) => assess.saveKeyUserYear(ctx, actorOf(req), req.params.id, req.params.year, req.body));

  app.get('/api/energy/rural-projects', { config: { permission: 'energy.read' }, schema: { tags, summary: '乡村振兴、农业提质增效项目（项目库标签）', querystring: z.strictObject({ year: year.optional() }) } },
    async (req) => assess.ruralProjects(ctx, actorOf(req), req.query.year));
  app.get('/api/energy/dashboard', { config: { permission: 'energy.read' }, schema: { tags, summary: '能源概览', querystring: z.strictObject({ year }) } },
    async (req) => assess.dashboard(ctx, actorOf(req), req.query.year));
};
