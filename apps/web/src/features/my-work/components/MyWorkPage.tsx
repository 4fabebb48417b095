import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { StatusBadge } from '../../../components/StatusBadge';
import { useSession } from '../../../lib/auth';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { nameOf, useBodies, useProcessNames, useStakeholders } from '../../../lib/registers';
import { useAsOf } from '../../../lib/time-travel';
import { isNumbered } from '../../../lib/proposal-names';
import { useMyTasks } from '../api/get-my-tasks';
import { seenMarker } from '../model/seen-marker';
import { dismissable, pageOf, proposalName, reasonOf, tasksByKind, type Names, type Task, type TaskKind } from '../model/tasks';

/** Each kind's section: its test id (the browser tests find them by it) and its heading. */
const SECTIONS: { kind: TaskKind; id: string; title: string }[] = [
  { kind: 'review', id: 'to-review', title: 'toReview' },
  { kind: 'decision', id: 'to-decide', title: 'toDecide' },
  { kind: 'own-proposal', id: 'mine', title: 'mine' },
  { kind: 'stale-deviation', id: 'stale-deviations', title: 'staleDeviations' },
  { kind: 'overdue-adoption', id: 'overdue-adoptions', title: 'overdueAdoptions' },
  { kind: 'adoption', id: 'adoptions', title: 'adoptions' },
  { kind: 'mention', id: 'mentions', title: 'mentions' },
  { kind: 'process-review', id: 'process-reviews', title: 'processReviews' },
];

/** The values of a reason that are days (reasonOf gives them as ISO dates). */
const DATE_VALUES = ['targetDate', 'deadline', 'dueOn'] as const;

const TaskItem = ({ task, names }: { task: Task; names: Names }) => {
  const { t, i18n } = useTranslation('my-work');
  const reasoned = reasonOf(task, names);
  const key = reasoned.key;
  // The sentences' dates in the user's language, as the line under them ("30 juni 2027", not 2027-06-30).
  const values: Record<string, string | number> = { ...reasoned.values };
  for (const k of DATE_VALUES) if (values[k]) values[k] = formatDate(String(values[k]));
  const reason = i18n.exists(`my-work:${key}`, values) ? t(key, values) : i18n.language === 'en' ? task.why.en : task.why.sv;
  const process = [task.processId, values.processName].filter((x, i, all) => all.indexOf(x) === i).join(' ');
  const numbered = task.summary !== undefined && isNumbered(task.resource.id);
  const label = task.resource.kind !== 'proposal' ? process : t(numbered ? 'proposalNumberOn' : 'proposalOn', { id: task.resource.id, name: proposalName(task), process });
  return (
    <li data-task={`${task.kind}:${task.resource.id}:${task.stakeholder ?? task.body ?? task.thread ?? ''}`}>
      <Link to={pageOf(task)}>{label}</Link> {task.status && task.kind === 'own-proposal' && <StatusBadge status={task.status} />} — {reason}{' '}
      <span className="muted">
        {t('since', { when: task.since.length === 10 ? formatDate(task.since) : formatDateTime(task.since) })}
        {task.reviewDeadline ? ` · ${t('deadline', { when: formatDate(task.reviewDeadline) })}` : ''}
      </span>
    </li>
  );
};

/** The start page after sign-in: what waits for me (GET /me/tasks), each with why and a link to do it. */
export const MyWorkPage = () => {
  const { t } = useTranslation('my-work');
  const session = useSession();
  const asOf = useAsOf();
  const tasks = useMyTasks();
  const stakeholders = useStakeholders();
  const bodies = useBodies();
  const processes = useProcessNames();
  const names: Names = {
    organisation: (id) => nameOf(stakeholders.data, id),
    body: (id) => nameOf(bodies.data, id),
    process: (id) => nameOf(processes.data, id),
  };
  const data = tasks.data;
  const byKind = data ? tasksByKind(data.tasks) : undefined;
  const seenable = data ? dismissable(data.tasks) : [];

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro', { name: session?.name ?? '' })}</p>
      <ErrorMessage error={tasks.error} />
      {tasks.isPending && <p role="status">{t('common:loading')}</p>}
      {byKind &&
        SECTIONS.map(({ kind, id, title }) => (
          <section key={kind} aria-labelledby={`${id}-heading`} data-testid={id}>
            <h2 id={`${id}-heading`}>
              {t(title)} <span className="count">{formatNumber(byKind[kind].length)}</span>
            </h2>
            {byKind[kind].length === 0 ? (
              <p className="muted">{t('nothing')}</p>
            ) : (
              <ul>
                {byKind[kind].map((task) => (
                  <TaskItem key={`${task.kind}-${task.resource.id}-${task.stakeholder ?? task.body ?? task.thread ?? ''}-${task.since}`} task={task} names={names} />
                ))}
              </ul>
            )}
            {kind === 'own-proposal' && seenable.length > 0 && asOf === null && session && data?.shownUpTo && (
              <p>
                <button type="button" className="secondary" onClick={() => seenMarker.set(session.sub, data.shownUpTo!)}>
                  {t('markSeen', { count: seenable.length })}
                </button>
              </p>
            )}
            {kind === 'mention' && byKind.mention.length > 0 && asOf === null && session && data?.shownUpTo && (
              <p>
                <button type="button" className="secondary" onClick={() => seenMarker.set(session.sub, data.shownUpTo!)}>
                  {t('markMentionsSeen')}
                </button>
              </p>
            )}
          </section>
        ))}
    </>
  );
};
