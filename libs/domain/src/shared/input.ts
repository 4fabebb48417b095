import { ErrorCodes, refuse } from './domain-error';

// The HTTP layer validates too, but the CLI, BPMN import, the seeder and the process managers
// reach the deciders without it: each decider checks its own input with these.

/** A required text field, trimmed. */
export const requiredText = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value.trim() === '') refuse(ErrorCodes.INVALID_INPUT, `${field} must be a non-empty string`, { field });
  return value.trim();
};

/** Number.isInteger as a type guard (a revision number from the client). */
export const isWholeNumber = (value: unknown): value is number => Number.isInteger(value);

/** The `default` of a decider's switch: a command type it does not know. */
export function refuseUnknownCommand(command: { type: string }): never {
  return refuse(ErrorCodes.INVALID_INPUT, `unknown command ${command.type}`);
}
