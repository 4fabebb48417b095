import type { CatalogueEntry, HarmonizationStatus } from '../../../lib/types';

export interface CatalogueFilter {
  search: string;
  stakeholder: string;
  body: string;
  status: HarmonizationStatus | '';
}

/** The rows the filters keep: search in id, name and purpose; a status filter applies to the chosen organisation, or to any. */
export const filterCatalogue = (entries: CatalogueEntry[], f: CatalogueFilter): CatalogueEntry[] => {
  const q = f.search.trim().toLocaleLowerCase('sv');
  return entries.filter((e) => {
    if (q && ![e.id, e.name, e.definition.purpose].some((s) => s.toLocaleLowerCase('sv').includes(q))) return false;
    if (f.stakeholder && !e.participants.includes(f.stakeholder)) return false;
    if (f.body && e.governingBody !== f.body) return false;
    if (f.status) {
      const among = f.stakeholder ? [f.stakeholder] : e.participants;
      if (!among.some((s) => e.status[s] === f.status)) return false;
    }
    return true;
  });
};
