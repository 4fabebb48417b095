/** A principal id as a mention names it: what follows `@` up to a space or punctuation that ends a sentence. */
const MENTION = /(^|[\s(["'])@([A-Za-z0-9][A-Za-z0-9_.@-]*[A-Za-z0-9]|[A-Za-z0-9])/g;

/** Bounds of a comment (docs/comments.md). */
export const COMMENT_BOUNDS = { maxText: 4000, maxMentions: 20 } as const;

/**
 * The principal ids a text mentions, once each, in order of appearance. `@` must start a word, so
 * an e-mail address in the text (`anna@kommun.se`) is no mention; a trailing dot or comma ends it.
 */
export const parseMentions = (text: string): string[] => {
  const out: string[] = [];
  for (const m of text.matchAll(MENTION)) if (!out.includes(m[2])) out.push(m[2]);
  return out;
};
