import type { BpmnElement } from '../samsyn-moddle';

/** A name as people read it: line breaks (tools wrap long labels with &#10;) and runs of white space become one space. */
export const cleanName = (text: string | undefined): string | undefined => {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  return clean === '' ? undefined : clean;
};

/** Documentation keeps its paragraphs, loses trailing white space on each line. */
export const cleanText = (text: string | undefined): string | undefined => {
  const clean = (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();
  return clean === '' ? undefined : clean;
};

const MAX_LABEL = 60;
const short = (text: string): string => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/** How a warning names an element: its (shortened) name and its id, never more of the document. */
export const label = (e: BpmnElement): string => {
  const name = cleanName(e.name);
  const id = short(e.id ?? '?');
  return name ? `"${short(name)}" (${id})` : id;
};

export const kindOf = (e: BpmnElement): string => e.$type.replace(/^bpmn:/, '');

/** A stakeholder id from a display name: "Idrotts- och fritidsnämnden" → "idrotts-och-fritidsnamnden". */
export const slug = (text: string | undefined): string =>
  (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');

export const documentationOf = (e: BpmnElement | undefined): string | undefined =>
  e?.documentation?.length ? cleanText(e.documentation.map((d) => d.text ?? '').join('\n\n')) : undefined;

/**
 * How text is read. A tool's text is normalised (cleanName, cleanText); a document Samsyn wrote
 * (exporter="Samsyn") is taken verbatim, so export → import gives the very same definition.
 */
export interface TextPolicy {
  name(text: string | undefined): string | undefined;
  doc(e: BpmnElement | undefined): string | undefined;
}

export const textPolicy = (verbatim: boolean): TextPolicy =>
  verbatim
    ? {
        name: (text) => (text === undefined || text.trim() === '' ? undefined : text),
        doc: (e) => (e?.documentation?.length ? e.documentation.map((d) => d.text ?? '').join('\n\n') : undefined),
      }
    : { name: cleanName, doc: documentationOf };
