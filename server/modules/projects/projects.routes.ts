// Routes of major projects, investment reports, funding, research centres, the problem ledger and meetings.
import { z } from 'zod';
import { limits } from '../../../common/limits.ts';
import { pageQuery } from '../../../common/platform.ts';
import {
  centreInput, centreReview, fundingInput, investmentReportInput, investmentReview, meetingInput, meetingKinds, milestoneSteps, minutesInput, opinionInput, problemAction,
  problemInput, problemSources, problemStatuses, problemTypes, projectCategories, projectInput, projectSectors, projectTags, projectUpdate,
} from '../../../common/projects.ts';
import { isIsoDate } from '../../../common/periods.ts';
import { actorOf, sendFile, answerJson, uploadedFile } from '../../platform/http.ts';
import { sendKept } from '../cockpit/reports.service.ts';
import type { ModuleRegister } from '../types.ts';
import * as proj from './projects.service.ts';
import * as xlsx from './projects-xlsx.service.ts';
import * as problems from './problems.service.ts';
import * as portfolio from './portfolio.service.ts';

const tags = ['projects'];
const year = z.coerce.number().int().min(2000).max(2100);
const id = z.coerce.number().int().positive().max(2_147_483_647);
const monthPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '期间应为月份，如 2023-09');

export const projectRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/projects/years', { config: { permission: 'proj.read' }, schema: { tags, summary: '有项目的计划年度' } }, async (req) => proj.projectYears(ctx, actorOf(req)));
  app.get('/api/projects/:year', {
    config: { permission: 'proj.read' },
    schema: {
      tags, summary: '项目库（按范围过滤，含完成投资与状态）', params: z.strictObject({ year }),
      querystring: z.strictObject({
        category: z.enum(projectCategories).optional(), sector: z.enum(projectSectors).optional(), townId: id.optional(), unitId: id.optional(), tag: z.enum(projectTags).optional(),
        status: z.enum(['green', 'yellow', 'red', 'grey']).optional(), missedStart: z.enum(['1', '0']).optional(), q: z.string().max(limits.searchMax).optional(), ...pageQuery,
      }),
    },
  }, async (req) => proj.listProjects(ctx, actorOf(req), { ...req.query, year: req.params.year, missedStart: req.query.missedStart === '1' }));
  app.get('/api/projects/:year/rollup', { config: { permission: 'proj.read' }, schema: { tags, summary: '投资汇总（按类别、领域、属地、责任单位；未按期开工；制约因素）', params: z.strictObject({ year }) } },
    (req, reply) => answerJson(reply, proj.rollupJson(ctx, actorOf(req), req.params.year)));
  app.post('/api/projects', { config: { permission: 'proj.write' }, schema: { tags, summary: '新增项目', body: projectInput } },
    async (req, reply) => reply.status(201).send(await proj.createProject(ctx, actorOf(req), req.body)));
  app.get('/api/projects/item/:id', { config: { permission: 'proj.read' }, schema: { tags, summary: '项目详情（节点、月报、问题、资金）', params: z.strictObject({ id }) } },
    async (req) => proj.getProject(ctx, actorOf(req), req.params.id));
  app.patch('/api/projects/item/:id', { config: { permission: 'proj.write' }, schema: { tags, summary: '修改项目', params: z.strictObject({ id }), body: projectUpdate } },
    async (req) => proj.updateProject(ctx, actorOf(req), req.params.id, req.body));
  app.put('/api/projects/item/:id/milestones/:step', {
    config: { permission: 'proj.report' },
    schema: { tags, summary: '登记节点实际完成日期（责任单位）', params: z.strictObject({ id, step: z.enum(milestoneSteps) }), body: z.strictObject({ actualDate: z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD').nullable(), docNo: z.string().trim().max(100).default('') }) },
  }, async (req) => proj.recordMilestone(ctx, actorOf(req), req.params.id, req.params.step, req.body));
  app.put('/api/projects/item/:id/reports/:period', { config: { permission: 'proj.report' }, schema: { tags, summary: '报送投资月报（责任单位）', params: z.strictObject({ id, period: monthPeriod }), body: investmentReportInput } },
    async (req) => proj.saveReport(ctx, actorOf(req), req.params.id, req.params.period, req.body));
  app.post('/api/projects/reports/:id/review', { config: { permission: 'proj.review' }, schema: { tags, summary: '审核投资月报', params: z.strictObject({ id }), body: investmentReview } },
    async (req) => proj.reviewReport(ctx, actorOf(req), req.params.id, req.body));

  app.get('/api/projects/template', { config: { permission: 'proj.read' }, schema: { tags, summary: '项目导入模板（xlsx）' } },
    async (req, reply) => sendFile(reply, await xlsx.projectTemplate(ctx, actorOf(req)), '重大项目导入模板.xlsx'));
  app.get('/api/projects/:year/export', { config: { permission: 'proj.read' }, schema: { tags, summary: '导出项目库（xlsx，与导入格式相同）', params: z.strictObject({ year }) } },
    async (req, reply) => sendFile(reply, await xlsx.exportProjects(ctx, actorOf(req), req.params.year), `${req.params.year}年重大项目.xlsx`));
  app.post('/api/projects/import', { config: { permission: 'proj.write' }, schema: { tags, summary: '导入项目库（按项目代码新增或更新；全部成功或全部不导入）', consumes: ['multipart/form-data'] } },
    async (req) => xlsx.importProjects(ctx, actorOf(req), await uploadedFile(req, ctx.config.maxUploadMb)));

  app.get('/api/projects/:year/funding', { config: { permission: 'proj.read' }, schema: { tags, summary: '资金争取', params: z.strictObject({ year }) } },
    async (req) => portfolio.listFunding(ctx, actorOf(req), req.params.year));
  app.post('/api/projects/funding', { config: { permission: 'proj.write' }, schema: { tags, summary: '登记资金申请', body: fundingInput } },
    async (req, reply) => reply.status(201).send(await portfolio.saveFunding(ctx, actorOf(req), null, req.body)));
  app.put('/api/projects/funding/:id', { config: { permission: 'proj.write' }, schema: { tags, summary: '更新资金申请（阶段、下达金额）', params: z.strictObject({ id }), body: fundingInput } },
    async (req) => portfolio.saveFunding(ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/research-centres', { config: { permission: 'proj.read' }, schema: { tags, summary: '工程研究中心储备库' } },
    async (req) => portfolio.listCentres(ctx, actorOf(req)));
  app.post('/api/research-centres', { config: { permission: 'proj.write' }, schema: { tags, summary: '纳入储备', body: centreInput } },
    async (req, reply) => reply.status(201).send(await portfolio.saveCentre(ctx, actorOf(req), null, req.body)));
  app.put('/api/research-centres/:id', { config: { permission: 'proj.write' }, schema: { tags, summary: '修改储备中心', params: z.strictObject({ id }), body: centreInput } },
    async (req) => portfolio.saveCentre(ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/research-centres/:id/review', { config: { permission: 'proj.write' }, schema: { tags, summary: '定期评估（动态更新）', params: z.strictObject({ id }), body: centreReview } },
    async (req) => portfolio.reviewCentre(ctx, actorOf(req), req.params.id, req.body));
};

export const problemRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/problems', {
    config: { permission: 'proj.read' },
    schema: {
      tags, summary: '问题台账', querystring: z.strictObject({
        status: z.enum(problemStatuses).optional(), source: z.enum(problemSources).optional(), type: z.enum(problemTypes).optional(), refId: id.optional(), ownerUnitId: id.optional(),
        overdue: z.enum(['1', '0']).optional(), ...pageQuery,
      }),
    },
  }, async (req) => problems.listProblems(ctx, actorOf(req), { ...req.query, overdue: req.query.overdue === '1' }));
  app.post('/api/problems', { config: { permission: 'proj.report' }, schema: { tags, summary: '提出问题（项目瓶颈）', body: problemInput } },
    async (req, reply) => reply.status(201).send(await problems.raiseProblem(ctx, actorOf(req), req.body)));
  app.get('/api/problems/:id', { config: { permission: 'proj.read' }, schema: { tags, summary: '问题详情（历程、上会、议定事项）', params: z.strictObject({ id }) } },
    async (req) => problems.getProblem(ctx, actorOf(req), req.params.id));
  app.post('/api/problems/:id/action', { config: { permission: 'proj.write' }, schema: { tags, summary: '解决、提级、撤销或重新打开问题', params: z.strictObject({ id }), body: problemAction } },
    async (req) => problems.actOnProblem(ctx, actorOf(req), req.params.id, req.body));

  app.get('/api/meetings', { config: { permission: 'proj.read' }, schema: { tags, summary: '联席会与会商', querystring: z.strictObject({ kind: z.enum(meetingKinds).optional(), year: year.optional() }) } },
    async (req) => problems.listMeetings(ctx, actorOf(req), req.query));
  app.post('/api/meetings', { config: { permission: 'proj.write' }, schema: { tags, summary: '安排会议（邀请单位、议程）', body: meetingInput } },
    async (req, reply) => reply.status(201).send(await problems.createMeeting(ctx, actorOf(req), req.body)));
  app.get('/api/meetings/:id', { config: { permission: 'proj.read' }, schema: { tags, summary: '会议详情', params: z.strictObject({ id }) } },
    async (req) => problems.getMeeting(ctx, actorOf(req), req.params.id));
  app.post('/api/meetings/:id/minutes', { config: { permission: 'proj.write' }, schema: { tags, summary: '印发纪要（议定事项转为督办任务）', params: z.strictObject({ id }), body: minutesInput } },
    async (req) => problems.recordMinutes(ctx, actorOf(req), req.params.id, req.body));
  app.put('/api/meetings/:id/opinion', { config: { permission: 'proj.report' }, schema: { tags, summary: '提交会商书面意见（受邀单位）', params: z.strictObject({ id }), body: opinionInput } },
    async (req) => problems.submitOpinion(ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/meetings/:id/minutes.docx', { config: { permission: 'proj.read' }, schema: { tags, summary: '会议纪要（docx）', params: z.strictObject({ id }) } },
    async (req, reply) => sendKept(ctx, req, reply, { type: 'projects.minutes', period: req.params.id }, await problems.minutesDocx(ctx, actorOf(req), req.params.id), `会议纪要-${req.params.id}.docx`));
};
