import { ErrorCodes, type ErrorCode } from '../shared';
import { DEFINITION_BOUNDS, measureJson } from './definition-bounds';

export interface SizeProblem {
  code: ErrorCode;
  path: string;
  message: string;
  limit: string;
  max: number;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The definition's own bounds (DEFINITION_BOUNDS), checked before anything else walks it: a
 * definition past them gets these problems only, so no later check (nor the list of its problems)
 * grows with it.
 */
export const sizeProblems = (definition: Obj): SizeProblem[] => {
  const problems: SizeProblem[] = [];
  const report = (path: string, limit: string, max: number, message: string) =>
    problems.push({ code: ErrorCodes.DEFINITION_TOO_LARGE, path, message, limit, max });
  const B = DEFINITION_BOUNDS;

  if (measureJson(definition, B.maxBytes).bytes > B.maxBytes) {
    report('', 'bytes', B.maxBytes, `a definition may be at most ${B.maxBytes} bytes of JSON`);
    return problems;
  }
  const longText = (value: unknown, path: string, field: keyof typeof B.maxLength) => {
    const max = B.maxLength[field];
    if (typeof value === 'string' && value.length > max) report(path, `${field}Length`, max, `${field} may be at most ${max} characters`);
  };
  longText(definition.purpose, '/purpose', 'purpose');
  const { participants, steps, handovers } = definition;
  if (Array.isArray(participants)) {
    if (participants.length > B.maxParticipants) report('/participants', 'participants', B.maxParticipants, `at most ${B.maxParticipants} participants`);
    participants.forEach((p, i) => longText(p, `/participants/${i}`, 'id'));
  }
  if (isObject(steps)) {
    const entries = Object.entries(steps);
    if (entries.length > B.maxSteps) report('/steps', 'steps', B.maxSteps, `at most ${B.maxSteps} steps`);
    for (const [id, step] of entries) {
      if (!isObject(step)) continue;
      longText(step.name, `/steps/${id}/name`, 'name');
      longText(step.description, `/steps/${id}/description`, 'description');
      for (const list of ['terms', 'systems'] as const) {
        const v = step[list];
        if (Array.isArray(v) && v.length > B.maxStepReferences) {
          report(`/steps/${id}/${list}`, 'stepReferences', B.maxStepReferences, `a step may list at most ${B.maxStepReferences} ${list}`);
        }
      }
    }
  }
  if (isObject(handovers)) {
    const entries = Object.entries(handovers);
    if (entries.length > B.maxHandovers) report('/handovers', 'handovers', B.maxHandovers, `at most ${B.maxHandovers} handovers`);
    for (const [id, handover] of entries) {
      if (!isObject(handover)) continue;
      longText(handover.artifact, `/handovers/${id}/artifact`, 'artifact');
      longText(handover.condition, `/handovers/${id}/condition`, 'condition');
    }
  }
  return problems;
};
