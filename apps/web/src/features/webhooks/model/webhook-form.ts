/** What the register form holds: text as typed. */
export interface WebhookDraft {
  id: string;
  url: string;
  eventTypes: string;
  streamPrefixes: string;
  description: string;
}

export interface WebhookRegistration {
  id?: string;
  url: string;
  filter: { eventTypes: string[]; streamPrefixes: string[] };
  description?: string;
}

/** Entries separated by commas, spaces or lines; each once, in the order typed. */
export const entriesOf = (text: string): string[] => [...new Set(text.split(/[\s,]+/).filter((x) => x !== ''))];

/**
 * The body of POST /webhooks, or the form fields still missing (the API judges the rest: unknown
 * event types, private addresses). The id and description are left out when blank.
 */
export const registrationOf = (d: WebhookDraft): { body: WebhookRegistration } | { missing: ('url' | 'filter')[] } => {
  const filter = { eventTypes: entriesOf(d.eventTypes), streamPrefixes: entriesOf(d.streamPrefixes) };
  const missing: ('url' | 'filter')[] = [];
  if (d.url.trim() === '') missing.push('url');
  if (filter.eventTypes.length === 0 && filter.streamPrefixes.length === 0) missing.push('filter');
  if (missing.length > 0) return { missing };
  return {
    body: {
      ...(d.id.trim() !== '' && { id: d.id.trim() }),
      url: d.url.trim(),
      filter,
      ...(d.description.trim() !== '' && { description: d.description.trim() }),
    },
  };
};

/** How a subscription's filter reads in a table cell. */
export const describeFilter = (f: { eventTypes: string[]; streamPrefixes: string[] }): string =>
  [...f.eventTypes, ...f.streamPrefixes.map((p) => `${p}…`)].join(', ');
