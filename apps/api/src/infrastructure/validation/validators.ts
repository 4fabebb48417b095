import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';

/** Ids become stream names (`process-VA-03`) and URL segments: keep them plain. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const IsResourceId = (options?: ValidationOptions): PropertyDecorator =>
  Matches(ID_PATTERN, { message: '$property must be 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit', ...options });

/** Present, even if null (`{"op":"replace","value":null}` is a valid patch). */
export const IsPresent = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy({ name: 'isPresent', validator: { validate: (v) => v !== undefined, defaultMessage: () => '$property is required' } }, options);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = 10_000): boolean => typeof v === 'string' && v.length > 0 && v.length <= max;
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => isText(x, 200));

const STEP_KEYS = new Set(['name', 'performer', 'order', 'description', 'terms', 'systems']);
const HANDOVER_KEYS = new Set(['from', 'to', 'artifact', 'condition', 'split', 'join']);
const DEFINITION_KEYS = new Set(['purpose', 'participants', 'steps', 'handovers']);

/**
 * Structural problems of a process definition (docs/product.md). Only the shape is checked here;
 * what it means (known stakeholders, performers among the participants) is the domain's rule.
 */
export const definitionProblems = (v: unknown): string[] => {
  if (!isPlainObject(v)) return ['definition must be an object'];
  const problems: string[] = [];
  for (const k of Object.keys(v)) if (!DEFINITION_KEYS.has(k)) problems.push(`definition.${k} is not allowed`);
  if (typeof v.purpose !== 'string') problems.push('definition.purpose must be a string');
  if (!isStringArray(v.participants)) problems.push('definition.participants must be an array of non-empty strings');
  if (!isPlainObject(v.steps)) problems.push('definition.steps must be an object keyed by step id');
  else
    for (const [id, step] of Object.entries(v.steps)) {
      const at = `definition.steps.${id}`;
      if (!ID_PATTERN.test(id)) problems.push(`${at}: step ids must be plain identifiers`);
      if (!isPlainObject(step)) {
        problems.push(`${at} must be an object`);
        continue;
      }
      for (const k of Object.keys(step)) if (!STEP_KEYS.has(k)) problems.push(`${at}.${k} is not allowed`);
      if (!isText(step.name, 500)) problems.push(`${at}.name must be a non-empty string`);
      if (!isText(step.performer, 200)) problems.push(`${at}.performer must be a stakeholder id`);
      if (typeof step.order !== 'number' || !Number.isFinite(step.order)) problems.push(`${at}.order must be a number`);
      if (step.description !== undefined && typeof step.description !== 'string') problems.push(`${at}.description must be a string`);
      if (step.terms !== undefined && !isStringArray(step.terms)) problems.push(`${at}.terms must be an array of term ids`);
      if (step.systems !== undefined && !isStringArray(step.systems)) problems.push(`${at}.systems must be an array of system ids`);
    }
  if (!isPlainObject(v.handovers)) problems.push('definition.handovers must be an object keyed by handover id');
  else
    for (const [id, h] of Object.entries(v.handovers)) {
      const at = `definition.handovers.${id}`;
      if (!ID_PATTERN.test(id)) problems.push(`${at}: handover ids must be plain identifiers`);
      if (!isPlainObject(h)) {
        problems.push(`${at} must be an object`);
        continue;
      }
      for (const k of Object.keys(h)) if (!HANDOVER_KEYS.has(k)) problems.push(`${at}.${k} is not allowed`);
      if (!isText(h.from, 200)) problems.push(`${at}.from must be a step id`);
      if (!isText(h.to, 200)) problems.push(`${at}.to must be a step id`);
      if (typeof h.artifact !== 'string') problems.push(`${at}.artifact must be a string`);
      if (h.condition !== undefined && typeof h.condition !== 'string') problems.push(`${at}.condition must be a string`);
      for (const end of ['split', 'join'] as const) {
        if (h[end] !== undefined && !['exclusive', 'inclusive', 'parallel'].includes(h[end] as string)) problems.push(`${at}.${end} must be exclusive, inclusive or parallel`);
      }
    }
  return problems;
};

export const IsProcessDefinition = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isProcessDefinition',
      validator: {
        validate: (v) => definitionProblems(v).length === 0,
        defaultMessage: (args) => definitionProblems(args?.value).join('; '),
      },
    },
    options,
  );
