import type { ProcessDefinition, Step } from '@samsyn/domain/process/definition';
import type { DiagramLayout } from '@samsyn/domain/process/diagram-layout';
import { dict } from '@samsyn/domain/shared/dict';
import { decodeIdList } from './bpmn-ids';
import { BpmnImportError } from './bpmn-import-error';
import type { BpmnWarning } from './import-messages';
import { buildModel } from './import/bpmn-model';
import { readParticipants, type KnownStakeholder, type UnmatchedParticipant } from './import/bpmn-participants';
import { decodeBpmn } from './import/decode-bpmn';
import { BpmnTooLargeError, IMPORT_LIMITS, prescan, WarningLog } from './import/import-limits';
import { readHandovers } from './import/read-handovers';
import { readLayout } from './import/read-layout';
import { claimId } from './import/claim-id';
import { stepOrder } from './import/step-order';
import { cleanName, kindOf, label, textPolicy, type TextPolicy } from './import/text';
import { createModdle, type BpmnElement } from './samsyn-moddle';

export type { KnownStakeholder, UnmatchedParticipant } from './import/bpmn-participants';
export { NO_ARTIFACT } from './import/read-handovers';

export interface BpmnImport {
  definition: ProcessDefinition;
  /** What was skipped, guessed or renamed: worth a look before the definition is submitted. */
  warnings: BpmnWarning[];
  /** The process as the document names it: samsyn:processId (or the element id) and its name. */
  process: { id: string; name?: string };
  /** Pools and lanes that name no registered organisation, and the ids they were imported under. */
  unmatched: UnmatchedParticipant[];
  /** Where the document's diagram drew the definition; absent when it has none. */
  layout?: DiagramLayout;
}

export interface BpmnImportOptions {
  /** The registered organisations, to match pools and lanes by name or synonym. */
  stakeholders?: KnownStakeholder[];
}

/** Where the XML parser stopped, never what it read there: the message must not echo the document. */
const parseFailure = (e: unknown): BpmnImportError => {
  const text = e instanceof Error ? e.message : String(e);
  const line = /line:\s*(\d+)/.exec(text)?.[1];
  const column = /column:\s*(\d+)/.exec(text)?.[1];
  return line !== undefined && column !== undefined ? new BpmnImportError('malformed-at', { line: Number(line) + 1, column: Number(column) + 1 }) : new BpmnImportError('malformed');
};

/**
 * Reads a BPMN 2.0 document (bytes or text), as written by toBpmnXml or by a modelling tool, into a
 * definition: every pool a participant, lanes its performers, every task (also inside
 * sub-processes) a step, every path between steps — through gateways, events and message flows
 * between pools — a handover that keeps its condition and gateway kinds. Anything the definition
 * cannot hold is reported in `warnings`. Refused: what is not a BPMN process (BpmnImportError) and
 * what is past IMPORT_LIMITS (BpmnTooLargeError). Linear in the size of the document.
 */
export const fromBpmnXml = async (input: unknown, options: BpmnImportOptions = {}): Promise<BpmnImport> => {
  if (!(typeof input === 'string' || input instanceof Uint8Array) || input.length === 0) throw new BpmnImportError('empty');
  const decoded = decodeBpmn(input);
  if (decoded.text.trim() === '') throw new BpmnImportError('empty');
  prescan(decoded.text);
  const warnings = new WarningLog();
  decoded.warnings.forEach((code) => warnings.add(code));

  let parsed: { rootElement: unknown; warnings: { message: string }[] };
  try {
    parsed = await createModdle().fromXML(decoded.text);
  } catch (e) {
    throw parseFailure(e);
  }
  const root = parsed.rootElement as BpmnElement;
  if (!root?.$instanceOf?.('bpmn:Definitions')) throw new BpmnImportError('not-definitions');
  if (parsed.warnings.length > 0) warnings.add('unreadable', { count: parsed.warnings.length });

  const text = textPolicy((root as { exporter?: string }).exporter === 'Samsyn');
  const m = buildModel(root);
  if (m.processes.length === 0) throw new BpmnImportError('no-process');
  if (m.steps.length === 0) throw new BpmnImportError('no-tasks');
  if (m.steps.length > IMPORT_LIMITS.maxSteps) throw new BpmnTooLargeError('steps', IMPORT_LIMITS.maxSteps);
  if (m.unreadableFlows > 0) warnings.add('flow-ends', { count: m.unreadableFlows });

  const { participants, performerOf, unmatched, poolMatch } = readParticipants(m, options.stakeholders, warnings);
  const used = new Set<string>();
  const stepIdOf = new Map<BpmnElement, string>();
  const steps: Record<string, Step> = dict<Step>(); // prototype-free: a step may be called `constructor`
  const explicitOrder = m.steps.map((a) => (a.order === undefined ? NaN : Number(a.order)));
  const haveOrder = explicitOrder.every(Number.isFinite);
  if (!haveOrder && explicitOrder.some(Number.isFinite)) warnings.add('order');

  m.steps.forEach((a, i) => {
    const id = claimId(a.stepId?.trim() || a.id || 'step', used, 'step', warnings);
    stepIdOf.set(a, id);
    let name = text.name(a.name);
    if (name === undefined) {
      name = a.id ?? id;
      warnings.add('nameless', { task: a.id ?? id });
    }
    const within = subProcessNames(m.placement.get(a)?.parent, m);
    const own = text.doc(a);
    const description = within ? [own, `Delprocess / sub-process: ${within}`].filter(Boolean).join('\n\n') : own;
    const terms = listAttribute(a, 'terms', warnings);
    const systems = listAttribute(a, 'systems', warnings);
    steps[id] = {
      name,
      performer: performerOf.get(a)!,
      order: haveOrder ? explicitOrder[i] : 0,
      ...(description !== undefined ? { description } : {}),
      ...(terms ? { terms } : {}),
      ...(systems ? { systems } : {}),
    };
  });

  const { handovers, roots, flowOf } = readHandovers(m, stepIdOf, used, warnings, text);
  if (!haveOrder) stepOrder([...stepIdOf.values()], roots, Object.values(handovers)).forEach((id, i) => (steps[id].order = i + 1));
  reportSkipped(m, stepIdOf, warnings);

  const main = m.processes.reduce((best, p) => (count(m, p) > count(m, best) ? p : best));
  if (m.processes.filter((p) => count(m, p) > 0).length > 1) warnings.add('pools', { count: m.processes.filter((p) => count(m, p) > 0).length, process: label(main) });
  const pool = m.pools.find((p) => p.processRef === main);
  const name = cleanName(main.name) ?? cleanName(pool?.name) ?? cleanName(root.name);
  return {
    definition: { purpose: purposeOf(main, pool, root, text, warnings), participants, steps, handovers },
    warnings: warnings.list(),
    process: { id: main.processId?.trim() || main.id || '', ...(name ? { name } : {}) },
    unmatched,
    ...withLayout(readLayout(root, m, { stepIdOf, performerOf, poolMatch, flowOf })),
  };
};

const withLayout = (layout: DiagramLayout | undefined) => (layout ? { layout } : {});

const count = (m: BpmnModel, p: BpmnElement): number => m.steps.filter((s) => m.placement.get(s)?.process === p).length;

type BpmnModel = ReturnType<typeof buildModel>;

/** Never empty: the process's documentation, else its pool's, the collaboration's or the document's, else a name. */
const purposeOf = (main: BpmnElement, pool: BpmnElement | undefined, root: BpmnElement, text: TextPolicy, warnings: WarningLog): string => {
  const own = text.doc(main);
  if (own?.trim()) return own;
  const collaboration = (root.rootElements ?? []).find((e) => e.$instanceOf('bpmn:Collaboration'));
  for (const [what, e] of [['pool', pool], ['collaboration', collaboration], ['document', root]] as const) {
    const doc = text.doc(e);
    if (doc?.trim()) {
      warnings.add(`purpose-from-${what}`);
      return doc;
    }
  }
  const name = cleanName(main.name) ?? cleanName(pool?.name) ?? cleanName(root.name) ?? main.id ?? 'process';
  warnings.add('purpose-from-name', { name: name.slice(0, 60) });
  return name;
};

const subProcessNames = (parent: BpmnElement | undefined, m: BpmnModel): string | undefined => {
  const names: string[] = [];
  for (let p = parent; p; p = m.placement.get(p)?.parent) names.unshift(cleanName(p.name) ?? p.id ?? '');
  return names.length > 0 ? names.join(' › ') : undefined;
};

const reportSkipped = (m: BpmnModel, stepIdOf: Map<BpmnElement, string>, warnings: WarningLog): void => {
  const counts = new Map<string, number>();
  for (const node of m.placement.keys()) if (!stepIdOf.has(node)) counts.set(kindOf(node), (counts.get(kindOf(node)) ?? 0) + 1);
  if (counts.size > 0) {
    const list = [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
    warnings.add('skipped', { elements: list });
  }
};

const listAttribute = (e: BpmnElement, name: 'terms' | 'systems', warnings: WarningLog): string[] | undefined => {
  const value = e[name];
  if (value === undefined) return undefined;
  const ids = decodeIdList(value);
  if (ids === null) warnings.add(`list-${name}`, { task: label(e) });
  return ids ?? undefined;
};
