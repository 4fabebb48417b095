import type { SamsynEventType } from './samsyn-event';

/** The current schema version of every event type. A Record over the union, so the compiler
 * refuses a catalogue event that is missing here. Raise a number only together with an upcaster
 * from the previous version in upcasters.ts: stored history is never rewritten. */
const CURRENT_SCHEMA_VERSIONS: Readonly<Record<SamsynEventType, number>> = {
  StakeholderRegistered: 1,
  StakeholderRenamed: 1,
  StakeholderRetired: 1,
  GovernanceBodyEstablished: 1,
  GovernanceBodyMembersChanged: 1,
  TermDefined: 1,
  TermRevised: 1,
  TermDeprecated: 1,
  LocalSynonymMapped: 1,
  SystemRegistered: 1,
  SystemRetired: 1,
  ProcessRegistered: 1,
  ProcessRevised: 1,
  DeviationRecorded: 1,
  DeviationNeedsReapproval: 1,
  DeviationEnded: 1,
  AdoptionRecorded: 1,
  AdoptionTargetsSet: 1,
  DefaultAdoptionTargetSet: 1,
  ProposalSubmitted: 1,
  ReviewSubmitted: 2,
  ProposalAccepted: 1,
  ProposalEscalated: 1,
  ProposalDecided: 1,
  ProposalWithdrawn: 1,
  ProposalAmended: 1,
  ProposalApplied: 1,
  ProposalConflicted: 1,
  TreeHeadSigned: 1,
  NotificationPreferencesSet: 1,
  EmailAddressRegistered: 1,
  WebhookSubscriptionRegistered: 1,
  WebhookSubscriptionUpdated: 1,
  WebhookSecretRotated: 1,
  WebhookSubscriptionPaused: 1,
  WebhookSubscriptionResumed: 1,
  WebhookSubscriptionRemoved: 1,
  CommentThreadStarted: 1,
  CommentPosted: 1,
  CommentEdited: 1,
  CommentThreadResolved: 1,
  CommentThreadReopened: 1,
  GovernanceBodyBudgetFrameSet: 1,
  ManagementObjectRegistered: 1,
  ManagementObjectRolesAssigned: 1,
  ManagementObjectScopeChanged: 1,
  ManagementPlanDrafted: 1,
  ManagementPlanRevised: 1,
  ManagementPlanEscalated: 1,
  ManagementPlanDecided: 1,
  ManagementPlanFollowedUp: 1,
  MinutesRecorded: 1,
  ReviewReminderSent: 1,
  BodyHoldReminderSent: 1,
  ProcessReviewCycleSet: 1,
  ProcessReviewDue: 1,
  ProcessReviewedNoChange: 1,
};

export const KNOWN_EVENT_TYPES: readonly SamsynEventType[] = Object.freeze(Object.keys(CURRENT_SCHEMA_VERSIONS) as SamsynEventType[]);

// A Map for the look-ups: every event read (a rebuild reads a million) asks once.
const VERSIONS: ReadonlyMap<string, number> = new Map(Object.entries(CURRENT_SCHEMA_VERSIONS));

export const isKnownEventType = (type: string): type is SamsynEventType => VERSIONS.has(type);

/** Reading history must not guess: an event type this code does not know is an error. */
export class UnknownEventTypeError extends Error {
  constructor(readonly eventType: string) {
    super(`unknown event type "${eventType}": not in the catalogue (libs/domain/src/upcasting/schema-versions.ts)`);
    this.name = 'UnknownEventTypeError';
  }
}

export const currentSchemaVersion = (type: string): number => {
  const version = VERSIONS.get(type);
  if (version === undefined) throw new UnknownEventTypeError(type);
  return version;
};
