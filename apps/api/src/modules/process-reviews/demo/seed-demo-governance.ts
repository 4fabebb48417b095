import { randomUUID } from 'node:crypto';
import type { Clock } from '@samsyn/application/clock';
import { CommandExecutor } from '@samsyn/application/command-executor';
import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import type { Principal } from '@samsyn/domain/shared/principal';
import type { EventStore } from '@samsyn/event-store';
import { ProjectionQueries } from '@samsyn/projections/queries/projection-queries';
import { SendReminderCommand } from '../../proposals/process-managers/send-reminders/send-reminder.command';
import { SendReminderHandler } from '../../proposals/process-managers/send-reminders/send-reminder.handler';
import { SetReviewCycleCommand } from '../commands/set-review-cycle/set-review-cycle.command';
import { SetReviewCycleHandler } from '../commands/set-review-cycle/set-review-cycle.handler';
import { NotifyReviewDueCommand } from '../process-managers/notify-review-due/notify-review-due.command';
import { NotifyReviewDueHandler } from '../process-managers/notify-review-due/notify-review-due.handler';

/** Review cycles of the demo: LF-03 (Uthyrning) yearly, its owner Eva; FF-02 (Underhållsplanering) every five years, Fredrik. */
export const DEMO_REVIEW_CYCLES = [
  { processId: 'LF-03', intervalMonths: 12, owner: 'eva' },
  { processId: 'FF-02', intervalMonths: 60, owner: 'fredrik' },
] as const;

/**
 * The demo's reminders and review cycles, through the same use cases as the routes and the sweeps,
 * after seedDemo (whose timeline ends in 2025) and at the clock's now: the cycles are set by the
 * processes' owners; every review then due is notified (LF-03, not reviewed since it was registered
 * in 2024, is); and P-009's reviewers still missing are reminded of its deadline early, so that
 * the demo shows a pending reminder whatever day it is started (until that deadline).
 */
export async function seedDemoGovernance(store: EventStore, clock: Clock): Promise<void> {
  const executor = new CommandExecutor(store, clock, randomUUID);
  const cycles = new SetReviewCycleHandler(executor, store);
  for (const c of DEMO_REVIEW_CYCLES) {
    await cycles.execute(new SetReviewCycleCommand(c.processId, { intervalMonths: c.intervalMonths, owner: c.owner }, { principal: PEOPLE[c.owner] as Principal, correlationId: 'demo-review-cycles' }));
  }
  const reads = new ProjectionQueries({ store });
  const now = clock.now();
  const due = new NotifyReviewDueHandler(executor);
  for (const r of await reads.reviewsToNotify(now.slice(0, 10))) {
    await due.execute(new NotifyReviewDueCommand(r.processId, r.dueOn, { now, correlationId: 'demo-review-cycles' }));
  }
  const reminders = new SendReminderHandler(store, clock);
  const early = await reads.dueReminders(now, { reviewLeadMs: Number.MAX_SAFE_INTEGER, bodyHoldMs: Number.MAX_SAFE_INTEGER });
  for (const r of early.filter((x) => x.kind === 'review' && x.proposalId === 'P-009')) {
    await reminders.execute(new SendReminderCommand(r, { now, correlationId: 'demo-reminders' }));
  }
}
