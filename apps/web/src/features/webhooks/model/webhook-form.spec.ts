import { describeFilter, entriesOf, registrationOf, type WebhookDraft } from './webhook-form';

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
