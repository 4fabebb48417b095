/**
 * The API's rules for the fields of a write, checked in the browser before sending, and the same
 * rules recognised in the API's own field errors (`400 VALIDATION_FAILED`, `details: [{field,
 * errors}]` with class-validator's English messages), so that both are said by one sentence per
 * rule in the user's language (`errors:rules.*`). test/web/register-rules.spec.ts holds the two
 * sides to each other.
 */
export type Rule = 'required' | 'idFormat' | 'slugFormat' | 'tooLong' | 'oneOf' | 'tooMany' | 'notAllowed' | 'wrongType';

export interface FieldProblem {
  field: string;
  rule: Rule;
  /** The bound of tooLong (characters) and tooMany (items). */
  max?: number;
}

/** Resource ids (apps/api/src/infrastructure/validation/validators.ts ID_PATTERN). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** Organisation ids are stricter (libs/domain/src/stakeholder STAKEHOLDER_ID): lower-case slugs. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const checkRequiredText = (field: string, value: string, max: number): FieldProblem[] => {
  if (value.trim() === '') return [{ field, rule: 'required' }];
  return value.trim().length > max ? [{ field, rule: 'tooLong', max }] : [];
};

export const checkId = (field: string, value: string): FieldProblem[] => {
  if (value.trim() === '') return [{ field, rule: 'required' }];
  return ID_PATTERN.test(value.trim()) ? [] : [{ field, rule: 'idFormat' }];
};

export const checkSlug = (field: string, value: string): FieldProblem[] => {
  const id = checkId(field, value);
  if (id.length > 0) return id;
  return SLUG_PATTERN.test(value.trim()) ? [] : [{ field, rule: 'slugFormat' }];
};

/** A choice from a list the page offers (the resource a write is about): only that one was made. */
export const checkChosen = (field: string, value: string): FieldProblem[] => (value.trim() === '' ? [{ field, rule: 'required' }] : []);

export const checkOneOf = (field: string, value: string, allowed: readonly string[]): FieldProblem[] =>
  allowed.includes(value) ? [] : [{ field, rule: value === '' ? 'required' : 'oneOf' }];

/** A list typed one per line or comma-separated: blanks dropped, each entry trimmed, repeats kept once (the API collapses them too). */
export const parseList = (value: string): string[] => [...new Set(value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean))];

export const checkList = (field: string, items: string[], bounds: { maxItems: number; maxLength: number }): FieldProblem[] => {
  if (items.length > bounds.maxItems) return [{ field, rule: 'tooMany', max: bounds.maxItems }];
  return items.some((m) => m.length > bounds.maxLength) ? [{ field, rule: 'tooLong', max: bounds.maxLength }] : [];
};

const API_MESSAGES: [RegExp, Rule][] = [
  [/should not be empty$/, 'required'],
  [/must be 1-100 letters, digits/, 'idFormat'],
  [/must be shorter than or equal to (\d+) characters$/, 'tooLong'],
  [/must contain no more than (\d+) elements$/, 'tooMany'],
  [/must be one of the following values/, 'oneOf'],
  [/^property .+ should not exist$/, 'notAllowed'],
  [/must be (a string|an array|an? [a-z]+)$/, 'wrongType'],
];

/** One of the API's field messages as a rule, or null when this version does not know it (the page then shows it as it came). */
export const ruleOfApiMessage = (field: string, message: string): FieldProblem | null => {
  for (const [pattern, rule] of API_MESSAGES) {
    const m = pattern.exec(message);
    if (!m) continue;
    const max = rule === 'tooLong' || rule === 'tooMany' ? Number(m[1]) : undefined;
    return max === undefined ? { field, rule } : { field, rule, max };
  }
  return null;
};

/** `members.3` and `members` are one field to the person filling in the form. */
export const formFieldOf = (apiField: string): string => apiField.split('.')[0];
