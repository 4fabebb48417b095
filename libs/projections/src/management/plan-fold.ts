import type { ManagementPlanEvent } from '@samsyn/domain/management-plan/management-plan.events';
import { dict } from '@samsyn/domain/shared/dict';
import type { ManagementPlanView } from './management.view';

/** One plan event folded into the plan's view (a new view for a first draft; undefined before one). */
export const applyPlanEvent = (plan: ManagementPlanView | undefined, e: ManagementPlanEvent & { metadata: { actor: string } }, at: string): ManagementPlanView | undefined => {
  switch (e.type) {
    case 'ManagementPlanDrafted':
    case 'ManagementPlanRevised': {
      const { object, year, revision, content, body, by } = e.data;
      const entry = { revision, content, draftedBy: by, draftedAt: at };
      // A redraft of the same revision replaces its entry: the history keeps one content per revision.
      const revisions = [...(plan?.revisions ?? []).filter((r) => r.revision !== revision), entry];
      return { object, year, revision, status: 'draft', heldBy: body, content, revisions, escalations: plan?.escalations ?? [], decisions: plan?.decisions ?? [], followUp: plan?.followUp ?? null, updatedAt: at };
    }
    case 'ManagementPlanEscalated': {
      if (!plan) return plan;
      const { revision, from, to, reason, budget, budgetFrame } = e.data;
      return { ...plan, heldBy: to, escalations: [...plan.escalations, { revision, from, to, reason, budget, budgetFrame, at }], updatedAt: at };
    }
    case 'ManagementPlanDecided': {
      if (!plan) return plan;
      const { revision, body, outcome, motivation, decidedBy, decidedAt } = e.data;
      return { ...plan, status: outcome === 'approve' ? 'decided' : 'rejected', decisions: [...plan.decisions, { revision, body, outcome, motivation, decidedBy, decidedAt }], updatedAt: at };
    }
    case 'ManagementPlanFollowedUp': {
      if (!plan) return plan;
      const { revision, activities, budgetSpent, note, by } = e.data;
      const states = dict<(typeof activities)[number]['state']>();
      if (plan.followUp?.revision === revision) Object.assign(states, plan.followUp.activities);
      for (const a of activities) states[a.id] = a.state;
      return { ...plan, followUp: { revision, activities: states, budgetSpent, note, by, at }, updatedAt: at };
    }
  }
};
