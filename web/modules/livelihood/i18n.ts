// Texts of the livelihood module (namespace `live`), wired into web/i18n/zh-CN.ts and en.ts.
// The English object is typed against the Chinese one, so a missing or extra key fails the type check.
export const liveZh = {
  yearLabel: '{{year}}年',
  menu: { group: '民生与疏整促', index: '七有五性指数', system: '指标体系', data: '数据填报', szc: '疏整促', population: '人口调控' },
  toast: {
    weightsSaved: '方法和权重已保存', systemCreated: '已新建 {{year}} 年指标体系', valuesSaved: '已保存 {{count}} 项指标数据', reviewed: '已处理 {{count}} 条',
    imported: '已导入 {{count}} 条指标数据', tasks: '新生成督办任务 {{created}} 项（已有 {{existing}} 项）', reportSaved: '月报已报送', publicity: '已登记宣传报道',
    targetsSaved: '目标已保存', figureSaved: '常住人口已报送', typeCreated: '已新增任务类型', indicatorAdded: '已新增指标，请调整权重后保存', projectLinked: '已关联民生项目', projectUnlinked: '已取消关联',
  },
  index: {
    title: '七有五性监测评价指数', export: '导出计算数据（xlsx）', pending: '有 {{count}} 项数据待审核，未计入本结果', total: '总指数', rank: '全市排名', qy: '七有指数', wx: '五性指数',
    ecoRank: '生态涵养区排名', weakCount: '短板指标', selfName: '本区', average: '全市平均', dimensions: '12 个维度得分（本区与全市平均）', rankAxis: '本区排名', rankN: '第{{rank}}名',
    runsAxis: '次数', sensitivity: '权重敏感性（蒙特卡洛）', sensitivityNote: '各权重随机扰动 ±{{spread}}%，共 {{runs}} 次：本区排名在第 {{min}}–{{max}} 名之间，平均 {{mean}}',
    drivers: '拉低排名的指标（短板 {{count}} 项）', makeTasks: '短板指标生成督办任务', makeTasksConfirm: '为 {{count}} 项短板指标生成督办任务（牵头单位为数据来源单位；已生成的不重复）？',
    weak: '短板', ranking: '全市 {{count}} 个区排名', rankRange: '扰动排名区间',
  },
  col: {
    indicator: '指标', dimension: '维度', source: '数据来源单位', score: '标准化得分', average: '全市平均', rank: '排名', drag: '影响总指数', task: '督办任务', weight: '权重',
    indicators: '指标（方向）权重', code: '编码', unit: '单位', direction: '方向', range: '有效范围', group: '类别', state: '状态', town: '镇乡街道', district: '区',
  },
  method: {
    title: '计算方法（随结果公开）', normalisation: '标准化', aggregation: '汇总', levels: '层级', levelsText: '指标 → 12 个维度 → 七有、五性分指数 → 总指数；每层权重之和为 1',
    missing: '缺失值', missingText: '不补零：在该维度其余指标间重新归一权重', sensitivity: '敏感性分析', sensitivityText: '蒙特卡洛 {{runs}} 次，权重扰动 ±{{spread}}%，随机种子 {{seed}}',
    weights: '维度和指标权重',
  },
  norm: { minmax: '极差标准化（min–max）', zscore: 'Z 分数（T 分数）', target: '目标值法' },
  agg: { arithmetic: '加权算术平均', geometric: '加权几何平均' },
  direction: { up: '正向', down: '逆向' },
  projects: { title: '民生项目（项目库）', name: '项目', plan: '年度计划（万元）', done: '已完成（万元）', progress: '投资完成', physical: '形象进度', search: '搜索项目库', link: '关联', unlink: '取消', unlinkConfirm: '取消关联该项目？' },
  system: { title: '七有五性指标体系', create: '新建 {{year}} 年体系（复制最新一年）', dimSum: '维度权重之和', save: '保存方法和权重', sumRule: '维度权重之和、每个维度内的指标权重之和都须为 1（权重为 0 且无指标的维度不计）', indSum: '指标权重之和', addIndicator: '新增指标', min: '下限', max: '上限', target: '目标值' },
  data: {
    title: '七有五性数据填报', save: '保存（{{count}} 项）', reason: '退回原因', approve: '审核通过（{{count}}）', return: '退回', pending: '待审核 {{count}} 项', selfValue: '本区数值', districts: '全市已录入', annual: '年度数据', quarterNote: '季度数据供监测跟踪，指数按年度数据计算',
  },
  state: { submitted: '待审核', approved: '已审核', returned: '已退回', none: '未填报' },
  szc: {
    title: '{{year}}年疏整促专项行动', asOf: '截至 {{period}}', statusFilter: '按状态筛选', status: { red: '落后', yellow: '略慢', green: '正常' },
    timePct: '时间进度', types: '任务类型', behind: '进度落后的镇街', publicity: '宣传报道', pieces: '篇', plan: '实施方案：任务类型与全区目标', group: '类别', type: '任务类型',
    lead: '牵头单位', target: '年度目标', actual: '累计完成', pct: '完成率', matrix: '完成情况（镇街 × 类型，截至 {{period}}，时间进度 {{time}}%）', completion: '综合完成率',
    reports: '{{period}} 月报', reportTitle: '报送月度进度', month: '月份', cumActual: '累计完成量（{{unit}}）', nonNegative: '不能为负', correction: '核减更正（累计量低于上月时勾选并写明原因）', existing: '该月已报送 {{value}}{{unit}}（{{state}}），提交将更新这份月报。',
    addType: '新增任务类型', codeRule: '字母、数字、_ . -，最多 32 位', editTargets: '分镇目标', townTargets: '分镇目标', targetsOf: '{{name}}：分镇年度目标（{{unit}}）', targetsTotal: '全区合计 {{total}} {{unit}}',
    note: '说明', submit: '报送', publicityLog: '信息宣传', addPublicity: '登记报道', date: '日期', articleTitle: '标题', outlet: '媒体', level: '级别', districtWide: '全区',
  },
  pop: {
    title: '{{year}}年人口调控', districtCap10k: '全区调控目标（万人）', latest10k: '第{{quarter}}季度常住人口（万人）', gap: '与目标差距（人）', overTowns: '超目标镇街',
    map: '镇街示意图（第{{quarter}}季度）', status: { over: '超过目标', near: '接近目标', ok: '目标以内', none: '无数据' }, tileFigure: '{{latest}} / {{cap}} 万人',
    overBy: '超 {{n}} 人', underBy: '余 {{n}} 人', table: '分镇目标与季度常住人口', cap: '调控目标（人）', quarterN: '第{{quarter}}季度', gapCol: '差距（人）',
    report: '报送季度常住人口', existing: '该季度已报送 {{value}} 人（{{state}}），提交将更新该数。', quarter: '季度', residents: '常住人口（人）', source: '来源', submit: '报送',
    split: '全区目标与分镇分解', districtCap: '全区目标（人）', baseline: '基数（人）', splitSum: '分镇之和', diff: '（与全区目标相差 {{n}} 人）', saveSplit: '保存调控目标',
  },
};

export const liveEn: typeof liveZh = {
  yearLabel: '{{year}}',
  menu: { group: 'Livelihood & renewal', index: 'Livelihood index', system: 'Indicator system', data: 'Data entry', szc: 'Relieve-rectify-upgrade', population: 'Population control' },
  toast: {
    weightsSaved: 'Method and weights saved', systemCreated: 'The {{year}} indicator system was created', valuesSaved: '{{count}} values saved', reviewed: '{{count}} processed',
    imported: '{{count}} values imported', tasks: '{{created}} supervised tasks created ({{existing}} already existed)', reportSaved: 'Monthly report submitted', publicity: 'Media report logged',
    targetsSaved: 'Targets saved', figureSaved: 'Resident population submitted', typeCreated: 'Task type added', indicatorAdded: 'Indicator added: balance the weights and save', projectLinked: 'Project linked', projectUnlinked: 'Link removed',
  },
  index: {
    title: 'Livelihood (七有五性) index', export: 'Export the computation (xlsx)', pending: '{{count}} values await review and are not in this result', total: 'Total index', rank: 'Rank in the city', qy: '七有 sub-index', wx: '五性 sub-index',
    ecoRank: 'Rank among ecological districts', weakCount: 'Weak indicators', selfName: 'This district', average: 'City average', dimensions: 'The 12 dimension scores (district vs city average)', rankAxis: 'Rank of the district', rankN: '#{{rank}}',
    runsAxis: 'Runs', sensitivity: 'Weight sensitivity (Monte Carlo)', sensitivityNote: 'Weights perturbed by ±{{spread}}% in {{runs}} runs: the district ranks between {{min}} and {{max}}, {{mean}} on average',
    drivers: 'Indicators pulling the rank down ({{count}} weak)', makeTasks: 'Make tasks for weak indicators', makeTasksConfirm: 'Create supervised tasks for {{count}} weak indicators (led by their source units; existing ones are kept)?',
    weak: 'Weak', ranking: 'Ranking of the {{count}} districts', rankRange: 'Rank range (perturbed)',
  },
  col: {
    indicator: 'Indicator', dimension: 'Dimension', source: 'Source unit', score: 'Score', average: 'City average', rank: 'Rank', drag: 'Effect on total', task: 'Task', weight: 'Weight',
    indicators: 'Indicators (direction) weight', code: 'Code', unit: 'Unit', direction: 'Direction', range: 'Valid range', group: 'Group', state: 'State', town: 'Town', district: 'District',
  },
  method: {
    title: 'Method (published with the result)', normalisation: 'Normalisation', aggregation: 'Aggregation', levels: 'Levels', levelsText: 'indicators → 12 dimensions → 七有 and 五性 sub-indices → total; weights sum to 1 at each level',
    missing: 'Missing values', missingText: 'Not zero-filled: the other indicators of the dimension are re-weighted', sensitivity: 'Sensitivity', sensitivityText: 'Monte Carlo, {{runs}} runs, weights ±{{spread}}%, seed {{seed}}',
    weights: 'Dimension and indicator weights',
  },
  norm: { minmax: 'Min–max', zscore: 'Z-score (T-score)', target: 'Distance to target' },
  agg: { arithmetic: 'Weighted arithmetic mean', geometric: 'Weighted geometric mean' },
  direction: { up: 'Higher better', down: 'Lower better' },
  projects: { title: 'Livelihood projects (project library)', name: 'Project', plan: 'Year plan (10k CNY)', done: 'Completed (10k CNY)', progress: 'Investment done', physical: 'Physical progress', search: 'Search the project library', link: 'Link', unlink: 'Unlink', unlinkConfirm: 'Unlink this project?' },
  system: { title: 'Livelihood indicator system', create: 'New {{year}} system (copy of the newest)', dimSum: 'Sum of dimension weights', save: 'Save method and weights', sumRule: 'The dimension weights, and the indicator weights of each dimension, must each sum to 1 (a dimension weighted 0 without indicators is ignored)', indSum: 'Sum of indicator weights', addIndicator: 'Add indicator', min: 'Minimum', max: 'Maximum', target: 'Target' },
  data: {
    title: 'Livelihood data entry', save: 'Save ({{count}})', reason: 'Reason for returning', approve: 'Approve ({{count}})', return: 'Return', pending: '{{count}} to review', selfValue: 'District value', districts: 'Districts entered', annual: 'Annual', quarterNote: 'Quarterly figures are for tracking; the index uses the annual ones',
  },
  state: { submitted: 'To review', approved: 'Approved', returned: 'Returned', none: 'Not entered' },
  szc: {
    title: '{{year}} relieve-rectify-upgrade campaign', asOf: 'As of {{period}}', statusFilter: 'Filter by status', status: { red: 'Behind', yellow: 'Slightly behind', green: 'On track' },
    timePct: 'Time progress', types: 'Task types', behind: 'Towns behind', publicity: 'Media reports', pieces: '', plan: 'Plan: task types and district targets', group: 'Group', type: 'Task type',
    lead: 'Lead unit', target: 'Annual target', actual: 'Cumulative', pct: 'Completion', matrix: 'Completion (town × type, as of {{period}}, time progress {{time}}%)', completion: 'Overall',
    reports: 'Reports of {{period}}', reportTitle: 'Submit monthly progress', month: 'Month', cumActual: 'Cumulative amount ({{unit}})', nonNegative: 'Cannot be negative', correction: 'Correction (tick with a reason when below last month)', existing: 'Already reported for this month: {{value}} {{unit}} ({{state}}); submitting updates that report.',
    addType: 'Add task type', codeRule: 'Letters, digits, _ . - (at most 32)', editTargets: 'Town targets', townTargets: 'Town targets', targetsOf: '{{name}}: annual targets by town ({{unit}})', targetsTotal: 'District total {{total}} {{unit}}',
    note: 'Note', submit: 'Submit', publicityLog: 'Publicity', addPublicity: 'Log a report', date: 'Date', articleTitle: 'Title', outlet: 'Outlet', level: 'Level', districtWide: 'District-wide',
  },
  pop: {
    title: '{{year}} population control', districtCap10k: 'District cap (10k)', latest10k: 'Residents Q{{quarter}} (10k)', gap: 'Gap to cap (persons)', overTowns: 'Towns over cap',
    map: 'Towns (schematic, Q{{quarter}})', status: { over: 'Over cap', near: 'Near cap', ok: 'Within cap', none: 'No data' }, tileFigure: '{{latest}} / {{cap}} (10k)',
    overBy: '{{n}} over', underBy: '{{n}} to spare', table: 'Town caps and quarterly residents', cap: 'Cap (persons)', quarterN: 'Q{{quarter}}', gapCol: 'Gap (persons)',
    report: 'Submit quarterly residents', existing: 'Already reported for this quarter: {{value}} ({{state}}); submitting updates it.', quarter: 'Quarter', residents: 'Residents (persons)', source: 'Source', submit: 'Submit',
    split: 'District cap and its split', districtCap: 'District cap (persons)', baseline: 'Baseline (persons)', splitSum: 'Sum of towns', diff: '(differs from the district cap by {{n}})', saveSplit: 'Save targets',
  },
};
