// Error codes shared by server and web. Each code has its HTTP status and its message in
// zh-CN and en; the web app translates from the code, the server sends zh-CN by default.
// The map is exhaustive: a code without both messages fails common/errors.test.ts.

export type ErrorInfo = { status: number; zh: string; en: string };

export const errorCatalog = {
  'request.malformed_json': { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'request.invalid': { status: 400, zh: '请求参数有误：{{fields}}', en: 'Invalid request: {{fields}}' },
  'request.too_large': { status: 413, zh: '请求内容过大', en: 'The request is too large' },
  'request.unsupported_media_type': { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  'request.rate_limited': { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests, try again later' },
  'route.not_found': { status: 404, zh: '接口不存在', en: 'No such route' },
  'internal': { status: 500, zh: '服务器内部错误，请联系管理员', en: 'Internal server error; please contact the administrator' },
  'record.not_found': { status: 404, zh: '记录不存在或无权访问', en: 'Record not found or not accessible' },
  'record.stale': { status: 409, zh: '记录已被他人修改，请刷新后重试', en: 'The record was changed by someone else; reload and try again' },
  'record.duplicate': { status: 409, zh: '{{field}} 已存在：{{value}}', en: '{{field}} already exists: {{value}}' },

  'auth.required': { status: 401, zh: '请先登录', en: 'Please log in' },
  'auth.invalid_credentials': { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth.locked': { status: 423, zh: '账户已锁定，请于 {{until}} 后再试', en: 'The account is locked until {{until}}' },
  'auth.disabled': { status: 403, zh: '账户已停用', en: 'The account is disabled' },
  'auth.session_expired': { status: 401, zh: '会话已过期，请重新登录', en: 'The session expired; please log in again' },
  'auth.csrf_invalid': { status: 403, zh: '安全令牌无效，请刷新页面后重试', en: 'Missing or invalid CSRF token; reload the page' },
  'auth.forbidden': { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  'auth.password_change_required': { status: 403, zh: '请先修改初始密码', en: 'Change your initial password first' },
  'auth.totp_required': { status: 401, zh: '请输入动态验证码', en: 'Enter the one-time code from your authenticator' },
  'auth.totp_invalid': { status: 401, zh: '动态验证码错误', en: 'Wrong one-time code' },
  'auth.totp_enrollment_required': { status: 403, zh: '管理员账户须先绑定动态验证码', en: 'Admin accounts must enrol a one-time-code authenticator first' },
  'auth.totp_not_started': { status: 400, zh: '请先生成动态验证码密钥', en: 'Start the authenticator set-up first' },
  'auth.wrong_current_password': { status: 400, zh: '当前密码错误', en: 'The current password is wrong' },

  'password.too_short': { status: 400, zh: '密码至少 {{min}} 位', en: 'The password needs at least {{min}} characters' },
  'password.too_long': { status: 400, zh: '密码最多 {{max}} 位', en: 'The password may have at most {{max}} characters' },
  'password.classes': { status: 400, zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类', en: 'The password needs 3 of: upper case, lower case, digit, symbol' },
  'password.contains_username': { status: 400, zh: '密码不能包含用户名', en: 'The password must not contain the username' },
  'password.reused': { status: 400, zh: '不能使用最近 {{count}} 次用过的密码', en: 'The password must differ from the last {{count}}' },

  'org.code_taken': { status: 409, zh: '单位编码已存在：{{code}}', en: 'Org unit code already exists: {{code}}' },
  'org.parent_not_found': { status: 400, zh: '上级单位不存在', en: 'The parent unit does not exist' },
  'org.cycle': { status: 400, zh: '不能把单位移到它自己或其下级单位之下', en: 'A unit cannot be moved under itself or its descendants' },
  'org.has_children': { status: 409, zh: '该单位还有下级单位，不能删除', en: 'The unit still has sub-units and cannot be deleted' },
  'org.has_users': { status: 409, zh: '该单位还有 {{count}} 个用户，不能删除', en: 'The unit still has {{count}} users and cannot be deleted' },
  'org.in_use': { status: 409, zh: '该单位已被重点任务等业务记录引用，不能删除；可改为停用', en: 'The unit is referenced by tasks or other records and cannot be deleted; deactivate it instead' },

  'user.username_taken': { status: 409, zh: '用户名已存在：{{username}}', en: 'Username already exists: {{username}}' },
  'user.org_required': { status: 400, zh: '该角色必须指定所属单位', en: 'This role needs an org unit' },
  'user.org_not_found': { status: 400, zh: '所属单位不存在：{{org}}', en: 'Org unit not found: {{org}}' },
  'user.cannot_change_self': { status: 400, zh: '不能修改或停用自己的角色', en: 'You cannot change or disable your own role' },
  'user.role_invalid': { status: 400, zh: '角色无效：{{role}}', en: 'Invalid role: {{role}}' },

  'econ.code_taken': { status: 409, zh: '指标代码已存在：{{code}}', en: 'Indicator code already exists: {{code}}' },
  'econ.unit_not_found': { status: 400, zh: '单位不存在：{{id}}', en: 'No such org unit: {{id}}' },
  'econ.parent_invalid': { status: 400, zh: '上级指标无效：不能是自身、其下级或不存在的指标', en: 'Invalid parent indicator: it may not be itself, one of its components or missing' },
  'econ.period_freq_mismatch': { status: 400, zh: '期间 {{period}} 与指标频度（{{freq}}）不符', en: 'Period {{period}} does not match the indicator frequency ({{freq}})' },
  'econ.period_not_ended': { status: 400, zh: '期间 {{period}} 尚未结束，不能填报', en: 'Period {{period}} has not ended yet' },
  'econ.jan_merged': { status: 400, zh: '{{name}} 1-2月合并发布，没有单独的 1 月数据', en: '{{name}} publishes January and February together: there is no January value' },
  'econ.value_locked': { status: 409, zh: '{{period}} 的数据已审核锁定，如需更正请由科室修订', en: 'The {{period}} value is approved and locked; the division can revise it' },
  'econ.cumulative_fall': { status: 400, zh: '累计值低于上期（{{previous}} → {{current}}），请核实；确属修订请勾选确认', en: 'The cumulative value falls below the previous period ({{previous}} → {{current}}); check it, or confirm it is a revision' },
  'econ.value_empty': { status: 400, zh: '请至少填写累计值或同比增速', en: 'Enter a cumulative value or a growth rate' },
  'econ.not_submitted': { status: 409, zh: '只能审核已报送的数据', en: 'Only submitted values can be reviewed' },
  'econ.not_approved': { status: 409, zh: '只能修订已审核的数据', en: 'Only approved values can be revised' },
  'econ.return_reason_required': { status: 400, zh: '退回须说明原因', en: 'Give a reason for returning' },
  'econ.revision_unchanged': { status: 400, zh: '修订值与原值相同', en: 'The revision changes nothing' },
  'econ.not_source_unit': { status: 403, zh: '只有指标的数据来源单位可以填报', en: 'Only the indicator\'s source unit may enter its values' },
  'fyp.code_taken': { status: 409, zh: '规划指标代码已存在：{{code}}', en: 'Plan indicator code already exists: {{code}}' },
  'fyp.plan_task_not_found': { status: 400, zh: '关联的年度任务不存在：{{id}}', en: 'No such work-plan task: {{id}}' },
  'fyp.year_out_of_plan': { status: 400, zh: '年份须在规划期 2021–2025 年之内', en: 'The year must be within the plan period 2021–2025' },
  'proj.code_taken': { status: 409, zh: '项目代码已存在：{{code}}', en: 'Project code already exists: {{code}}' },
  'proj.unit_not_found': { status: 400, zh: '单位不存在：{{id}}', en: 'No such org unit: {{id}}' },
  'proj.milestones_out_of_order': { status: 400, zh: '节点顺序有误：“{{later}}”的计划日期早于“{{earlier}}”', en: 'Milestones out of order: {{later}} is planned before {{earlier}}' },
  'proj.components_mismatch': { status: 400, zh: '建安、设备、其他之和（{{sum}} 万元）与本月完成投资（{{total}} 万元）不一致', en: 'Construction, equipment and other ({{sum}}) do not add up to the month total ({{total}})' },
  'proj.cumulative_exceeds_total': { status: 400, zh: '累计完成投资（{{cumulative}} 万元）超过项目总投资（{{total}} 万元）', en: 'Cumulative investment ({{cumulative}}) exceeds the total investment ({{total}})' },
  'proj.not_started_explanation': { status: 400, zh: '项目尚未开工，报送投资须说明原因', en: 'The project has not started: explain the investment reported' },
  'proj.report_locked': { status: 409, zh: '{{period}} 的投资月报已审核锁定', en: 'The {{period}} report is approved and locked' },
  'proj.not_submitted': { status: 409, zh: '只能审核已报送的月报', en: 'Only submitted reports can be reviewed' },
  'proj.return_reason_required': { status: 400, zh: '退回须说明原因', en: 'Give a reason for returning' },
  'proj.period_not_ended': { status: 400, zh: '{{period}} 尚未结束，不能报送', en: '{{period}} has not ended yet' },
  'proj.period_outside_year': { status: 400, zh: '月报期间须在项目计划年度 {{year}} 年内', en: 'The report must fall in the project plan year {{year}}' },
  'proj.granted_stage': { status: 400, zh: '只有“已下达”阶段可以填写、且必须填写下达金额', en: 'A granted amount goes with, and only with, the granted stage' },
  'problem.open_action_items': { status: 409, zh: '还有 {{count}} 项议定事项未办结（须经销号核验），不能关闭问题', en: '{{count}} action items are not verified done: the problem cannot close' },
  'problem.bad_transition': { status: 409, zh: '问题当前状态为“{{status}}”，不能执行此操作', en: 'The problem is {{status}}: this action is not possible' },
  'problem.escalation_body_required': { status: 400, zh: '提级协调须写明接收机构（如区政府专题会）', en: 'Name the body the problem is escalated to' },
  'problem.ref_not_found': { status: 400, zh: '问题所属项目不存在或无权访问', en: 'The project of the problem does not exist or is out of scope' },
  'meeting.deadline_before_meeting': { status: 400, zh: '议定事项完成时限不能早于会议日期', en: 'An action item cannot be due before the meeting' },
  'meeting.problem_closed': { status: 409, zh: '问题“{{title}}”已解决或撤销，不能列入议程', en: 'Problem “{{title}}” is closed and cannot go on an agenda' },
  'meeting.already_held': { status: 409, zh: '会议纪要已印发，不能再修改', en: 'The minutes are issued and can no longer change' },
  'meeting.not_invited': { status: 403, zh: '只有受邀单位可以提交书面意见', en: 'Only invited units may submit opinions' },
  'meeting.not_consultation': { status: 409, zh: '只有部门会商需要提交书面意见', en: 'Only consultations take written opinions' },
  'meeting.problem_not_on_agenda': { status: 400, zh: '问题不在本次会议议程中：{{id}}', en: 'Problem {{id}} is not on this agenda' },
  'meeting.plan_year_missing': { status: 400, zh: '{{year}} 年度工作计划尚未建立，议定事项无法转为督办任务', en: 'There is no {{year}} work plan to carry the action items' },
  'ent.uscc_taken': { status: 409, zh: '统一社会信用代码已登记：{{uscc}}（{{name}}）', en: 'Credit code already registered: {{uscc}} ({{name}})' },
  'ent.unit_not_found': { status: 400, zh: '单位或用户不存在：{{id}}', en: 'No such unit or user: {{id}}' },
  'ent.not_steward': { status: 403, zh: '只能为自己服务的企业登记走访和诉求', en: 'You can only log visits and demands for your own enterprises' },
  'ent.steward_role': { status: 400, zh: '服务管家须为“服务管家”或科室人员账号', en: 'A steward must be a service-steward or division-staff account' },
  'ent.visit_in_future': { status: 400, zh: '走访日期不能晚于今天', en: 'A visit cannot be dated in the future' },
  'ent.demand_transition': { status: 409, zh: '诉求当前为“{{state}}”，不能“{{action}}”', en: 'The demand is {{state}}: it cannot be {{action}}' },
  'ent.demand_handler_required': { status: 400, zh: '转办须指定承办单位', en: 'Name the unit the demand goes to' },
  'ent.demand_reply_required': { status: 400, zh: '答复须填写答复内容', en: 'Write the reply' },
  'ent.demand_reason_required': { status: 400, zh: '请说明原因', en: 'Give a reason' },
  'ent.satisfaction_required': { status: 400, zh: '请选择企业评价（满意、基本满意、不满意）', en: 'Choose the enterprise\'s rating' },
  'ent.reopen_once': { status: 409, zh: '诉求只能重新办理一次，请提请领导协调', en: 'A demand can be reopened once; ask a leader to coordinate' },
  'ent.not_handler': { status: 403, zh: '该诉求未转办给本单位', en: 'This demand was not routed to your unit' },
  'price.not_collector': { status: 403, zh: '您不是该监测点的采价员', en: 'You do not collect at this monitoring point' },
  'price.future_date': { status: 400, zh: '采价日期不能晚于今天', en: 'A quote cannot be dated in the future' },
  'price.jump_unconfirmed': { status: 400, zh: '{{commodity}} 价格 {{price}} 与上期 {{previous}} 相比变化过大，请核实后勾选确认并填写说明', en: '{{commodity}} at {{price}} differs too much from last time ({{previous}}): confirm it with a note' },
  'price.locked': { status: 409, zh: '{{date}} 的价格已审核锁定', en: 'The prices of {{date}} are approved and locked' },
  'price.unknown_commodity': { status: 400, zh: '商品不存在：{{id}}', en: 'No such commodity: {{id}}' },
  'price.outside_window': { status: 400, zh: '日期 {{date}} 不在监测时段“{{window}}”（{{start}} 至 {{end}}）内', en: '{{date}} is outside the monitoring window {{window}} ({{start}} – {{end}})' },
  'price.no_data': { status: 404, zh: '{{date}} 没有价格数据', en: 'No prices for {{date}}' },
  'cert.bad_transition': { status: 409, zh: '案件当前为“{{stage}}”，不能执行此操作', en: 'The case is {{stage}}: this step is not possible' },
  'cert.method_required': { status: 400, zh: '出具结论须选择认定方法并填写认定金额', en: 'A conclusion needs a method and a value' },
  'cert.delivered_locked': { status: 409, zh: '结论书已送达，不能修改，如需更正请出具更正文书', en: 'The conclusion was delivered; issue a correction instead' },
  'import.not_xlsx': { status: 400, zh: '上传的文件不是有效的 Excel（.xlsx）文件', en: 'The uploaded file is not a valid Excel (.xlsx) file' },
  'import.file_too_large': { status: 413, zh: '文件超过大小上限 {{maxMb}} MB', en: 'The file exceeds the {{maxMb}} MB limit' },
  'import.too_many_rows': { status: 400, zh: '行数超过上限 {{max}} 行', en: 'More than {{max}} rows' },
  'import.no_file': { status: 400, zh: '请上传文件', en: 'Please upload a file' },
  'import.missing_columns': { status: 400, zh: '缺少列：{{columns}}', en: 'Missing columns: {{columns}}' },
  'import.invalid_rows': { status: 400, zh: '导入失败：{{count}} 处错误，未导入任何数据', en: 'Import failed: {{count}} errors; nothing was imported' },
  'import.empty': { status: 400, zh: '文件中没有数据行', en: 'The file has no data rows' },
  'import.content_too_large': { status: 413, zh: '文件解压后内容超过 {{maxMb}} MB，可能已损坏或不是正常的 Excel 文件', en: 'The file unpacks to more than {{maxMb}} MB; it is damaged or not an ordinary Excel file' },
  'import.duplicate_columns': { status: 400, zh: '表头重复：{{columns}}', en: 'Duplicate column headers: {{columns}}' },

  'task.code_taken': { status: 409, zh: '任务编号已存在：{{code}}', en: 'Task code already exists: {{code}}' },
  'task.due_before_start': { status: 400, zh: '完成时限不能早于开始日期', en: 'The due date is before the start date' },
  'task.milestone_outside': { status: 400, zh: '节点“{{title}}”的计划日期 {{date}} 不在任务起止日期内', en: 'Milestone "{{title}}" ({{date}}) lies outside the task dates' },
  'task.work_point_not_found': { status: 400, zh: '工作要点不存在', en: 'The work point does not exist' },
  'task.unit_not_found': { status: 400, zh: '单位不存在：{{id}}', en: 'Org unit not found: {{id}}' },
  'report.locked': { status: 409, zh: '{{period}} 的进展已审核通过并锁定，不能再修改', en: 'The report for {{period}} is approved and locked' },
  'report.awaiting_review': { status: 409, zh: '{{period}} 的进展已报送，等待审核', en: 'The report for {{period}} is awaiting review' },
  'report.period_outside': { status: 400, zh: '报送月份 {{period}} 不在任务期间内', en: 'The period {{period}} lies outside the task' },
  'report.future_period': { status: 400, zh: '不能报送未来月份 {{period}}', en: 'Cannot report a future month {{period}}' },
  'report.not_lead_unit': { status: 403, zh: '只有牵头单位可以报送该任务进展', en: 'Only the lead unit reports on this task' },
  'report.not_submitted': { status: 409, zh: '只有已报送的进展可以审核', en: 'Only a submitted report can be reviewed' },
  'report.reason_required': { status: 400, zh: '退回须填写原因', en: 'A return needs a reason' },
  'report.value_or_pct': { status: 400, zh: '请填写完成比例或完成量', en: 'Enter the percent complete or the quantity achieved' },
  'supervision.not_open': { status: 409, zh: '该督办单已答复或已办结', en: 'The notice is already answered or closed' },
  'supervision.reply_due_past': { status: 400, zh: '答复期限不能早于今天', en: 'The reply date is in the past' },
  'close.open_request': { status: 409, zh: '该任务已有待审批的销号申请', en: 'A close request is already pending' },
  'close.not_active': { status: 409, zh: '只有进行中的任务可以申请销号', en: 'Only an active task can be closed' },
  'close.target_not_met': { status: 400, zh: '量化目标尚未达到（当前 {{actual}}，目标 {{target}}）', en: 'The quantitative target is not met ({{actual}} of {{target}})' },
  'close.not_requested': { status: 409, zh: '没有待审批的销号申请', en: 'No close request is pending' },
  'close.no_evidence': { status: 400, zh: '销号须提供佐证材料', en: 'Closing needs evidence' },
  'assessment.weights_sum': { status: 400, zh: '{{what}}之和须为 100（当前 {{sum}}）', en: '{{what}} must add up to 100 (now {{sum}})' },
  'attachment.too_large': { status: 413, zh: '附件超过 {{maxMb}} MB', en: 'The attachment exceeds {{maxMb}} MB' },
  'attachment.type_not_allowed': { status: 400, zh: '不支持的附件类型：{{type}}', en: 'Attachment type not allowed: {{type}}' },
  'study.unit_out_of_scope': { status: 403, zh: '只能登记本单位的学习记录', en: 'You can record sessions of your own unit only' },
  'plan.year_not_found': { status: 404, zh: '{{year}} 年度计划不存在', en: 'No plan for {{year}}' },

  'audit.chain_broken': { status: 500, zh: '审计日志校验失败', en: 'Audit log verification failed' },
} as const satisfies Record<string, ErrorInfo>;

export type ErrorCode = keyof typeof errorCatalog;

export type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };

/** Fills {{name}} placeholders from details. */
export function formatMessage(template: string, details?: Record<string, unknown>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const v = details?.[k];
    return v === undefined || v === null ? '' : Array.isArray(v) ? v.join('、') : String(v);
  });
}

export function messageFor(code: string, lang: 'zh' | 'en', details?: Record<string, unknown>): string {
  const info = (errorCatalog as Record<string, ErrorInfo>)[code];
  if (!info) return code;
  return formatMessage(info[lang], details);
}
