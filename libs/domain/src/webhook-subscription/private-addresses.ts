/**
 * Addresses a webhook must not reach unless the operator allows it (SSRF): loopback, private,
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unspecified, multicast,
 * documentation and reserved ranges, in IPv4 and IPv6 (IPv4-mapped and NAT64 forms included).
 * Pure: the URL check of the decider and the dispatcher's connect-time check both use it.
 */

type Range = readonly [base: number, bits: number];

const V4_RANGES: readonly Range[] = [
  [v4('0.0.0.0'), 8],
  [v4('10.0.0.0'), 8],
  [v4('100.64.0.0'), 10],
  [v4('127.0.0.0'), 8],
  [v4('169.254.0.0'), 16],
  [v4('172.16.0.0'), 12],
  [v4('192.0.0.0'), 24],
  [v4('192.0.2.0'), 24],
  [v4('192.168.0.0'), 16],
  [v4('198.18.0.0'), 15],
  [v4('198.51.100.0'), 24],
  [v4('203.0.113.0'), 24],
  [v4('224.0.0.0'), 4],
  [v4('240.0.0.0'), 4],
];

function v4(text: string): number {
  return text.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export const isIpv4 = (text: string): boolean => {
  const m = IPV4.exec(text);
  return m !== null && m.slice(1).every((p) => Number(p) <= 255);
};

const inV4Range = (n: number): boolean => V4_RANGES.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));

/** The eight 16-bit groups of an IPv6 address (with a trailing dotted IPv4 part), or null. */
export const ipv6Groups = (text: string): number[] | null => {
  let s = text.toLowerCase();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  // A trailing dotted IPv4 part (::ffff:10.0.0.1) becomes its two 16-bit groups.
  const lastColon = s.lastIndexOf(':');
  if (lastColon >= 0 && isIpv4(s.slice(lastColon + 1))) {
    const n = v4(s.slice(lastColon + 1));
    s = `${s.slice(0, lastColon + 1)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const groups = part.split(':');
    if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  if (head === null || rest === null) return null;
  const known = head.length + rest.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  return [...head, ...new Array<number>(8 - known).fill(0), ...rest];
};

const isPrivateV6 = (g: number[]): boolean => {
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(7) && (g[7] === 0 || g[7] === 1)) return true; // :: and ::1
  if (zeroUpTo(5) && g[5] === 0xffff) return inV4Range(g[6] * 65536 + g[7]); // ::ffff:a.b.c.d
  if (zeroUpTo(6)) return true; // deprecated IPv4-compatible ::a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return inV4Range(g[6] * 65536 + g[7]); // NAT64
  if ((g[0] & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g[0] & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true; // documentation
  return false;
};

/** True for an IP address literal (v4 or v6, brackets allowed) in a range a webhook must not reach. */
export const isPrivateAddress = (address: string): boolean => {
  if (isIpv4(address)) return inV4Range(v4(address));
  const groups = ipv6Groups(address);
  return groups !== null && isPrivateV6(groups);
};

/** A host name that names this machine whatever DNS says (RFC 6761). */
export const isLocalHostName = (host: string): boolean => {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
};
