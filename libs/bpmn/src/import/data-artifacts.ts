import type { BpmnElement } from '../samsyn-moddle';
import { cleanName } from './text';

/**
 * What a step writes and reads through data objects and data stores (data associations), so a
 * handover can be named after what its source writes and its target reads.
 */
export class DataArtifacts {
  private readonly writes = new Map<BpmnElement, Map<unknown, string>>();
  private readonly reads = new Map<BpmnElement, Set<unknown>>();

  constructor(steps: BpmnElement[]) {
    for (const step of steps) {
      for (const a of step.dataOutputAssociations ?? []) {
        const target = a.targetRef;
        const name = target && nameOf(target);
        if (target && name) (this.writes.get(step) ?? this.writes.set(step, new Map()).get(step)!).set(keyOf(target), name);
      }
      for (const a of step.dataInputAssociations ?? []) {
        for (const source of (a.sourceRef as unknown as BpmnElement[] | undefined) ?? []) (this.reads.get(step) ?? this.reads.set(step, new Set()).get(step)!).add(keyOf(source));
      }
    }
  }

  /** The names of the data objects `from` writes and `to` reads, in the order `from` writes them. */
  between(from: BpmnElement, to: BpmnElement): string | undefined {
    const written = this.writes.get(from);
    const read = this.reads.get(to);
    if (!written || !read) return undefined;
    const names = [...written.entries()].filter(([k]) => read.has(k)).map(([, n]) => n);
    return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
  }
}

type DataRef = BpmnElement & { dataObjectRef?: BpmnElement; dataStoreRef?: BpmnElement };
const keyOf = (e: DataRef): unknown => e.dataObjectRef ?? e.dataStoreRef ?? e;
const nameOf = (e: DataRef): string | undefined => cleanName(e.name) ?? cleanName(e.dataObjectRef?.name) ?? cleanName(e.dataStoreRef?.name);
