/** An XML NCName as BPMN element ids must be, restricted to ASCII like the definition's ids. */
const NC_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * The BPMN id for a definition id. Definition ids may start with a digit, which an NCName may not;
 * those get a '_' in front. Definition ids never start with '_', so the mapped id collides with no
 * other definition id; the original is kept in a samsyn attribute whenever it differs.
 */
export const bpmnIdFor = (id: string): string => (NC_NAME.test(id) ? id : `_${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`);

/** Term and system ids are slugs: a space-separated list reads well in a modelling tool. An id
 * with white space in it (never produced by the API) falls back to a JSON array, so nothing is lost. */
export const encodeIdList = (ids: string[]): string => (ids.every((id) => id !== '' && !/\s/.test(id)) ? ids.join(' ') : JSON.stringify(ids));

export const decodeIdList = (value: string): string[] | null => {
  const text = value.trim();
  if (!text.startsWith('[')) return text === '' ? [] : text.split(/\s+/);
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : null;
  } catch {
    return null;
  }
};
