import { notFound } from '../errors/api-error';

/** One entry of a register read by id (GET /stakeholders/:id and the like), or 404. */
export const entryOf = <T extends { id: string }>(entries: readonly T[], id: string, what: string): T => {
  const entry = entries.find((e) => e.id === id);
  if (entry === undefined) throw notFound(`${what} ${id}`);
  return entry;
};
