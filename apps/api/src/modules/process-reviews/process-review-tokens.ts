/** The review-cycle module's own executor on the shared store (the webhooks module's pattern). */
export const REVIEW_CYCLE_EXECUTOR = Symbol('ReviewCycleExecutor');
