// The module list: app.ts registers each in order.
import type { ModuleRegister } from './types.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { orgRoutes } from './orgs/orgs.routes.ts';
import { userRoutes } from './users/users.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { securityRoutes } from './security/security.routes.ts';
import { assessmentRoutes, planDocumentRoutes, supervisionRoutes, workplanRoutes } from './workplan/workplan.routes.ts';
import { attachmentRoutes } from './attachments/attachments.routes.ts';
import { notificationRoutes } from './notifications/notifications.routes.ts';
import { economyRoutes, fypRoutes } from './economy/economy.routes.ts';
import { problemRoutes, projectRoutes } from './projects/projects.routes.ts';
import { enterpriseRoutes } from './enterprises/enterprises.routes.ts';
import { priceRoutes } from './prices/prices.routes.ts';
import { cockpitRoutes } from './cockpit/cockpit.routes.ts';
import { livelihoodRoutes } from './livelihood/livelihood.routes.ts';
import { energyRoutes } from './energy/energy.routes.ts';

export const modules: ModuleRegister[] = [authRoutes, orgRoutes, userRoutes, auditRoutes, securityRoutes, workplanRoutes, supervisionRoutes, assessmentRoutes, planDocumentRoutes, attachmentRoutes, notificationRoutes, fypRoutes, economyRoutes, projectRoutes, problemRoutes, enterpriseRoutes, priceRoutes, livelihoodRoutes, energyRoutes, cockpitRoutes];
