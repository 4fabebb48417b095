import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from '../logging/logger';
import { runPeriodically, sharedPass } from './periodic';

/**
 * The life of every process manager that sweeps: a pass at start-up and then on its interval until
 * shutdown (`intervalMs <= 0`: only when asked, as the tests do), one pass at a time. What a pass
 * reads and sends is the subclass's: the proposals' sweeps act through the proposals' use cases
 * (`ProposalSweep`), the others send commands on the bus (`CommandSweep`).
 */
export abstract class PeriodicSweep<Outcome> implements OnApplicationBootstrap, OnModuleDestroy {
  /** In the log when a pass fails. */
  protected abstract readonly name: string;
  protected abstract readonly intervalMs: number;
  protected abstract readonly logger: Logger;
  private stop: () => void = () => undefined;

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(this.intervalMs, () => this.sweep(), this.logger, this.name);
  }

  onModuleDestroy(): void {
    this.stop();
  }

  /** One pass; concurrent calls share the pass in flight. */
  readonly sweep: () => Promise<Outcome> = sharedPass(() => this.pass());

  protected abstract pass(): Promise<Outcome>;
}
