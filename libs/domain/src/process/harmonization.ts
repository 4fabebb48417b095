import type { HarmonizationStatus } from './process.state';

/** What the rule reads: the process's state, or a read model's copy of the same facts (the catalogue). */
export interface HarmonizationFacts {
  head: number;
  adopted: Readonly<Record<string, { revision: number }>>;
  deviations: Readonly<Record<string, { needsReapproval: unknown }>>;
}

/** docs/product.md: an active approved deviation outranks any adoption (needs-reapproval when stale); otherwise the adopted
 * revision against the head decides. */
export const harmonizationStatus = (state: HarmonizationFacts, stakeholder: string): HarmonizationStatus => {
  // A deviation whose parts a later revision changed no longer describes a variant of the baseline.
  if (Object.hasOwn(state.deviations, stakeholder)) return state.deviations[stakeholder].needsReapproval ? 'needs-reapproval' : 'deviating';
  const adopted = Object.hasOwn(state.adopted, stakeholder) ? state.adopted[stakeholder] : undefined;
  if (!adopted) return 'not-adopted';
  return adopted.revision >= state.head ? 'harmonized' : 'behind';
};
