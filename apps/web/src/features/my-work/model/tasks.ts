import { shortId } from '../../../lib/proposal-names';

/** GET /me/tasks (docs/governance-notifications.md): the signed-in person's work, cut by the API from the my-work read model. */
export type TaskKind = 'review' | 'decision' | 'own-proposal' | 'stale-deviation' | 'overdue-adoption' | 'adoption' | 'mention' | 'process-review';

export interface Task {
  kind: TaskKind;
  resource: { kind: 'proposal' | 'process'; id: string };
  link: string;
  why: { code: string; sv: string; en: string };
  since: string;
  processId: string;
  /** Proposal tasks: the rationale's first line, cut short (absent from older servers and from mentions). */
  summary?: string;
  stakeholder?: string;
  body?: string;
  withinMandate?: boolean;
  status?: string;
  reviewDeadline?: string | null;
  revision?: number;
  /** Mentions: the thread, who mentioned. */
  thread?: string;
  by?: string;
  /** Process-review tasks: the day the review fell due. */
  dueOn?: string;
  /** Overdue adoptions (docs/harmonization.md): the target date and the whole days past it. */
  targetDate?: string;
  daysOverdue?: number;
}

export interface MyTasks {
  principal: string;
  counts: Record<TaskKind, number>;
  total: number;
  tasks: Task[];
  /** The read models' position when the list was asked for (GET /health): "mark as seen" remembers it. */
  shownUpTo: string | null;
}

export const TASK_KINDS: readonly TaskKind[] = ['review', 'decision', 'own-proposal', 'stale-deviation', 'overdue-adoption', 'adoption', 'mention', 'process-review'];

/** The page's sections, one per kind, in the API's order (oldest first within each). */
export const tasksByKind = (tasks: Task[]): Record<TaskKind, Task[]> => {
  const out = Object.fromEntries(TASK_KINDS.map((k) => [k, [] as Task[]])) as Record<TaskKind, Task[]>;
  for (const t of tasks) out[t.kind]?.push(t);
  return out;
};

/** The page a task leads to: the API's link is the resource (also a page path); an adoption opens its form. */
export const pageOf = (task: Task): string => {
  if (task.kind === 'adoption' || task.kind === 'overdue-adoption') return `${task.link}/adoption`;
  // A mention's link is the API's comments of the resource: the page is the resource's, at the thread.
  if (task.kind === 'mention') return `/${task.resource.kind === 'proposal' ? 'proposals' : 'processes'}/${encodeURIComponent(task.resource.id)}#comment-thread-${task.thread ?? ''}`;
  return task.link;
};

/** What to call a task's proposal: its summary when the API gives one, else its (short) id. */
export const proposalName = (task: Task): string => task.summary ?? shortId(task.resource.id);

/** Own proposals shown because they were escalated or decided since the marker; a conflicted one stays until amended. */
export const dismissable = (tasks: Task[]): Task[] => tasks.filter((t) => t.kind === 'own-proposal' && t.why.code !== 'YOUR_PROPOSAL_CONFLICTED');

export interface Names {
  organisation: (id: string | undefined) => string;
  body: (id: string | undefined) => string;
  process: (id: string) => string;
}

/**
 * The reason as the translation key `reasons.<code>` with its values, names instead of ids. A code
 * this version does not know is said in the API's own words (`why.sv` / `why.en`).
 */
export const reasonOf = (task: Task, names: Names): { key: string; values: Record<string, string | number> } => ({
  key: `reasons.${task.why.code}`,
  values: {
    id: shortId(task.resource.id),
    process: task.processId,
    processName: names.process(task.processId),
    organisation: names.organisation(task.stakeholder),
    body: names.body(task.body),
    revision: task.revision ?? '',
    by: task.by ?? '',
    dueOn: task.dueOn ?? '',
    deadline: task.reviewDeadline ? task.reviewDeadline.slice(0, 10) : '',
    // `count` picks the plural of "days overdue"; the page formats the dates in the user's language.
    ...(task.kind === 'overdue-adoption' ? { targetDate: task.targetDate ?? '', count: task.daysOverdue ?? 0 } : {}),
  },
});
