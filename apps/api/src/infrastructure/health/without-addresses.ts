/**
 * Public answers (the unauthenticated /health above all) must not tell a caller where the
 * database is or how the server is laid out: driver messages carry connection strings, host
 * names, addresses and ports ("connect ECONNREFUSED 10.0.0.7:5432", "getaddrinfo ENOTFOUND
 * db.internal"), and file paths. This keeps the plain words of such a message and replaces every
 * word that could be one of those with "…" (rather too many than one too few); the full message
 * goes to the log.
 */
const ADDRESS_LIKE = [
  /[/\\@]/, // URLs, connection strings, user@host, file paths
  /:\d/, // host:port, IPv4:port, IPv6 (::1, fe80::1)
  /::/, // IPv6
  /\w\.\w/, // host.name, 10.0.0.7, a file name with an extension
];

export const withoutAddresses = (text: string): string =>
  text
    .split(/(\s+)/)
    .map((word) => (ADDRESS_LIKE.some((p) => p.test(word)) ? '…' : word))
    .join('');
