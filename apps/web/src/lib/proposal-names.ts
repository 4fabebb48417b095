const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A proposal id a person can read: a UUID (proposals made in the web) by its first 8 characters. */
export const shortId = (id: string): string => (UUID.test(id) ? `${id.slice(0, 8)}…` : id);

/** An id people use in speech and minutes ("P-005"), shown beside the summary; a UUID is not. */
export const isNumbered = (id: string): boolean => !UUID.test(id);

const SUMMARY_LENGTH = 80;

/** A rationale's first non-empty line, at most 80 characters: as the my-work read model's `summary` (GET /me/tasks). */
export const summaryOf = (rationale: string): string => {
  const line = rationale.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? '';
  return line.length > SUMMARY_LENGTH ? `${line.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…` : line;
};
