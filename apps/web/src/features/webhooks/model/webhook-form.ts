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

/** The body of PATCH /webhooks/:id from the edit form: URL, filter and description sent whole. */
export interface WebhookUpdate {
  url: string;
  filter: { eventTypes: string[]; streamPrefixes: string[] };
  description: string | null;
}

type Missing = ('url' | 'filter')[];

const missingOf = (url: string, filter: WebhookUpdate['filter']): Missing => [
  ...(url.trim() === '' ? (['url'] as const) : []),
  ...(filter.eventTypes.length === 0 && filter.streamPrefixes.length === 0 ? (['filter'] as const) : []),
];

/**
 * The body of POST /webhooks, or the form fields still missing (the API judges the rest: unknown
 * event types, private addresses). The id and description are left out when blank.
 */
export const registrationOf = (d: WebhookDraft): { body: WebhookRegistration } | { missing: Missing } => {
  const filter = { eventTypes: entriesOf(d.eventTypes), streamPrefixes: entriesOf(d.streamPrefixes) };
  const missing = missingOf(d.url, filter);
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

/** The edit form's text for a subscription as it is now (no id: it cannot change). */
export const draftOf = (s: { url: string; filter: { eventTypes: string[]; streamPrefixes: string[] }; description: string | null }): Omit<WebhookDraft, 'id'> => ({
  url: s.url,
  eventTypes: s.filter.eventTypes.join(', '),
  streamPrefixes: s.filter.streamPrefixes.join(', '),
  description: s.description ?? '',
});

/** The body of PATCH /webhooks/:id, or what is missing; a blank description clears it (null). */
export const updateOf = (d: Omit<WebhookDraft, 'id'>): { body: WebhookUpdate } | { missing: Missing } => {
  const filter = { eventTypes: entriesOf(d.eventTypes), streamPrefixes: entriesOf(d.streamPrefixes) };
  const missing = missingOf(d.url, filter);
  if (missing.length > 0) return { missing };
  return { body: { url: d.url.trim(), filter, description: d.description.trim() === '' ? null : d.description.trim() } };
};
