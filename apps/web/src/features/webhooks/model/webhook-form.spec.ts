import { describeFilter, draftOf, entriesOf, registrationOf, updateOf, type WebhookDraft } from './webhook-form';

const draft = (d: Partial<WebhookDraft> = {}): WebhookDraft => ({ id: '', url: 'https://arkiv.uppsala.se/hook', eventTypes: 'ProcessRevised', streamPrefixes: '', description: '', ...d });

describe('the webhook register form', () => {
  it('splits entries on commas, spaces and lines, once each', () => expect(entriesOf(' ProcessRevised,ProposalDecided\nProcessRevised  ')).toEqual(['ProcessRevised', 'ProposalDecided']));
  it('builds the body of POST /webhooks, leaving blank id and description out', () =>
    expect(registrationOf(draft({ streamPrefixes: 'process-LF-' }))).toEqual({ body: { url: 'https://arkiv.uppsala.se/hook', filter: { eventTypes: ['ProcessRevised'], streamPrefixes: ['process-LF-'] } } }));
  it('keeps an id and a description given', () =>
    expect(registrationOf(draft({ id: ' arkiv ', description: ' Arkivet ' }))).toMatchObject({ body: { id: 'arkiv', description: 'Arkivet' } }));
  it('says what is missing: a URL, and event types or prefixes', () => expect(registrationOf(draft({ url: ' ', eventTypes: '' }))).toEqual({ missing: ['url', 'filter'] }));
  it('describes a filter for a table cell', () => expect(describeFilter({ eventTypes: ['ProcessRevised'], streamPrefixes: ['process-LF-'] })).toBe('ProcessRevised, process-LF-…'));
});

describe('the webhook edit form', () => {
  const sub = { url: 'https://arkiv.uppsala.se/hook', filter: { eventTypes: ['ProcessRevised', 'ProposalDecided'], streamPrefixes: ['process-LF-'] }, description: null };
  it('starts from the subscription as it is', () =>
    expect(draftOf(sub)).toEqual({ url: 'https://arkiv.uppsala.se/hook', eventTypes: 'ProcessRevised, ProposalDecided', streamPrefixes: 'process-LF-', description: '' }));
  it('sends URL, filter and description whole; the draft of a subscription gives it back unchanged', () =>
    expect(updateOf(draftOf(sub))).toEqual({ body: sub }));
  it('a blank description clears it, a new one is trimmed', () => {
    expect(updateOf({ ...draftOf(sub), description: '  ' })).toMatchObject({ body: { description: null } });
    expect(updateOf({ ...draftOf(sub), description: ' Diariet ' })).toMatchObject({ body: { description: 'Diariet' } });
  });
  it('says what is missing, as registering does', () => expect(updateOf({ url: '', eventTypes: ' ', streamPrefixes: '', description: '' })).toEqual({ missing: ['url', 'filter'] }));
});
