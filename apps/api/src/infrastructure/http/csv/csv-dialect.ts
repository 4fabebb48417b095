/**
 * Two CSV forms (docs/reports.md): Swedish Excel opens `sv` with a double click (UTF-8 with a
 * byte-order mark, `;` between cells, decimal comma); everything else gets RFC 4180 (`,`, CRLF,
 * no BOM, decimal point). `?locale=` wins; else the first language of Accept-Language decides.
 */
export type CsvDialect = 'sv' | 'rfc4180';

export const CSV_LOCALES = ['sv', 'en'] as const;
export type CsvLocale = (typeof CSV_LOCALES)[number];

interface LanguageRange {
  tag: string;
  q: number;
  index: number;
}

/** RFC 9110 Accept-Language ranges, highest weight first (ties in the order sent). */
const ranges = (header: string): LanguageRange[] =>
  header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.tag !== '' && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);

export const csvDialect = (locale: string | undefined, acceptLanguage: string | undefined): CsvDialect => {
  if (locale !== undefined) return locale === 'sv' ? 'sv' : 'rfc4180';
  const first = acceptLanguage ? ranges(acceptLanguage)[0] : undefined;
  return first !== undefined && (first.tag === 'sv' || first.tag.startsWith('sv-')) ? 'sv' : 'rfc4180';
};
