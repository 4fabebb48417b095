import type { CatalogueState } from '../catalogue/catalogue.projection';
import type { DirectoryState } from '../directory/directory.projection';
import { byId } from '../queries/by-id';
import { ratio } from './stats';

/**
 * Coverage: share of a process's steps that use at least one common (defined, not deprecated)
 * term. Unmapped local terms: for every term a process's steps use, each participant of that
 * process that has recorded no local synonym for it — the places where an organisation's own
 * word for a common concept is still unknown, so its data cannot yet be compared.
 */
export const nomenclatureReport = (cat: CatalogueState, dir: DirectoryState) => {
  const unmapped = new Map<string, { term: string; stakeholder: string; processes: Set<string> }>();
  const unknownTerms = new Set<string>();
  const processes = Object.values(cat.processes)
    .sort(byId)
    .map((p) => {
      const steps = Object.values(p.definition.steps);
      let covered = 0;
      for (const step of steps) {
        const terms = step.terms ?? [];
        if (terms.some((t) => dir.terms[t] && !dir.terms[t].deprecated)) covered++;
        for (const t of terms) {
          const term = dir.terms[t];
          if (!term) {
            unknownTerms.add(t);
            continue;
          }
          for (const s of p.definition.participants) {
            if (term.synonyms[s]?.length) continue;
            const k = `${t}\u0000${s}`;
            const entry = unmapped.get(k) ?? { term: t, stakeholder: s, processes: new Set<string>() };
            entry.processes.add(p.id);
            unmapped.set(k, entry);
          }
        }
      }
      return { processId: p.id, name: p.name, steps: steps.length, stepsWithTerms: covered, coverage: ratio(covered, steps.length) };
    });
  const steps = processes.reduce((n, p) => n + p.steps, 0);
  const covered = processes.reduce((n, p) => n + p.stepsWithTerms, 0);
  return {
    overall: { steps, stepsWithTerms: covered, coverage: ratio(covered, steps) },
    processes,
    unmappedLocalTerms: [...unmapped.values()]
      .sort((a, b) => a.term.localeCompare(b.term) || a.stakeholder.localeCompare(b.stakeholder))
      .map((u) => ({ term: u.term, label: dir.terms[u.term].label, stakeholder: u.stakeholder, processes: [...u.processes].sort() })),
    unknownTerms: [...unknownTerms].sort(),
  };
};

export type NomenclatureReport = ReturnType<typeof nomenclatureReport>;
