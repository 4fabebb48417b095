import type { Step } from '@samsyn/domain/process/definition';
import type { CatalogueState } from '../catalogue/catalogue.projection';
import type { DirectoryState } from '../directory/directory.projection';
import { byId } from '../queries/by-id';

/** Why a handover between organisations is flagged (docs/harmonization.md, "Handovers"). */
export type HandoverFlag = 'NO_COMMON_SYSTEM' | 'NO_COMMON_TERM';

export interface HandoverFilter {
  /** Only the handovers this organisation sends or receives. */
  stakeholder?: string;
}

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
const fold = (s: string): string => s.trim().toLocaleLowerCase('sv');

/** A term of the common nomenclature: defined and not deprecated. */
const isCommonTerm = (dir: DirectoryState, id: string): boolean => Object.hasOwn(dir.terms, id) && !dir.terms[id].deprecated;

/** The common term the artifact's own name is: a term's id or label, or either organisation's local word for it. */
const artifactTermOf = (dir: DirectoryState, artifact: string, organisations: string[]): string | null => {
  const name = fold(artifact);
  for (const t of Object.values(dir.terms).sort(byId)) {
    if (t.deprecated) continue;
    const words = [t.id, t.label, ...organisations.flatMap((o) => (Object.hasOwn(t.synonyms, o) ? t.synonyms[o] : []))];
    if (words.some((w) => fold(w) === name)) return t.id;
  }
  return null;
};

const side = (dir: DirectoryState, stepId: string, step: Step) => ({
  stakeholder: step.performer,
  stakeholderName: Object.hasOwn(dir.stakeholders, step.performer) ? dir.stakeholders[step.performer].name : null,
  step: stepId,
  stepName: step.name,
  systems: sorted(step.systems ?? []),
  terms: sorted(step.terms ?? []),
});

/**
 * Every handover of the catalogue's head revisions whose two steps are performed by different
 * organisations (seed 000's "överlämningspunkter"), with the systems and terms on both sides.
 * Flagged NO_COMMON_SYSTEM when both sides name systems and share none (the artifact leaves one
 * system for another); a side that names no system says nothing of what it uses, so it is not
 * counted as a different one. NO_COMMON_TERM when the two sides share no common term and the
 * artifact's own name is none either (the information has no word both sides define alike).
 */
export const handoverRegister = (cat: CatalogueState, dir: DirectoryState, filter: HandoverFilter = {}) => {
  const handovers = Object.values(cat.processes)
    .sort(byId)
    .flatMap((p) =>
      Object.entries(p.definition.handovers)
        .sort(([a], [b]) => a.localeCompare(b))
        .flatMap(([handoverId, h]) => {
          const [fromStep, toStep] = [p.definition.steps[h.from], p.definition.steps[h.to]];
          if (!fromStep || !toStep || fromStep.performer === toStep.performer) return [];
          if (filter.stakeholder !== undefined && fromStep.performer !== filter.stakeholder && toStep.performer !== filter.stakeholder) return [];
          const [from, to] = [side(dir, h.from, fromStep), side(dir, h.to, toStep)];
          const commonSystems = from.systems.filter((s) => to.systems.includes(s));
          const commonTerms = from.terms.filter((t) => to.terms.includes(t) && isCommonTerm(dir, t));
          const artifactTerm = artifactTermOf(dir, h.artifact, [from.stakeholder, to.stakeholder]);
          const reasons: HandoverFlag[] = [];
          if (commonSystems.length === 0 && from.systems.length > 0 && to.systems.length > 0) reasons.push('NO_COMMON_SYSTEM');
          if (commonTerms.length === 0 && artifactTerm === null) reasons.push('NO_COMMON_TERM');
          return [{ processId: p.id, processName: p.name, revision: p.head, handoverId, artifact: h.artifact, from, to, commonSystems, commonTerms, artifactTerm, flagged: reasons.length > 0, reasons }];
        }),
    );
  return {
    stakeholder: filter.stakeholder ?? null,
    summary: { handovers: handovers.length, flagged: handovers.filter((h) => h.flagged).length },
    handovers,
  };
};

export type HandoverRegister = ReturnType<typeof handoverRegister>;
