// Table types for Kysely. Columns are snake_case in SQL and camelCase here (CamelCasePlugin).
// Booleans are stored as 0/1 integers and timestamps as ISO-8601 text on both SQLite and PostgreSQL,
// so the same queries and the same comparisons run on both.
import type { Generated } from 'kysely';

export type OrgUnitTable = {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  path: string; // "/1/5/" — ancestors and self, for subtree queries
  depth: number;
  sortOrder: number;
  active: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
};

export type UserTable = {
  id: Generated<number>;
  username: string;
  displayName: string;
  role: string;
  orgId: number | null;
  phoneEnc: string | null;
  email: string | null;
  passwordHash: string;
  mustChangePassword: number;
  passwordChangedAt: string | null;
  failedCount: number;
  lockedUntil: string | null;
  totpSecretEnc: string | null;
  totpPendingEnc: string | null;
  totpEnabled: number;
  totpLastStep: number | null;
  active: number;
  isDemo: number;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
};

export type PasswordHistoryTable = {
  id: Generated<number>;
  userId: number;
  passwordHash: string;
  createdAt: string;
};

export type SessionTable = {
  idHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
};

export type AuditLogTable = {
  seq: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  result: string;
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
  hash: string;
};

export type SettingTable = {
  key: string;
  value: string;
  version: number;
  updatedAt: string;
  updatedBy: number | null;
};

export type JobLeaseTable = {
  name: string;
  holder: string;
  expiresAt: string;
};

export type DB = {
  orgUnits: OrgUnitTable;
  users: UserTable;
  passwordHistory: PasswordHistoryTable;
  sessions: SessionTable;
  auditLog: AuditLogTable;
  settings: SettingTable;
  jobLeases: JobLeaseTable;
  jobRuns: JobRunTable;
  reportVersions: ReportVersionTable;
  reportSubscriptions: ReportSubscriptionTable;
  apiTokens: ApiTokenTable;
  webhooks: WebhookTable;
  webhookDeliveries: WebhookDeliveryTable;
  planYears: PlanYearTable;
  planAreas: PlanAreaTable;
  workPoints: WorkPointTable;
  tasks: TaskTable;
  taskUnits: TaskUnitTable;
  milestones: MilestoneTable;
  progressReports: ProgressReportTable;
  supervisionNotices: SupervisionNoticeTable;
  closeRequests: CloseRequestTable;
  studySessions: StudySessionTable;
  taskFollows: TaskFollowTable;
  notifications: NotificationTable;
  attachments: AttachmentTable;
  econIndicators: EconIndicatorTable;
  econTargets: EconTargetTable;
  econValues: EconValueTable;
  econVintages: EconVintageTable;
  fypIndicators: FypIndicatorTable;
  fypActuals: FypActualTable;
  fypTasks: FypTaskTable;
  projects: ProjectTable;
  projectMilestones: ProjectMilestoneTable;
  investmentReports: InvestmentReportTable;
  fundingApplications: FundingApplicationTable;
  researchCentres: ResearchCentreTable;
  researchCentreEvents: ResearchCentreEventTable;
  problems: ProblemTable;
  problemEvents: ProblemEventTable;
  meetings: MeetingTable;
  meetingItems: MeetingItemTable;
  meetingDecisions: MeetingDecisionTable;
  meetingOpinions: MeetingOpinionTable;
  enterprises: EnterpriseTable;
  enterpriseTaxes: EnterpriseTaxTable;
  visitRules: VisitRuleTable;
  visits: VisitTable;
  demands: DemandTable;
  demandEvents: DemandEventTable;
  investmentLeads: InvestmentLeadTable;
  evalResults: EvalResultTable;
  policies: PolicyTable;
  policyApplications: PolicyApplicationTable;
  priceCommodities: PriceCommodityTable;
  pricePoints: PricePointTable;
  pricePointCollectors: { pointId: number; userId: number };
  priceWindows: PriceWindowTable;
  priceQuotes: PriceQuoteTable;
  priceAlerts: PriceAlertTable;
  priceItems: PriceItemTable;
  certCases: CertCaseTable;
  certCaseEvents: CertCaseEventTable;
  energyReviews: EnergyReviewTable;
  energyReviewEvents: EnergyReviewEventTable;
  energyExpertOpinions: EnergyExpertOpinionTable;
  energyKeyUsers: EnergyKeyUserTable;
  energyKeyUserYears: { keyUserId: number; year: number; energyTce: number; output: number; updatedAt: string };
  energyTargets: EnergyTargetTable;
  energyQuarters: EnergyQuarterTable;
  liveSystems: LiveSystemTable;
  liveDimensions: LiveDimensionTable;
  liveIndicators: LiveIndicatorTable;
  liveValues: LiveValueTable;
  liveWeakTasks: { indicatorId: number; taskId: number; createdAt: string };
  liveProjects: LiveProjectTable;
  szcTaskTypes: SzcTaskTypeTable;
  szcTargets: { typeId: number; townId: number; target: number };
  szcReports: SzcReportTable;
  szcPublicity: SzcPublicityTable;
  popPlans: PopPlanTable;
  popTownTargets: { planId: number; townId: number; cap: number };
  popFigures: PopFigureTable;
};

// ── work plan (0002) ──
type Meta = { version: number; createdAt: string; updatedAt: string; createdBy: number | null };

export type PlanYearTable = Meta & {
  id: Generated<number>; year: number; title: string; statusRuleJson: string; reportDueDay: number; statusDate: string | null; isDemo: number;
  supervisionRuleJson: Generated<string>; assessmentJson: Generated<string>; dataVersion: Generated<number>;
};
export type PlanAreaTable = Meta & { id: Generated<number>; year: number; seq: number; title: string; shortTitle: string };
export type WorkPointTable = Meta & { id: Generated<number>; year: number; areaId: number; seq: string; title: string; source: string };
export type TaskTable = Meta & {
  id: Generated<number>; code: string; year: number; workPointId: number; title: string; description: string; category: string; tags: string;
  leadUnitId: number; leaderName: string; startDate: string; dueDate: string;
  targetMetric: string | null; targetValue: number | null; targetUnit: string | null; targetDirection: string | null; targetIsDemo: number;
  weight: number; state: string; closedAt: string | null; lastStatus: Generated<string | null>;
};
export type TaskUnitTable = { taskId: number; orgId: number; role: string };
export type MilestoneTable = Meta & {
  id: Generated<number>; taskId: number; title: string; plannedDate: string; plannedPct: number | null; deliverable: string; doneDate: string | null;
};
export type ProgressReportTable = Meta & {
  id: Generated<number>; taskId: number; period: string; unitId: number; cumulativePct: number | null; cumulativeValue: number | null;
  narrative: string; problems: string | null; needsCoordination: number; nextSteps: string | null; state: string;
  submittedAt: string | null; submittedBy: number | null; reviewedAt: string | null; reviewedBy: number | null; returnReason: string | null;
  attachmentIds: Generated<string>;
};

// ── supervision, closing, party building, notifications, attachments (0003) ──
export type SupervisionNoticeTable = Meta & {
  id: Generated<number>; taskId: number; level: string; trigger: string; reason: string; requirement: string; replyDue: string;
  issuedBy: number | null; issuedAt: string; reply: string | null; repliedAt: string | null; repliedBy: number | null; state: string; escalatedTo: number | null;
};
export type CloseRequestTable = Meta & {
  id: Generated<number>; taskId: number; evidence: string; attachmentIds: string; requestedBy: number | null; requestedAt: string;
  state: string; decidedBy: number | null; decidedAt: string | null; reason: string | null;
};
export type StudySessionTable = Meta & {
  id: Generated<number>; year: number; taskId: number | null; unitId: number; kind: string; heldOn: string; topic: string;
  attendeeCount: number; attendees: string; notes: string | null;
};
export type TaskFollowTable = { taskId: number; userId: number; createdAt: string };
export type NotificationTable = {
  id: Generated<number>; userId: number; kind: string; title: string; body: string; link: string | null; dedupeKey: string | null;
  createdAt: string; readAt: string | null; emailedAt: string | null;
};
export type AttachmentTable = {
  id: Generated<number>; ownerType: string; ownerId: number | null; filename: string; mime: string; size: number; sha256: string;
  storageKey: string; uploadedBy: number | null; createdAt: string;
};

// ── economy and plan evaluation (0006) ──
export type EconIndicatorTable = Meta & {
  id: Generated<number>; code: string; name: string; unit: string; freq: string; kind: string; janFebMerged: number; growthBasis: string;
  sourceUnitId: number; ownerUnitId: number | null; parentId: number | null; seq: number; description: string; active: Generated<number>; isDemo: Generated<number>;
};
export type EconTargetTable = Meta & {
  id: Generated<number>; indicatorId: number; year: number; growthPct: number | null; level: number | null; baseValue: number | null; qualifier: string;
  floorPct: number | null; excellentPct: number | null; phasingJson: string | null; note: string;
};
export type EconValueTable = Meta & {
  id: Generated<number>; indicatorId: number; year: number; period: string; cumValue: number | null; prevCumValue: number | null; yoyPct: number | null;
  cityYoyPct: number | null; cityRank: number | null; note: string; state: string; source: string; submittedAt: string | null; submittedBy: number | null;
  reviewedAt: string | null; reviewedBy: number | null; returnReason: string | null; revisionCount: Generated<number>;
};
export type EconVintageTable = {
  id: Generated<number>; valueId: number; kind: string; at: string; byUserId: number | null; byName: string; reason: string; beforeJson: string | null; afterJson: string;
};
export type FypIndicatorTable = Meta & {
  id: Generated<number>; code: string; groupName: string; name: string; unit: string; form: string; attribute: string; baseValue: number | null; targetValue: number | null;
  targetRatePct: number | null; chainRates: number; leadUnitId: number; seq: number; overrideRating: string | null; overrideReason: Generated<string>;
};
export type FypActualTable = Meta & { id: Generated<number>; fypIndicatorId: number; year: number; value: number | null; ratePct: number | null; note: string };
export type FypTaskTable = Meta & { id: Generated<number>; chapter: string; title: string; leadUnitId: number; endState: string; planTaskId: number | null; status: string | null };

// ── projects, problems and meetings (0008) ──
export type ProjectTable = Meta & {
  id: Generated<number>; code: string; name: string; year: number; category: string; nature: string; sector: string; tags: string; townId: number | null;
  ownerName: string; responsibleUnitId: number; leaderName: string; totalInvestment: number; completedBefore: number; planConstruction: number; planEquipment: number;
  planOther: number; statsRegistered: number; description: string; isDemo: Generated<number>;
};
export type ProjectMilestoneTable = { projectId: number; step: string; seq: number; plannedDate: string | null; actualDate: string | null; docNo: string };
export type InvestmentReportTable = Meta & {
  id: Generated<number>; projectId: number; year: number; period: string; monthTotal: number; construction: number; equipment: number; other: number;
  physicalProgress: string; physicalQuantity: number | null; physicalUnit: string; explanation: string; state: string;
  submittedAt: string | null; submittedBy: number | null; reviewedAt: string | null; reviewedBy: number | null; returnReason: string | null;
};
export type FundingApplicationTable = Meta & { id: Generated<number>; projectId: number; fundType: string; batch: string; amountRequested: number; stage: string; amountGranted: number | null; note: string };
export type ResearchCentreTable = Meta & {
  id: Generated<number>; name: string; hostOrg: string; field: string; targetLevel: string; rdSpend: number; teamSize: number; readiness: number; status: string; lastReviewed: string | null; note: string;
};
export type ResearchCentreEventTable = { id: Generated<number>; centreId: number; at: string; byName: string; fromStatus: string | null; toStatus: string; note: string };
export type ProblemTable = Meta & {
  id: Generated<number>; source: string; refId: number | null; type: string; title: string; description: string; raisedByUnitId: number; ownerUnitId: number;
  raisedAt: string; dueDate: string; severity: number; status: string; resolvedAt: string | null; escalatedTo: string | null;
};
export type ProblemEventTable = { id: Generated<number>; problemId: number; at: string; byName: string; action: string; note: string };
export type MeetingTable = Meta & {
  id: Generated<number>; kind: string; title: string; meetingDate: string; location: string; chairName: string; unitIds: string; opinionDue: string | null;
  status: string; minutesNo: string | null; summary: string;
};
export type MeetingItemTable = { meetingId: number; problemId: number; seq: number; discussion: string };
export type MeetingDecisionTable = Meta & { id: Generated<number>; meetingId: number; problemId: number | null; text: string; leadUnitId: number; coUnitIds: string; deadline: string; taskId: number | null };
export type MeetingOpinionTable = { meetingId: number; unitId: number; opinion: string; submittedAt: string; submittedBy: number | null };

// ── enterprise services (0009) ──
export type EnterpriseTable = Meta & {
  id: Generated<number>; uscc: string; name: string; industry: string; size: string; zone: string; townId: number | null; address: string; contactName: string;
  contactPhoneEnc: string | null; stewardUserId: number | null; listYear: number; listed: number; servicePackage: string; privateNotes: string; isDemo: Generated<number>;
};
export type EnterpriseTaxTable = { enterpriseId: number; year: number; amount: number };
export type VisitRuleTable = { year: number; minVisits: number; updatedAt: string };
export type VisitTable = { id: Generated<number>; enterpriseId: number; visitedOn: string; form: string; visitors: string; notes: string; createdBy: number | null; createdAt: string };
export type DemandTable = Meta & {
  id: Generated<number>; enterpriseId: number; visitId: number | null; channel: string; category: string; text: string; receivedOn: string; dueOn: string;
  handlerUnitId: number | null; state: string; reply: string | null; satisfaction: string | null; closedOn: string | null; reopenCount: number; problemId: number | null;
};
export type DemandEventTable = { id: Generated<number>; demandId: number; at: string; byName: string; action: string; fromState: string | null; toState: string; note: string };
export type InvestmentLeadTable = Meta & { id: Generated<number>; referrerEnterpriseId: number | null; target: string; industry: string; zone: string; stage: string; expectedInvest: number; ownerName: string; note: string };
export type EvalResultTable = Meta & { id: Generated<number>; scheme: string; year: number; indicator: string; score: number | null; rank: number | null; rankOf: number | null };
export type PolicyTable = Meta & {
  id: Generated<number>; title: string; docNo: string; issuer: string; level: string; issuedOn: string; industries: string; summary: string; interpretation: string;
  windowOpen: string | null; windowClose: string | null;
};
export type PolicyApplicationTable = Meta & { id: Generated<number>; enterpriseId: number; policyId: number; project: string; amountRequested: number; stage: string; amountGranted: number | null };

// ── prices (0010) ──
export type PriceCommodityTable = Meta & { id: Generated<number>; code: string; name: string; spec: string; unit: string; groupName: string; weight: number; risePct: number; fallPct: number; seq: number; active: Generated<number> };
export type PricePointTable = Meta & { id: Generated<number>; code: string; name: string; type: string; townId: number | null; address: string; active: Generated<number> };
export type PriceWindowTable = Meta & { id: Generated<number>; name: string; kind: string; startDate: string; endDate: string };
export type PriceQuoteTable = { id: Generated<number>; pointId: number; commodityId: number; date: string; price: number; note: string; state: string; source: string; collectorId: number | null; updatedAt: string };
export type PriceAlertTable = { id: Generated<number>; commodityId: number; date: string; kind: string; level: string; value: number; message: string; status: string; createdAt: string };
export type PriceItemTable = Meta & { id: Generated<number>; name: string; form: string; currentPrice: number; unit: string; basisDoc: string; effectiveFrom: string; reviewDue: string; note: string };
export type CertCaseTable = Meta & {
  id: Generated<number>; caseNo: string; requesterOrg: string; requesterType: string; receivedOn: string; acceptedOn: string | null; baseDate: string; itemsJson: string; certifiers: string;
  stage: string; dueOn: string | null; method: string | null; resultYuan: number | null; concludedOn: string | null; deliveredOn: string | null;
};
export type CertCaseEventTable = { id: Generated<number>; caseId: number; at: string; byName: string; action: string; note: string };

// ── livelihood (0011) ──
export type LiveSystemTable = Meta & { id: Generated<number>; year: number; normalisation: string; aggregation: string; note: Generated<string> };
export type LiveDimensionTable = Meta & { id: Generated<number>; systemId: number; code: string; groupName: string; name: string; weight: number; seq: number };
export type LiveIndicatorTable = Meta & {
  id: Generated<number>; systemId: number; dimensionId: number; code: string; name: string; unit: string; direction: string; sourceUnitId: number; weight: number;
  minValid: number | null; maxValid: number | null; target: number | null; seq: number;
};
export type LiveValueTable = Meta & { id: Generated<number>; indicatorId: number; quarter: number; district: string; value: number; note: string; state: string; source: string; reviewNote: Generated<string> };
export type LiveProjectTable = Meta & { id: Generated<number>; projectId: number; dimensionCode: string; note: string };
export type SzcTaskTypeTable = Meta & { id: Generated<number>; year: number; code: string; name: string; groupName: string; unit: string; leadUnitId: number; seq: number };
export type SzcReportTable = Meta & { id: Generated<number>; typeId: number; townId: number; period: string; cumActual: number; note: string; correction: number; state: string; reviewNote: Generated<string> };
export type SzcPublicityTable = Meta & { id: Generated<number>; year: number; townId: number | null; date: string; title: string; outlet: string; level: string };
export type PopPlanTable = Meta & { id: Generated<number>; year: number; districtCap: number; baseline: number };
export type PopFigureTable = Meta & { id: Generated<number>; year: number; quarter: number; townId: number; value: number; source: string; state: string; reviewNote: Generated<string> };

// ── energy (0012) ──
export type EnergyReviewTable = Meta & {
  id: Generated<number>; projectId: number; year: number; applicant: string; submittedOn: string; linesJson: string; tceDl: number; tceDj: number; electricityKwh: number;
  exemptIndustry: number; classified: number; overThreshold: number; requiresReview: number; authority: string; stage: string; dueOn: string | null; acceptedOn: string | null;
  opinion: string; conditions: string; opinionNo: string | null; opinionDate: string | null; returnReason: string | null; acceptanceJson: string | null; verifiedOn: string | null;
  actualTce: number | null; deviationPct: number | null; acceptancePassed: number | null; note: string;
};
export type EnergyReviewEventTable = { id: Generated<number>; reviewId: number; at: string; byName: string; action: string; fromStage: string | null; toStage: string; note: string };
export type EnergyExpertOpinionTable = { id: Generated<number>; reviewId: number; expert: string; org: string; conclusion: string; opinion: string; givenOn: string; createdAt: string; createdBy: number | null };
export type EnergyKeyUserTable = Meta & { id: Generated<number>; name: string; industry: string; townId: number | null; level: string; contact: string; isDemo: Generated<number> };
export type EnergyTargetTable = Meta & {
  id: Generated<number>; year: number; assessee: string; orgId: number | null; keyUserId: number | null; targetDropPct: number; capTce: number; baseTce: number; baseOutput: number;
  tasksJson: string; deduction: number; deductionNote: string;
};
export type EnergyQuarterTable = { targetId: number; quarter: string; energyTce: number; output: number; note: string; version: number; reportedBy: number | null; reportedAt: string };

// ── cockpit, report centre, jobs, open API, webhooks (0013) ──
export type JobRunTable = { id: Generated<number>; name: string; holder: string; startedAt: string; finishedAt: string | null; ok: number | null; result: string | null; error: string | null };
export type ReportVersionTable = {
  id: Generated<number>; type: string; period: string; seq: number; title: string; filename: string; contentType: string; size: number; sha256: string; contentHash: string; storageKey: string;
  scopeKey: string; trigger: string; createdAt: string; createdBy: number | null;
};
export type ReportSubscriptionTable = { id: Generated<number>; userId: number; type: string; lastPeriod: string | null; createdAt: string };
export type ApiTokenTable = Meta & { id: Generated<number>; name: string; prefix: string; tokenHash: string; scopes: string; expiresAt: string | null; revokedAt: string | null; lastUsedAt: string | null };
export type WebhookTable = Meta & { id: Generated<number>; name: string; kind: string; urlSealed: string; urlHost: string; secretSealed: string | null; events: string; active: number };
export type WebhookDeliveryTable = {
  id: Generated<number>; webhookId: number; event: string; dedupeKey: string; payload: string; state: string; attempts: Generated<number>; httpStatus: number | null;
  lastError: string | null; createdAt: string; sentAt: string | null;
};
