import type { HarmonizationStatus, ProcessState } from './process.state';

/** PRODUCT.md: an active approved deviation outranks any adoption; otherwise the adopted
 * revision against the head decides. */
export const harmonizationStatus = (state: ProcessState, stakeholder: string): HarmonizationStatus => {
  if (Object.hasOwn(state.deviations, stakeholder)) return 'deviating';
  const adopted = Object.hasOwn(state.adopted, stakeholder) ? state.adopted[stakeholder] : undefined;
  if (!adopted) return 'not-adopted';
  return adopted.revision >= state.head ? 'harmonized' : 'behind';
};
