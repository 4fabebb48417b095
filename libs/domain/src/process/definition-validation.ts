import { ErrorCodes, refuse, type ErrorCode } from '../shared';
import { GATEWAY_KINDS, type ProcessDefinition } from './definition';
import { sizeProblems } from './definition-size';
import type { DefinitionRefs } from './process.commands';

/** One thing wrong with a definition; `path` is a JSON Pointer into it. */
export interface DefinitionProblem {
  code: ErrorCode;
  path: string;
  message: string;
  /** DEFINITION_TOO_LARGE: which bound, and its value. */
  limit?: string;
  max?: number;
}

export interface ValidationOptions {
  /** The revision the definition was derived from. A participant, term or system it already had
   * may have been retired or deprecated since; that must not block every later change to the
   * process, so only newly introduced references are held to "not retired / not deprecated". */
  baseline?: ProcessDefinition;
}

/** Step and handover ids become JSON Pointer segments and URL parts, so no '/', '~' or spaces.
 * Upper case, '_' and '.' are allowed because BPMN element ids (XML NCNames) use them. */
export const DEFINITION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

const DEFINITION_KEYS = ['purpose', 'participants', 'steps', 'handovers'];
const STEP_KEYS = ['name', 'performer', 'order', 'description', 'terms', 'systems'];
const HANDOVER_KEYS = ['from', 'to', 'artifact', 'condition', 'split', 'join'];

/** Codes a caller can act on more precisely than "the definition is invalid". */
const SPECIFIC: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCodes.DEFINITION_TOO_LARGE,
  ErrorCodes.STAKEHOLDER_UNKNOWN,
  ErrorCodes.STAKEHOLDER_RETIRED,
  ErrorCodes.TERM_UNKNOWN,
  ErrorCodes.TERM_DEPRECATED,
  ErrorCodes.SYSTEM_UNKNOWN,
  ErrorCodes.SYSTEM_RETIRED,
]);

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** Every problem, not just the first: a BPMN import or a CLI user wants the whole list at once. */
export const definitionProblems = (definition: unknown, refs: DefinitionRefs, options: ValidationOptions = {}): DefinitionProblem[] => {
  const problems: DefinitionProblem[] = [];
  const report = (path: string, message: string, code: ErrorCode = ErrorCodes.INVALID_DEFINITION) => problems.push({ code, path, message });
  const unknownKeys = (value: Obj, allowed: string[], path: string) =>
    Object.keys(value)
      .filter((k) => !allowed.includes(k))
      .forEach((k) => report(`${path}/${k}`, `unknown field ${k}`));

  if (!isObject(definition)) {
    report('', 'the definition must be an object with purpose, participants, steps and handovers');
    return problems;
  }
  const tooLarge = sizeProblems(definition);
  if (tooLarge.length > 0) return tooLarge;
  unknownKeys(definition, DEFINITION_KEYS, '');
  const baseline = options.baseline;

  if (!isText(definition.purpose)) report('/purpose', 'purpose must be a non-empty string');

  const participants: string[] = [];
  if (!Array.isArray(definition.participants) || definition.participants.length === 0) {
    report('/participants', 'participants must be a non-empty list of stakeholder ids');
  } else {
    definition.participants.forEach((p, i) => {
      const path = `/participants/${i}`;
      if (!isText(p)) return report(path, 'a participant must be a stakeholder id');
      if (participants.includes(p)) return report(path, `participant ${p} is listed twice`);
      participants.push(p);
      const stakeholder = own(refs.stakeholders, p);
      if (!stakeholder?.exists) return report(path, `stakeholder ${p} does not exist`, ErrorCodes.STAKEHOLDER_UNKNOWN);
      if (stakeholder.retired && !baseline?.participants?.includes(p)) {
        report(path, `stakeholder ${p} is retired`, ErrorCodes.STAKEHOLDER_RETIRED);
      }
    });
  }

  const stepIds = new Set<string>();
  if (!isObject(definition.steps)) {
    report('/steps', 'steps must be an object keyed by step id');
  } else {
    for (const [id, step] of Object.entries(definition.steps)) {
      const path = `/steps/${id}`;
      stepIds.add(id);
      if (!DEFINITION_ID.test(id)) report(path, `step id ${JSON.stringify(id)} is not a slug (letters, digits, '-', '_', '.')`);
      if (!isObject(step)) {
        report(path, 'a step must be an object');
        continue;
      }
      unknownKeys(step, STEP_KEYS, path);
      if (!isText(step.name)) report(`${path}/name`, 'a step needs a non-empty name');
      if (typeof step.order !== 'number' || !Number.isFinite(step.order)) report(`${path}/order`, 'order must be a finite number');
      if (!isText(step.performer)) report(`${path}/performer`, 'a step needs a performer');
      else if (!participants.includes(step.performer)) report(`${path}/performer`, `performer ${step.performer} is not a participant`);
      if (step.description !== undefined && typeof step.description !== 'string') report(`${path}/description`, 'description must be a string');
      const before = own(baseline?.steps, id);
      checkList(step.terms, `${path}/terms`, report, (term, at) => {
        const state = own(refs.terms, term);
        if (!state?.exists) return report(at, `term ${term} does not exist`, ErrorCodes.TERM_UNKNOWN);
        if (state.deprecated && !before?.terms?.includes(term)) report(at, `term ${term} is deprecated`, ErrorCodes.TERM_DEPRECATED);
      });
      checkList(step.systems, `${path}/systems`, report, (system, at) => {
        const state = own(refs.systems, system);
        if (!state?.exists) return report(at, `system ${system} does not exist`, ErrorCodes.SYSTEM_UNKNOWN);
        if (state.retired && !before?.systems?.includes(system)) report(at, `system ${system} is retired`, ErrorCodes.SYSTEM_RETIRED);
      });
    }
  }

  if (!isObject(definition.handovers)) {
    report('/handovers', 'handovers must be an object keyed by handover id');
  } else {
    for (const [id, handover] of Object.entries(definition.handovers)) {
      const path = `/handovers/${id}`;
      if (!DEFINITION_ID.test(id)) report(path, `handover id ${JSON.stringify(id)} is not a slug (letters, digits, '-', '_', '.')`);
      if (stepIds.has(id)) report(path, `id ${id} is used by a step and a handover`);
      if (!isObject(handover)) {
        report(path, 'a handover must be an object');
        continue;
      }
      unknownKeys(handover, HANDOVER_KEYS, path);
      for (const end of ['from', 'to'] as const) {
        const step = handover[end];
        if (!isText(step)) report(`${path}/${end}`, `a handover needs a ${end} step`);
        else if (!stepIds.has(step)) report(`${path}/${end}`, `step ${step} does not exist`);
      }
      if (!isText(handover.artifact)) report(`${path}/artifact`, 'a handover needs a non-empty artifact');
      if (handover.condition !== undefined && !isText(handover.condition)) report(`${path}/condition`, 'a condition must be a non-empty string');
      for (const end of ['split', 'join'] as const) {
        const kind = handover[end];
        if (kind !== undefined && !GATEWAY_KINDS.includes(kind as never)) report(`${path}/${end}`, `${end} must be one of ${GATEWAY_KINDS.join(', ')}`);
      }
    }
  }
  return problems;
};

const checkList = (
  value: unknown,
  path: string,
  report: (path: string, message: string) => void,
  each: (id: string, path: string) => void,
): void => {
  if (value === undefined) return;
  if (!Array.isArray(value)) return report(path, 'must be a list of ids');
  const seen = new Set<string>();
  value.forEach((id, i) => {
    if (!isText(id)) return report(`${path}/${i}`, 'must be an id');
    if (seen.has(id)) return report(`${path}/${i}`, `${id} is listed twice`);
    seen.add(id);
    each(id, `${path}/${i}`);
  });
};

/**
 * Refuses an invalid definition, listing every problem in `details.problems`. When every problem
 * is of one specific kind (say, only retired stakeholders) that code is used; otherwise
 * INVALID_DEFINITION.
 */
export function validateDefinition(definition: unknown, refs: DefinitionRefs, options: ValidationOptions = {}): asserts definition is ProcessDefinition {
  const problems = definitionProblems(definition, refs, options);
  if (problems.length === 0) return;
  const codes = new Set(problems.map((p) => p.code));
  const [only] = [...codes];
  const code = codes.size === 1 && SPECIFIC.has(only) ? only : ErrorCodes.INVALID_DEFINITION;
  refuse(code, `invalid definition: ${problems.map((p) => `${p.path || '/'}: ${p.message}`).join('; ')}`, { problems });
}
