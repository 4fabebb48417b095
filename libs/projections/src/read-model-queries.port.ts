import type { Principal } from '@samsyn/domain/shared/principal';
import type { AuditFilter, AuditPage } from './audit-log/audit-log';
import type { CatalogueView } from './catalogue/catalogue.view';
import type { DeviationDiffView } from './catalogue/deviation-diff.view';
import type { BodyEntry, StakeholderEntry, TermEntry } from './directory/directory.projection';
import type { SystemView } from './directory/system-register.view';
import type { DueReminder, ReminderTimings } from './my-work/due-reminders';
import type { MyTasks, MyTasksOptions } from './my-work/my-tasks';
import type { ProcessReviewView, ReviewsReport } from './process-reviews/process-reviews.report';
import type { LastReview, ProcessReviewRow } from './process-reviews/process-reviews.projection';
import type { ProcessDiffView, ProcessRevisionView, RevisionView } from './process-history/process-history.view';
import type { ProposalView } from './proposals/proposal.view';
import type { HandoverFilter, HandoverRegister } from './handovers/handover-register';
import type { GovernanceReport } from './reports/governance-report';
import type { HarmonizationReportView } from './reports/harmonization-report';
import type { HarmonizationSeries, SeriesInterval } from './reports/harmonization-series';
import type { NomenclatureReport } from './reports/nomenclature-report';
import type { VariantReport } from './reports/variant-report';
import type { StakeholderHistoryEntry } from './stakeholder-history/stakeholder-history-entry';
import type { CommentsView, CommentThreadView } from './comments/comment-thread.view';
import type { KnownPrincipal } from './principals/principals.projection';
import type { ManagementObjectView, ManagementPlanView, MinutesView } from './management/management.view';

export type { AuditFilter } from './audit-log/audit-log';

/**
 * The read side as the HTTP API and the CLI see it. Implemented in this lib from projections fed
 * by the store's catch-up subscription. Every method takes an AsOf: undefined = now (live),
 * otherwise the answer as it would have been at that instant / global position.
 * Payload shapes follow docs/api.md (each view is declared beside its read model); they are
 * JSON-serialisable (bigints as strings).
 */
export type AsOf = { instant: string } | { position: bigint } | undefined;

export interface ProposalFilter {
  status?: string;
  process?: string;
  awaitingStakeholder?: string;
  awaitingBody?: string;
}

/** A page of a stakeholder's history: the entries with positions after `after`, at most `limit`. */
export interface HistoryPage {
  after?: bigint;
  limit?: number;
}

export interface ReadModelQueries {
  /** Resolves once every projection has processed the event at `position` (read-your-writes). */
  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean>;

  catalogue(asOf?: AsOf): Promise<CatalogueView[]>;
  process(id: string, asOf?: AsOf): Promise<CatalogueView | null>;
  revisions(id: string, asOf?: AsOf): Promise<RevisionView[] | null>;
  revision(id: string, n: number, asOf?: AsOf): Promise<ProcessRevisionView | null>;
  diff(id: string, from: number, to: number, asOf?: AsOf): Promise<ProcessDiffView | null>;
  /** The stakeholder's active deviation against the current baseline; null without one. */
  deviationDiff(id: string, stakeholder: string, asOf?: AsOf): Promise<DeviationDiffView | null>;
  proposals(filter: ProposalFilter, asOf?: AsOf): Promise<ProposalView[]>;
  proposal(id: string, asOf?: AsOf): Promise<ProposalView | null>;
  stakeholders(asOf?: AsOf): Promise<StakeholderEntry[]>;
  /** Every entry, oldest first; a page: the entries after a position, at most `limit` of them. */
  stakeholderHistory(id: string, asOf?: AsOf, page?: HistoryPage): Promise<StakeholderHistoryEntry[] | null>;
  bodies(asOf?: AsOf): Promise<BodyEntry[]>;
  terms(asOf?: AsOf): Promise<TermEntry[]>;
  systems(asOf?: AsOf): Promise<SystemView[]>;
  auditEvents(filter: AuditFilter, asOf?: AsOf): Promise<AuditPage>;
  harmonizationReport(asOf?: AsOf): Promise<HarmonizationReportView>;
  /** The harmonization index at each instant of `ends` (oldest first), with drift and adoption lag per revision. */
  harmonizationSeries(ends: readonly string[], interval: SeriesInterval): Promise<HarmonizationSeries>;
  governanceReport(asOf?: AsOf): Promise<GovernanceReport>;
  nomenclatureReport(asOf?: AsOf): Promise<NomenclatureReport>;
  /** Per process, the organisations that deviate, on which parts, since when and how far behind (GET /reports/variants). */
  variantReport(asOf?: AsOf): Promise<VariantReport>;
  /** Every cross-organisation handover of the head revisions, flagged where the sides share no system or term (GET /handovers). */
  handovers(filter: HandoverFilter, asOf?: AsOf): Promise<HandoverRegister>;
  /** The principal's tasks (GET /me/tasks): reviews, decisions, its own proposals, adoptions. */
  myTasks(principal: Principal, options: MyTasksOptions, asOf?: AsOf): Promise<MyTasks>;
  /** The threads on a process (its steps' too) or a proposal, each comment with its edit history (docs/comments.md). */
  comments(subject: CommentsView['subject'], asOf: AsOf): Promise<CommentsView>;
  /** One comment thread by id, as `comments` lists it, or null. */
  commentThread(id: string, asOf?: AsOf): Promise<CommentThreadView | null>;
  /** The principals the log knows, by id; with `prefix`, those whose id starts with it. */
  principals(asOf: AsOf, prefix?: string): Promise<KnownPrincipal[]>;

  /** Every management object; with `body`, those in its area: governed by it or by a body below it. */
  managementObjects(filter: { body?: string }, asOf?: AsOf): Promise<ManagementObjectView[]>;
  managementObject(id: string, asOf?: AsOf): Promise<ManagementObjectView | null>;
  managementPlan(object: string, year: number, asOf?: AsOf): Promise<ManagementPlanView | null>;
  /** A body's minutes, oldest meeting first; null for a body that does not exist (then). */
  bodyMinutes(body: string, asOf?: AsOf): Promise<MinutesView[] | null>;
  minutes(body: string, meeting: string, asOf?: AsOf): Promise<MinutesView | null>;
  /** The reminders due at `now` and not yet sent (the reminder process manager's sweep). */
  dueReminders(now: string, timings: ReminderTimings): Promise<DueReminder[]>;
  /** GET /reports/reviews: review cycles as of the day `on`; due within `dueWithinDays`, overdue. */
  reviewsReport(on: string, dueWithinDays: number, asOf?: AsOf): Promise<ReviewsReport>;
  /** One process's review cycle (null: no such process); `view` is null without a cycle. */
  processReview(id: string, on: string, asOf?: AsOf): Promise<{ processId: string; cycle: ProcessReviewRow['cycle']; lastReview: LastReview; view: ProcessReviewView | null } | null>;
  /** Reviews due by `on` whose owner was not yet told (the review-cycle process manager's sweep). */
  reviewsToNotify(on: string): Promise<{ processId: string; dueOn: string }[]>;
}
