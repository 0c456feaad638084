// Every module's cockpit provider, in the order the cockpit shows them.
import type { CockpitProvider } from './cockpit.types.ts';
import { workplanCockpit } from '../workplan/workplan.cockpit.ts';
import { economyCockpit } from '../economy/economy.cockpit.ts';
import { projectsCockpit } from '../projects/projects.cockpit.ts';
import { enterprisesCockpit } from '../enterprises/enterprises.cockpit.ts';
import { pricesCockpit } from '../prices/prices.cockpit.ts';
import { livelihoodCockpit } from '../livelihood/livelihood.cockpit.ts';
import { energyCockpit } from '../energy/energy.cockpit.ts';

export const providers: CockpitProvider[] = [workplanCockpit, economyCockpit, projectsCockpit, enterprisesCockpit, pricesCockpit, livelihoodCockpit, energyCockpit];
