import type { ManagementPlanEvent } from './management-plan.events';
import type { ManagementPlanState } from './management-plan.state';

export const evolveManagementPlan = (state: ManagementPlanState, event: ManagementPlanEvent): ManagementPlanState => {
  switch (event.type) {
    case 'ManagementPlanDrafted':
    case 'ManagementPlanRevised': {
      const { object, year, revision, content, body } = event.data;
      return { ...state, exists: true, object, year, revision, status: 'draft', content, heldBy: body };
    }
    case 'ManagementPlanEscalated':
      return { ...state, heldBy: event.data.to };
    case 'ManagementPlanDecided': {
      const { revision, body, outcome, motivation, decidedBy, decidedAt } = event.data;
      return {
        ...state,
        status: outcome === 'approve' ? 'decided' : 'rejected',
        decisions: [...state.decisions, { revision, body, outcome, motivation, decidedBy, decidedAt }],
      };
    }
    case 'ManagementPlanFollowedUp': {
      const { revision, activities, budgetSpent, note, on } = event.data;
      const states = { ...(state.followUp?.revision === revision ? state.followUp.activities : {}) };
      for (const a of activities) states[a.id] = a.state;
      return { ...state, followUp: { revision, activities: states, budgetSpent, note, on } };
    }
    default:
      return state;
  }
};
