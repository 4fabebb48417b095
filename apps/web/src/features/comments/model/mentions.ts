/** The @word being typed at the end of the text (what the autocomplete completes), or null. */
export const mentionPrefix = (text: string): string | null => {
  const m = /(?:^|[\s(["'])@([A-Za-z0-9_.@-]*)$/.exec(text);
  return m ? m[1] : null;
};

/** The text with the @word at its end replaced by the whole id and a space. */
export const completeMention = (text: string, id: string): string => {
  const prefix = mentionPrefix(text);
  return prefix === null ? text : `${text.slice(0, text.length - prefix.length)}${id} `;
};

/** Up to `max` known ids that start with the prefix (case-insensitive), the typed word itself left out. */
export const suggestions = (ids: readonly string[], prefix: string | null, max = 5): string[] => {
  if (prefix === null) return [];
  const p = prefix.toLowerCase();
  return ids.filter((id) => id.toLowerCase().startsWith(p) && id !== prefix).slice(0, max);
};
