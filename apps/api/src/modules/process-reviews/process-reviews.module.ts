import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { CommandExecutor } from '@samsyn/application/command-executor';
import type { EventStore } from '@samsyn/event-store';
import { CLOCK, EVENT_STORE, type Clock } from '../../infrastructure/tokens';
import { RecordProcessReviewHandler } from './commands/record-process-review/record-process-review.handler';
import { RecordProcessReviewHttpController } from './commands/record-process-review/record-process-review.http.controller';
import { SetReviewCycleHandler } from './commands/set-review-cycle/set-review-cycle.handler';
import { SetReviewCycleHttpController } from './commands/set-review-cycle/set-review-cycle.http.controller';
import { NotifyReviewDueHandler } from './process-managers/notify-review-due/notify-review-due.handler';
import { ReviewDueProcessManager } from './process-managers/notify-review-due/review-due.process-manager';
import { REVIEW_CYCLE_EXECUTOR } from './process-review-tokens';
import { GetReviewCycleHandler } from './queries/get-review-cycle/get-review-cycle.query-handler';
import { GetReviewCycleHttpController } from './queries/get-review-cycle/get-review-cycle.http.controller';

/** Review cycles per process (docs/governance-notifications.md "Review cycles"). */
@Module({
  controllers: [SetReviewCycleHttpController, RecordProcessReviewHttpController, GetReviewCycleHttpController],
  providers: [
    { provide: REVIEW_CYCLE_EXECUTOR, inject: [EVENT_STORE, CLOCK], useFactory: (store: EventStore, clock: Clock) => new CommandExecutor(store, clock, randomUUID) },
    SetReviewCycleHandler,
    RecordProcessReviewHandler,
    NotifyReviewDueHandler,
    GetReviewCycleHandler,
    ReviewDueProcessManager,
  ],
  exports: [ReviewDueProcessManager],
})
export class ProcessReviewsModule {}
