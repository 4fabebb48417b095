import i18n from 'i18next';

/** Dates and numbers in the user's language (sv-SE / en-GB), through Intl. */
const locale = (): string => (i18n.language === 'en' ? 'en-GB' : 'sv-SE');

export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '–';

export const formatDate = (iso: string | null | undefined): string =>
  iso ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso)) : '–';

export const formatNumber = (n: number | string | null | undefined, maxFractionDigits = 2): string =>
  n === null || n === undefined || n === '' ? '–' : new Intl.NumberFormat(locale(), { maximumFractionDigits: maxFractionDigits }).format(Number(n));

export const formatPercent = (ratio: number | null | undefined): string =>
  ratio === null || ratio === undefined ? '–' : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
