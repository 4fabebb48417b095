import { isProcessOwnerOf, isReviewerOf, type Principal } from '@samsyn/domain/shared/principal';
import type { CatalogueState } from '../catalogue/catalogue.projection';
import { overdueAdopters } from '../reports/harmonization-report';
import type { Task } from './my-tasks';

/**
 * Roll-out (docs/harmonization.md): each (process, revision, organisation) past its target adoption
 * date as of `now`, for the process owners and reviewers of that organisation — those who may record
 * its adoption. The same list the harmonization report's `overdue` gives, as of the same moment.
 */
export const overdueAdoptionTasks = (cat: CatalogueState, principal: Principal, now: string): Task[] =>
  overdueAdopters(cat, now)
    .filter((o) => isProcessOwnerOf(principal, o.stakeholder) || isReviewerOf(principal, o.stakeholder))
    .map((o) => {
      const p = cat.processes[o.processId];
      // Whole days past the date, as people count a delay (the report keeps the fraction).
      const days = Math.floor(o.daysOverdue);
      return {
        kind: 'overdue-adoption' as const,
        resource: { kind: 'process' as const, id: o.processId },
        link: `/processes/${encodeURIComponent(o.processId)}`,
        why: {
          code: 'ADOPTION_OVERDUE',
          sv: `${o.stakeholder} skulle ha infört revision ${o.revision} av ${o.processId} (${p.name}) senast ${o.targetDate.slice(0, 10)}: ${days} dagar försenad.`,
          en: `${o.stakeholder} should have adopted revision ${o.revision} of ${o.processId} (${p.name}) by ${o.targetDate.slice(0, 10)}: ${days} days overdue.`,
        },
        // Waiting since the target date passed: the task is the missed date, not the revision.
        since: o.targetDate,
        processId: o.processId,
        stakeholder: o.stakeholder,
        revision: o.revision,
        targetDate: o.targetDate,
        daysOverdue: days,
      };
    });
