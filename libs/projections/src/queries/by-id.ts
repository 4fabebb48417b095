/** The order of every list of a register or a report: by id. */
export const byId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);
