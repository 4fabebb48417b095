import type { TreeHeadEvent } from '../audit/tree-head.events';
import type { GovernanceBodyEvent } from '../governance-body/governance-body.events';
import type { ProcessEvent } from '../process/process.events';
import type { ProposalEvent } from '../proposal/proposal.events';
import type { StakeholderEvent } from '../stakeholder/stakeholder.events';
import type { SystemEvent } from '../system/system.events';
import type { TermEvent } from '../term/term.events';
import type { RecipientEvent } from '../recipient/recipient.events';
import type { ReminderEvent } from '../reminder/reminder.events';
import type { ProcessReviewEvent } from '../process-review/process-review.events';
import type { WebhookSubscriptionEvent } from '../webhook-subscription/webhook-subscription.events';
import type { CommentThreadEvent } from '../comment-thread/comment-thread.events';
import type { ManagementObjectEvent } from '../management-object/management-object.events';
import type { ManagementPlanEvent } from '../management-plan/management-plan.events';
import type { MinutesEvent } from '../minutes/minutes.events';

/** Every event of the catalogue, in its current schema. */
export type SamsynEvent = StakeholderEvent | GovernanceBodyEvent | TermEvent | SystemEvent | ProcessEvent | ProposalEvent | TreeHeadEvent | RecipientEvent | WebhookSubscriptionEvent
  | CommentThreadEvent
  | ManagementObjectEvent
  | ManagementPlanEvent
  | MinutesEvent
  | ReminderEvent
  | ProcessReviewEvent;

export type SamsynEventType = SamsynEvent['type'];
