import { isIpv4, isLocalHostName, isPrivateAddress } from './private-addresses';

export const MAX_WEBHOOK_URL_LENGTH = 2048;

/**
 * Why a URL cannot receive webhooks, or null when it can: http or https, no credentials in it
 * (they would sit in every event forever), no fragment, and — unless the server allows private
 * addresses — no host that names this machine or a private range. A host name that only resolves
 * to a private address is refused when a delivery connects (the dispatcher checks each address).
 */
export const webhookUrlProblem = (url: unknown, allowPrivateAddresses: boolean): string | null => {
  if (typeof url !== 'string' || url.trim() === '') return 'url must be a non-empty string';
  if (url.length > MAX_WEBHOOK_URL_LENGTH) return `url must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'url is not an absolute URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'url must be http or https';
  if (parsed.username !== '' || parsed.password !== '') return 'url must not carry credentials (user:password@): the subscription’s secret signs each delivery';
  if (parsed.hash !== '') return 'url must not have a fragment';
  if (parsed.hostname === '') return 'url must name a host';
  if (!allowPrivateAddresses) {
    const host = parsed.hostname;
    const literal = isIpv4(host) || host.startsWith('[');
    if (isLocalHostName(host) || (literal && isPrivateAddress(host))) {
      return 'url names a loopback, private or reserved address, which this server does not allow';
    }
  }
  return null;
};

/** The URL as it is kept: trimmed and in the WHATWG parser's normal form (the address it posts to). */
export const normalWebhookUrl = (url: string): string => new URL(url.trim()).href;
