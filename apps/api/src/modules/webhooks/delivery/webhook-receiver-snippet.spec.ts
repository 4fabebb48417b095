import * as fs from 'node:fs';
import * as path from 'node:path';
import { signWebhook } from './webhook-signature';

type Verify = (secret: string, headers: Record<string, string>, rawBody: string, nowSeconds?: number) => boolean;

/** The receiver's snippet in docs/webhooks.md, as a reader would paste it. */
const snippet = (): Verify => {
  const doc = fs.readFileSync(path.join(__dirname, '../../../../../../docs/webhooks.md'), 'utf8');
  const code = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!code?.includes('function verifySamsynWebhook')) throw new Error('docs/webhooks.md has no verifySamsynWebhook snippet');
  return new Function('require', `${code}\nreturn verifySamsynWebhook;`)(require) as Verify;
};

describe('the receiver snippet of docs/webhooks.md', () => {
  const verify = snippet();
  const secret = 'whsec_9c0aJ5oNyl0Xl7rS4mVnQ2b8JcGQp3Qq2y9aX1vY0bA';
  const body = '{"deliveryId":"d-1","subscriptionId":"arkiv","event":{"type":"ProcessRevised","data":{"id":"LF-01"}}}';
  const now = 1_767_171_600;
  const headers = (over: Partial<Record<string, string>> = {}) => ({
    'samsyn-delivery-id': 'd-1',
    'samsyn-timestamp': String(now),
    'samsyn-signature': signWebhook(secret, 'd-1', String(now), body),
    ...over,
  }) as Record<string, string>;

  it('accepts a delivery signed as the dispatcher signs it', () => expect(verify(secret, headers(), body, now + 10)).toBe(true));
  it('refuses another secret, a changed body, another delivery id, a stale or missing timestamp', () => {
    expect(verify('whsec_other', headers(), body, now)).toBe(false);
    expect(verify(secret, headers(), body.replace('LF-01', 'LF-02'), now)).toBe(false);
    expect(verify(secret, headers({ 'samsyn-delivery-id': 'd-2' }), body, now)).toBe(false);
    expect(verify(secret, headers(), body, now + 301)).toBe(false);
    expect(verify(secret, headers({ 'samsyn-timestamp': '' }), body, now)).toBe(false);
    expect(verify(secret, headers({ 'samsyn-signature': 'sha256=00' }), body, now)).toBe(false);
  });
});
