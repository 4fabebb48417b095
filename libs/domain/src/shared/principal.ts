/** An authenticated identity and what it may do. The domain checks roles itself, so no
 * adapter can forget to: a reviewer of A cannot review for B whatever route it came by. */
export type Role =
  | { role: 'process-owner'; stakeholder: string }
  | { role: 'reviewer'; stakeholder: string }
  | { role: 'auditor' }
  | { role: 'admin' };

export interface Principal {
  id: string;
  name?: string;
  roles: Role[];
}

export const isAdmin = (p: Principal): boolean => p.roles.some((r) => r.role === 'admin');

export const isProcessOwnerOf = (p: Principal, stakeholder: string): boolean =>
  p.roles.some((r) => r.role === 'process-owner' && r.stakeholder === stakeholder);

export const isReviewerOf = (p: Principal, stakeholder: string): boolean =>
  p.roles.some((r) => r.role === 'reviewer' && r.stakeholder === stakeholder);

/** The system itself (the process managers: deadline escalation, recovery; the demo seeder acting as admin is a real admin). */
export const SYSTEM_PRINCIPAL: Principal = { id: 'system', name: 'Samsyn', roles: [] };
