import { ipv6Groups, isLocalHostName, isPrivateAddress } from './private-addresses';

describe('private addresses (no webhook to them unless allowed)', () => {
  it.each([
    '127.0.0.1', '127.255.255.254', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '192.0.2.10', '::1', '[::1]', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1%eth0', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::10.0.0.1', '2001:db8::1',
  ])('%s is private', (a) => expect(isPrivateAddress(a)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '193.10.1.1', '100.128.0.1', '2a00:1450:400f::200e', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', 'arkiv.uppsala.se', '1:2:3:4:5:6:7:8:9'])(
    '%s is not',
    (a) => expect(isPrivateAddress(a)).toBe(false),
  );

  it('expands IPv6 forms to their eight groups', () => {
    expect(ipv6Groups('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('[2001:db8::8:1]')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 8, 1]);
    expect(ipv6Groups('::ffff:10.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0a00, 1]);
    expect(ipv6Groups('1::2::3')).toBeNull();
    expect(ipv6Groups('12345::')).toBeNull();
  });

  it('localhost and its subdomains name this machine', () => {
    expect(isLocalHostName('LocalHost')).toBe(true);
    expect(isLocalHostName('api.localhost.')).toBe(true);
    expect(isLocalHostName('localhost.uppsala.se')).toBe(false);
  });
});
