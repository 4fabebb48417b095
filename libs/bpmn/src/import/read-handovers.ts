import { dict } from '@samsyn/domain/shared/dict';
import type { Handover } from '@samsyn/domain/process/definition';
import type { BpmnElement } from '../samsyn-moddle';
import { claimId } from './claim-id';
import { DataArtifacts } from './data-artifacts';
import type { BpmnModel } from './bpmn-model';
import { boundaryCondition, PathWalker, type Path } from './bpmn-paths';
import { BpmnTooLargeError, IMPORT_LIMITS, type WarningLog } from './import-limits';
import { cleanName, label, type TextPolicy } from './text';

/** The artifact of a handover whose diagram names none: said plainly rather than invented. */
export const NO_ARTIFACT = 'ingen artefakt angiven / no artifact given';

/**
 * Handovers: every path from a step (or an event on its boundary) to the next step, and every
 * message flow between pools. The artifact is what the diagram says passes: samsyn:artifact,
 * else the data objects the source writes and the target reads, else the message's name, else a
 * flow's name that is not a branch label; else NO_ARTIFACT and a warning.
 */
export const readHandovers = (m: BpmnModel, stepIdOf: Map<BpmnElement, string>, used: Set<string>, warnings: WarningLog, text: TextPolicy) => {
  const walker = new PathWalker(m, (e) => stepIdOf.has(e), text);
  const data = new DataArtifacts(m.steps);
  const handovers: Record<string, Handover> = dict<Handover>(); // prototype-free: ids come from the file
  let total = 0;
  const linked = new Set<string>();
  /** The handovers drawn as one flow, for the layout (read-layout.ts). */
  const flowOf = new Map<string, BpmnElement>();

  const add = (fromEl: BpmnElement, toEl: BpmnElement, wanted: string, h: Omit<Handover, 'from' | 'to' | 'artifact'> & { artifact?: string }, via?: BpmnElement) => {
    const from = stepIdOf.get(fromEl)!;
    const to = stepIdOf.get(toEl)!;
    const key = [from, to, h.condition ?? '', h.split ?? '', h.join ?? '', h.artifact ?? ''].join('\u0000');
    if (linked.has(key)) return;
    linked.add(key);
    if (++total > IMPORT_LIMITS.maxHandovers) throw new BpmnTooLargeError('handovers', IMPORT_LIMITS.maxHandovers);
    const id = claimId(wanted, used, 'handover', warnings);
    let artifact = h.artifact ?? data.between(fromEl, toEl);
    if (!artifact) {
      artifact = NO_ARTIFACT;
      warnings.add('no-artifact', { handover: id, from, to });
    }
    if (via) flowOf.set(id, via);
    handovers[id] = { from, to, artifact, ...(h.condition ? { condition: h.condition } : {}), ...(h.split ? { split: h.split } : {}), ...(h.join ? { join: h.join } : {}) };
  };
  const fromPath = (fromEl: BpmnElement, p: Path) => {
    const wanted = p.marked?.handoverId?.trim() || (p.first === p.last || !used.has(p.last.id ?? '') ? p.last.id : `${p.first.id}-${p.last.id}`) || 'handover';
    const artifact = p.artifact ?? data.between(fromEl, p.to) ?? p.named;
    add(fromEl, p.to, wanted, { artifact, condition: p.condition, split: p.split, join: p.join }, p.first === p.last && p.first.sourceRef === fromEl ? p.first : undefined);
  };

  for (const step of m.steps) {
    for (const p of walker.walk(step, m.outgoing.get(step) ?? [])) fromPath(step, p);
    for (const b of m.boundary.get(step) ?? []) for (const p of walker.walk(step, m.outgoing.get(b) ?? [], { condition: boundaryCondition(b) })) fromPath(step, p);
  }
  // Boundary events of flattened sub-processes leave from the steps that end the sub-process.
  for (const [sub, exits] of walker.exits) {
    for (const b of m.boundary.get(sub) ?? []) for (const step of exits) for (const p of walker.walk(step, m.outgoing.get(b) ?? [], { condition: boundaryCondition(b) })) fromPath(step, p);
  }

  let unlinked = 0;
  for (const flow of m.messageFlows) {
    const sources = walker.endSteps(flow.sourceRef, 'source');
    const targets = walker.endSteps(flow.targetRef, 'target');
    if (sources.length === 0 || targets.length === 0) {
      unlinked++;
      warnings.add('message-unlinked', { flow: label(flow) });
      continue;
    }
    const artifact = cleanName(flow.messageRef?.name) ?? cleanName(flow.name);
    const direct = sources.length === 1 && targets.length === 1 && flow.sourceRef === sources[0] && flow.targetRef === targets[0];
    for (const s of sources) for (const t of targets) add(s, t, flow.id ?? 'message', { artifact: artifact ?? data.between(s, t) }, direct ? flow : undefined);
  }
  void unlinked;

  const roots: string[] = [];
  for (const start of [...m.placement.keys()].filter((e) => e.$instanceOf('bpmn:StartEvent') && !m.placement.get(e)?.parent)) {
    for (const p of walker.walk(undefined, m.outgoing.get(start) ?? [])) roots.push(stepIdOf.get(p.to)!);
  }
  return { handovers, roots, flowOf };
};
