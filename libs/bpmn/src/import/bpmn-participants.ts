import type { BpmnElement } from '../samsyn-moddle';
import type { BpmnModel } from './bpmn-model';
import type { WarningLog } from './import-limits';
import { cleanName, label, slug } from './text';

/** A registered organisation, as the import matches pools and lanes against it. */
export interface KnownStakeholder {
  id: string;
  name: string;
  synonyms?: string[];
}

/** A pool or lane that names no registered organisation: imported under `id`, reported, never taken as registered. */
export interface UnmatchedParticipant {
  element: 'pool' | 'lane' | 'process';
  elementId: string;
  name: string;
  id: string;
}

const key = (text: string): string => slug(text).replace(/-/g, ' ');

/**
 * Who performs each step. Every pool is a participant (matched by samsyn:stakeholder, else by name
 * or a registered synonym); a lane matched the same way performs its steps. A lane that names no
 * organisation is a role within its pool when the pool names one, so the pool performs its steps;
 * when neither does, the lane (the finer of the two) is reported. What matches nothing is reported
 * in `unmatched` and in a warning, under a slug of its name — never taken as registered.
 */
export const readParticipants = (m: BpmnModel, known: KnownStakeholder[] | undefined, warnings: WarningLog) => {
  const registry = new Map<string, string>();
  for (const s of known ?? []) for (const name of [s.id, s.name, ...(s.synonyms ?? [])]) if (!registry.has(key(name))) registry.set(key(name), s.id);
  const unmatched: UnmatchedParticipant[] = [];
  const participants: string[] = [];
  const add = (id: string) => {
    if (!participants.includes(id)) participants.push(id);
  };

  const match = (e: BpmnElement): string | undefined => {
    const explicit = e.stakeholder?.trim();
    if (explicit) return explicit;
    const name = cleanName(e.name);
    return name ? registry.get(key(name)) : undefined;
  };
  const invent = (e: BpmnElement, element: UnmatchedParticipant['element']): string => {
    const name = cleanName(e.name) ?? e.id ?? element;
    const id = slug(name) || slug(e.id) || element;
    if (!unmatched.some((u) => u.elementId === e.id && u.element === element)) {
      unmatched.push({ element, elementId: e.id ?? '', name, id });
      warnings.add(`unmatched-${element}`, { element: label(e), id });
    }
    return id;
  };

  const poolIds = new Map<BpmnElement, string | undefined>();
  for (const pool of m.pools) poolIds.set(pool, match(pool));
  const poolParticipant = (pool: BpmnElement): string => poolIds.get(pool) ?? invent(pool, 'pool');

  const performerOf = new Map<BpmnElement, string>();
  const laneOrder: string[] = [];
  for (const process of m.processes) {
    const pool = m.pools.find((p) => p.processRef === process);
    // Lanes in document order, outermost first: an inner lane's match overrides its outer lane's.
    const stack: { laneSet: BpmnElement; inherited?: string }[] = (process.laneSets ?? []).map((laneSet) => ({ laneSet })).reverse();
    let lanes = 0;
    while (stack.length > 0) {
      const { laneSet, inherited } = stack.pop()!;
      const nested: typeof stack = [];
      for (const lane of laneSet.lanes ?? []) {
        lanes++;
        let performer = match(lane) ?? inherited;
        if (performer === undefined && pool && poolIds.get(pool) !== undefined) {
          performer = poolParticipant(pool);
          warnings.add('lane-as-role', { lane: label(lane), pool: label(pool), participant: performer });
        }
        performer ??= invent(lane, 'lane');
        for (const node of lane.flowNodeRef ?? []) performerOf.set(node, performer);
        if (!lane.childLaneSet?.lanes?.length) laneOrder.push(performer);
        if (lane.childLaneSet?.lanes?.length) nested.push({ laneSet: lane.childLaneSet, inherited: match(lane) ?? inherited });
      }
      stack.push(...nested.reverse());
    }
    if (lanes === 0 && !pool && m.steps.some((s) => m.placement.get(s)?.process === process)) {
      warnings.add('no-performer', { process: label(process) });
    }
  }

  /** The performer of a step: its innermost lane's, else its pool's, else the process's (unmatched). */
  const performer = (step: BpmnElement): string => {
    const place = m.placement.get(step)!;
    let found = performerOf.get(step);
    for (let p = place.parent; found === undefined && p; p = m.placement.get(p)?.parent) found = performerOf.get(p);
    if (found !== undefined) return found;
    if (place.pool) return poolParticipant(place.pool);
    const laneHolders = [...new Set([...performerOf.entries()].filter(([n]) => m.placement.get(n)?.process === place.process).map(([, p]) => p))];
    if (laneHolders.length === 1) {
      warnings.add('no-lane', { task: label(step), performer: laneHolders[0] });
      return laneHolders[0];
    }
    return invent(place.process, 'process');
  };

  const stepPerformers = new Map<BpmnElement, string>();
  for (const step of m.steps) stepPerformers.set(step, performer(step));
  // The lanes' order (an export's participant order), then performers in document order, then
  // the pools whose organisation is known, even one drawn as a black box: every pool is a participant.
  laneOrder.forEach(add);
  for (const step of m.steps) add(stepPerformers.get(step)!);
  for (const pool of m.pools) {
    const id = poolIds.get(pool);
    if (id !== undefined) add(id);
    else if (!pool.processRef) add(poolParticipant(pool));
  }
  return { participants, performerOf: stepPerformers, unmatched, poolMatch: (pool: BpmnElement) => poolIds.get(pool) };
};
