// All demo data, module by module, in dependency order.
import type { AppContext } from '../platform/context.ts';
import { seedPlatformDemo } from './platform.ts';
import { seedWorkplanDemo } from './workplan.ts';
import { seedEconomyDemo } from './economy.ts';
import { seedProjectsDemo } from './projects.ts';
import { seedEnterprisesDemo } from './enterprises.ts';
import { seedPricesDemo } from './prices.ts';
import { seedLivelihoodDemo } from './livelihood.ts';
import { seedEnergyDemo } from './energy.ts';

/** `prices: false` leaves out the 292,000 daily price quotes (the API tests of other modules do not need them). */
export async function seedAllDemo(ctx: AppContext, onProgress?: (step: string) => void, opts: { prices?: boolean } = {}): Promise<void> {
  onProgress?.('platform');
  await seedPlatformDemo(ctx);
  onProgress?.('workplan');
  await seedWorkplanDemo(ctx);
  onProgress?.('economy');
  await seedEconomyDemo(ctx);
  onProgress?.('projects');
  await seedProjectsDemo(ctx);
  onProgress?.('enterprises');
  await seedEnterprisesDemo(ctx);
  onProgress?.('livelihood');
  await seedLivelihoodDemo(ctx);
  onProgress?.('energy');
  await seedEnergyDemo(ctx);
  if (opts.prices !== false) {
    onProgress?.('prices');
    await seedPricesDemo(ctx);
  }
}
