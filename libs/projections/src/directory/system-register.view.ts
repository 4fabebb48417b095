import type { CatalogueState } from '../catalogue/catalogue.projection';
import type { DirectoryState } from './directory.projection';

/** Every system with where it is used: a step naming it, that step's process and performer (GET /systems). */
export const systemRegister = (dir: DirectoryState, cat: CatalogueState) => {
  const usage = new Map<string, { processId: string; stepId: string; step: string; performer: string }[]>();
  for (const p of Object.values(cat.processes)) {
    for (const [stepId, step] of Object.entries(p.definition.steps)) {
      for (const sys of step.systems ?? []) {
        const list = usage.get(sys) ?? [];
        list.push({ processId: p.id, stepId, step: step.name, performer: step.performer });
        usage.set(sys, list);
      }
    }
  }
  return Object.values(dir.systems)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => {
      const steps = usage.get(s.id) ?? [];
      return {
        ...s,
        usedIn: {
          processes: [...new Set(steps.map((x) => x.processId))].sort(),
          steps,
          stakeholders: [...new Set(steps.map((x) => x.performer))].sort(),
        },
      };
    });
};

export type SystemView = ReturnType<typeof systemRegister>[number];
