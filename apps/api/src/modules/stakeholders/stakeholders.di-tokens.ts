/** The stakeholder use cases' port (StakeholderUseCases of @samsyn/application), bound by stakeholders.module.ts
 * to the application the server runs on (the composition root, bootstrap/samsyn-application.ts). */
export const STAKEHOLDER_USE_CASES = Symbol('StakeholderUseCases');
