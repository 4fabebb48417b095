import type { Handover, ProcessDefinition, Step } from '@samsyn/domain/process/definition';
import { dict } from '@samsyn/domain/shared/dict';
import { DEFINITION_ID } from '@samsyn/domain/process/definition-validation';
import { decodeIdList } from './bpmn-ids';
import { BpmnImportError } from './bpmn-import-error';
import { createModdle, type BpmnElement } from './samsyn-moddle';

export interface BpmnImport {
  definition: ProcessDefinition;
  /** What was skipped, guessed or renamed: worth a look before the definition is submitted. */
  warnings: string[];
  /** The process as the document names it: samsyn:processId (or the element id) and its name. */
  process: { id: string; name?: string };
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
const label = (e: BpmnElement): string => (e.name?.trim() ? `"${e.name.trim()}" (${e.id})` : `${e.id}`);
const kindOf = (e: BpmnElement): string => e.$type.replace(/^bpmn:/, '');

/** A stakeholder id from a lane's or pool's display name: "Idrotts- och fritidsnämnden" → "idrotts-och-fritidsnamnden". */
const slug = (text: string | undefined): string =>
  (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const documentationOf = (e: BpmnElement): string | undefined => (e.documentation?.length ? e.documentation.map((d) => d.text ?? '').join('\n\n') : undefined);

/**
 * Reads a BPMN 2.0 document, as written by toBpmnXml or by a modelling tool, into a definition.
 * Tasks of every kind become steps, lanes become participants, sequence flows between tasks become
 * handovers; flows through gateways and events are followed to the next task. Anything the
 * definition cannot hold is reported in `warnings`, never silently dropped. A document that holds
 * no process is refused with BpmnImportError.
 */
export const fromBpmnXml = async (xml: unknown): Promise<BpmnImport> => {
  if (typeof xml !== 'string' || xml.trim() === '') throw new BpmnImportError('the BPMN document is empty');
  let parsed: { rootElement: unknown; warnings: { message: string }[] };
  try {
    parsed = await createModdle().fromXML(xml);
  } catch (e) {
    throw new BpmnImportError(`not a BPMN 2.0 document: ${firstLine(e)}`);
  }
  const warnings = parsed.warnings.map((w) => `skipped unreadable content: ${firstLine(w.message)}`);
  const root = parsed.rootElement as BpmnElement;

  const processes = (root.rootElements ?? []).filter((e) => e.$instanceOf('bpmn:Process'));
  if (processes.length === 0) throw new BpmnImportError('the document has no process (bpmn:process)');
  const activitiesOf = (p: BpmnElement) => (p.flowElements ?? []).filter((e) => e.$instanceOf('bpmn:Activity'));
  const process = processes.reduce((best, p) => (activitiesOf(p).length > activitiesOf(best).length ? p : best));
  if (processes.length > 1) {
    warnings.push(`the document has ${processes.length} processes: imported ${label(process)}, ignored ${processes.filter((p) => p !== process).map(label).join(', ')}`);
  }
  const activities = activitiesOf(process);
  if (activities.length === 0) throw new BpmnImportError(`process ${label(process)} has no tasks to import`);
  const pool = (root.rootElements ?? [])
    .filter((e) => e.$instanceOf('bpmn:Collaboration'))
    .flatMap((c) => c.participants ?? [])
    .find((p) => p.processRef === process);

  const { participants, performerOf } = readLanes(process, warnings);
  const used = new Set<string>();
  const stepIdOf = new Map<BpmnElement, string>();
  const steps: Record<string, Step> = dict<Step>();
  const fallbackPerformer = participants.length === 1 ? participants[0] : pool?.stakeholder?.trim() || slug(pool?.name) || 'unassigned';
  const explicitOrder = activities.map((a) => (a.order === undefined ? NaN : Number(a.order)));
  const haveOrder = explicitOrder.every(Number.isFinite);
  if (!haveOrder && explicitOrder.some(Number.isFinite)) warnings.push('samsyn:order is missing on some tasks: every step was ordered by the sequence flows instead');

  activities.forEach((a, i) => {
    const id = claimId(a.stepId?.trim() || a.id || 'step', used, 'step', warnings);
    stepIdOf.set(a, id);
    let performer = performerOf.get(a);
    if (performer === undefined) {
      performer = fallbackPerformer;
      warnings.push(`task ${label(a)} is in no lane: performer set to "${performer}"`);
    }
    if (!participants.includes(performer)) participants.push(performer);
    const name = a.name?.trim() ? a.name : a.id ?? id;
    if (!a.name?.trim()) warnings.push(`task ${a.id} has no name: named after its id`);
    if (a.$instanceOf('bpmn:SubProcess')) warnings.push(`sub-process ${label(a)} became one step; the elements inside it were not imported`);
    const description = documentationOf(a);
    const terms = listAttribute(a, 'terms', warnings);
    const systems = listAttribute(a, 'systems', warnings);
    steps[id] = {
      name,
      performer,
      order: haveOrder ? explicitOrder[i] : 0,
      ...(description !== undefined ? { description } : {}),
      ...(terms ? { terms } : {}),
      ...(systems ? { systems } : {}),
    };
  });

  const handovers = readHandovers(process, stepIdOf, steps, used, warnings);
  if (!haveOrder) {
    const ordered = topologicalOrder([...stepIdOf.values()], Object.values(handovers));
    ordered.forEach((id, i) => (steps[id].order = i + 1));
  }

  let purpose = documentationOf(process);
  if (purpose === undefined || purpose.trim() === '') {
    purpose = process.name ?? pool?.name ?? '';
    warnings.push(`the process has no documentation to take its purpose from${purpose ? ': used its name' : ''}`);
  }
  return {
    definition: { purpose, participants, steps, handovers },
    warnings,
    process: { id: process.processId?.trim() || process.id || '', ...(process.name ?? pool?.name ? { name: process.name ?? pool?.name } : {}) },
  };
};

/** Lanes in document order; a node's performer is its innermost lane. */
const readLanes = (process: BpmnElement, warnings: string[]) => {
  const participants: string[] = [];
  const performerOf = new Map<BpmnElement, string>();
  const visit = (laneSet: BpmnElement | undefined) => {
    for (const lane of laneSet?.lanes ?? []) {
      let stakeholder = lane.stakeholder?.trim();
      if (!stakeholder) {
        stakeholder = slug(lane.name) || slug(lane.id) || 'lane';
        warnings.push(`lane ${label(lane)} has no samsyn:stakeholder: taken as stakeholder "${stakeholder}"`);
      }
      for (const node of lane.flowNodeRef ?? []) performerOf.set(node, stakeholder);
      const nested = lane.childLaneSet?.lanes?.length ? lane.childLaneSet : undefined;
      if (!nested && !participants.includes(stakeholder)) participants.push(stakeholder);
      visit(nested);
    }
  };
  (process.laneSets ?? []).forEach(visit);
  return { participants, performerOf };
};

const listAttribute = (e: BpmnElement, name: 'terms' | 'systems', warnings: string[]): string[] | undefined => {
  const value = e[name];
  if (value === undefined) return undefined;
  const ids = decodeIdList(value);
  if (ids === null) warnings.push(`task ${label(e)}: samsyn:${name} is not a list of ids and was ignored`);
  return ids ?? undefined;
};

/** The wanted id if the definition accepts it and it is free; else the nearest that is, with a warning. */
const claimId = (wanted: string, used: Set<string>, kind: 'step' | 'handover', warnings: string[]): string => {
  if (DEFINITION_ID.test(wanted) && !used.has(wanted)) {
    used.add(wanted);
    return wanted;
  }
  const reason = DEFINITION_ID.test(wanted) ? 'is taken' : 'is not a definition id';
  const base = wanted.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 90) || kind;
  let id = DEFINITION_ID.test(base) ? base : kind;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  warnings.push(`${kind} id "${wanted}" ${reason}: imported as "${id}"`);
  return id;
};

/**
 * A handover per sequence flow from a task (or an event on its boundary) to a task. Paths through
 * gateways and events are followed to the tasks they reach and become one handover each, named by
 * the first named flow on the path.
 */
const readHandovers = (
  process: BpmnElement,
  stepIdOf: Map<BpmnElement, string>,
  steps: Record<string, Step>,
  used: Set<string>,
  warnings: string[],
): Record<string, Handover> => {
  const elements = process.flowElements ?? [];
  const flows = elements.filter((e) => e.$instanceOf('bpmn:SequenceFlow'));
  const outgoing = new Map<BpmnElement, BpmnElement[]>();
  for (const f of flows) {
    if (!f.sourceRef || !f.targetRef) {
      warnings.push(`sequence flow ${label(f)} lacks a source or a target and was skipped`);
      continue;
    }
    outgoing.set(f.sourceRef, [...(outgoing.get(f.sourceRef) ?? []), f]);
  }
  // An event on a task's boundary hands over on the task's behalf.
  const stepOf = (node: BpmnElement): string | undefined =>
    stepIdOf.get(node) ?? (node.$instanceOf('bpmn:BoundaryEvent') && node.attachedToRef ? stepIdOf.get(node.attachedToRef) : undefined);

  const skipped = elements.filter((e) => e.$instanceOf('bpmn:FlowNode') && !stepIdOf.has(e));
  if (skipped.length > 0) {
    warnings.push(`${skipped.length} element(s) that are not tasks were skipped (${skipped.map((e) => `${kindOf(e)} ${e.id}`).join(', ')}); flows through them became handovers between the tasks they connect`);
  }

  const handovers: Record<string, Handover> = dict<Handover>();
  const linked = new Set<string>();
  const artifactFor = (path: BpmnElement[], from: string, id: string): string => {
    const named = path.find((f) => f.name?.trim());
    if (named) return path.length === 1 ? named.name! : named.name!.trim();
    warnings.push(`handover ${id} has no name in the diagram: its artifact was set to the name of step ${from}`);
    return steps[from].name;
  };

  for (const f of flows) {
    const from = f.sourceRef && stepOf(f.sourceRef);
    const to = f.targetRef && stepIdOf.get(f.targetRef);
    if (!from || !to) continue;
    const id = claimId(f.handoverId?.trim() || f.id || 'handover', used, 'handover', warnings);
    handovers[id] = { from, to, artifact: artifactFor([f], from, id) };
    linked.add(`${from}\u0000${to}`);
  }

  for (const [node, from] of [...stepIdOf.entries()]) {
    const exits = [node, ...elements.filter((e) => e.$instanceOf('bpmn:BoundaryEvent') && e.attachedToRef === node)].flatMap((n) => outgoing.get(n) ?? []);
    const queue: BpmnElement[][] = exits.filter((f) => !stepIdOf.has(f.targetRef!)).map((f) => [f]);
    const seen = new Set<BpmnElement>();
    while (queue.length > 0) {
      const path = queue.shift()!;
      const last = path[path.length - 1];
      const target = last.targetRef!;
      const to = stepIdOf.get(target);
      if (to === undefined) {
        if (seen.has(target)) continue;
        seen.add(target);
        for (const next of outgoing.get(target) ?? []) queue.push([...path, next]);
        continue;
      }
      const key = `${from}\u0000${to}`;
      if (linked.has(key)) continue;
      linked.add(key);
      if (to === from) {
        warnings.push(`a path from step ${from} back to itself through ${path.slice(0, -1).map((f) => f.targetRef!.id).join(', ')} was not imported`);
        continue;
      }
      // The flow into the task names the handover; where several paths end in one flow, the first flow joins in.
      const id = claimId(last.id && !used.has(last.id) ? last.id : `${path[0].id}-${last.id}`, used, 'handover', []);
      handovers[id] = { from, to, artifact: artifactFor(path, from, id) };
    }
  }
  return handovers;
};

/** Steps ordered along the handovers; ties and cycles fall back to the order of the document. */
const topologicalOrder = (ids: string[], handovers: Handover[]): string[] => {
  const incoming = new Map(ids.map((id) => [id, 0]));
  for (const h of handovers) if (h.from !== h.to) incoming.set(h.to, (incoming.get(h.to) ?? 0) + 1);
  const remaining = [...ids];
  const ordered: string[] = [];
  while (remaining.length > 0) {
    const next = remaining.find((id) => incoming.get(id) === 0) ?? remaining[0];
    remaining.splice(remaining.indexOf(next), 1);
    ordered.push(next);
    for (const h of handovers) if (h.from === next && h.to !== next && remaining.includes(h.to)) incoming.set(h.to, incoming.get(h.to)! - 1);
  }
  return ordered;
};
