import { BpmnImportError } from '../bpmn-import-error';
import type { BpmnWarningCode } from '../import-messages';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as (WHATWG label). */
  encoding: string;
  warnings: BpmnWarningCode[];
}

/** Declared names we read, mapped to the decoder that reads them. ISO-8859-1 is read as
 * windows-1252, its superset (what WHATWG decoders do too): the C1 range holds no text anyway. */
const DECODERS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
};

const declaredEncoding = (head: string): string | undefined => /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(head)?.[1]?.toLowerCase();

/** Signs that text was decoded with the wrong table: replacement characters, or UTF-8 read as Latin-1 ("Ã¥" for "å"). */
const GARBLED = /\uFFFD|Ã[\u0080-\u00BF\u2018-\u203A\u0152-\u0178]/;

/**
 * The text of a BPMN document from its bytes: by byte-order mark, else by the XML declaration's
 * encoding (UTF-8 when there is none), as XML 1.0 appendix F says. A string is taken as already
 * decoded. Text that still looks garbled afterwards gets a warning, never silent "�".
 */
export const decodeBpmn = (input: Uint8Array | string): DecodedText => {
  const warnings: BpmnWarningCode[] = [];
  if (typeof input === 'string') return { text: withoutDeclaredEncoding(input.replace(/^\uFEFF/, '')), encoding: 'utf-8', warnings: garbledWarning(input, warnings) };
  const b = input;
  let encoding: string | undefined;
  let start = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) [encoding, start] = ['utf-8', 3];
  else if (b[0] === 0xff && b[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (b[0] === 0xfe && b[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (b[0] === 0x3c && b[1] === 0x00) encoding = 'utf-16le';
  else if (b[0] === 0x00 && b[1] === 0x3c) encoding = 'utf-16be';
  if (encoding === undefined) {
    const declared = declaredEncoding(Buffer.from(b.subarray(0, 200)).toString('latin1'));
    if (declared !== undefined && DECODERS[declared] === undefined) throw new BpmnImportError('encoding-unsupported');
    encoding = declared === undefined ? 'utf-8' : DECODERS[declared];
  }
  const bytes = b.subarray(start);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8') throw new BpmnImportError('encoding-invalid', { encoding: encoding.toUpperCase() });
    // Tools that declare UTF-8 but write Latin-1 exist (hand-edited exports): read it as such and say so.
    text = new TextDecoder('windows-1252').decode(bytes);
    warnings.push('encoding-misdeclared');
    encoding = 'windows-1252';
  }
  return { text: withoutDeclaredEncoding(text), encoding, warnings: garbledWarning(text, warnings) };
};

/** The text is decoded now: the declaration's encoding no longer describes it (and the parser would warn about it). */
const withoutDeclaredEncoding = (text: string): string => text.replace(/^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']/, '$1');

const garbledWarning = (text: string, warnings: BpmnWarningCode[]): BpmnWarningCode[] => {
  if (warnings.length === 0 && GARBLED.test(text)) warnings.push('encoding-garbled');
  return warnings;
};
