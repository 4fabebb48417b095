/**
 * What an import says, as codes with parameters (docs/bpmn.md "Warnings and refusals"): API
 * clients and the CLI get the English `message`, the web app translates `code` with `params`
 * (apps/web/src/i18n/{sv,en}/bpmn.json, checked against these templates by a test). Parameters
 * hold counts, element ids and shortened names, never the document's raw content.
 */
export type MessageParams = Record<string, string | number>;

/** The English sentence of each warning code; `{{name}}` is a parameter. */
export const WARNING_TEMPLATES = {
  'encoding-misdeclared': 'the document says it is UTF-8 but is not: it was read as windows-1252 (ISO-8859-1); check å, ä and ö in the names',
  'encoding-garbled': 'some text looks garbled (wrongly encoded characters such as "�" or "Ã¥"): check the names against the modelling tool',
  unreadable: '{{count}} part(s) of the document are not BPMN 2.0 as Samsyn reads it (unknown or misplaced elements) and were skipped',
  'flow-ends': '{{count}} sequence flow(s) lack a source or a target and were skipped',
  order: 'samsyn:order is missing on some tasks: every step was ordered by the sequence flows instead',
  nameless: 'task {{task}} has no name: named after its id',
  pools: 'the document has {{count}} processes with tasks: all were imported, named after {{process}}',
  'purpose-from-pool': "the process has no documentation: its purpose was taken from the pool's",
  'purpose-from-collaboration': "the process has no documentation: its purpose was taken from the collaboration's",
  'purpose-from-document': "the process has no documentation: its purpose was taken from the document's",
  'purpose-from-name': 'the process has no documentation to take its purpose from: used its name "{{name}}"',
  skipped: 'not steps themselves: {{elements}}; the paths through them became handovers (gateways as split, join and condition)',
  'list-terms': 'task {{task}}: samsyn:terms is not a list of ids and was ignored',
  'list-systems': 'task {{task}}: samsyn:systems is not a list of ids and was ignored',
  'unmatched-pool': 'pool {{element}} names no registered organisation: imported as "{{id}}"; register it, add a synonym or set samsyn:stakeholder',
  'unmatched-lane': 'lane {{element}} names no registered organisation: imported as "{{id}}"; register it, add a synonym or set samsyn:stakeholder',
  'unmatched-process': 'process {{element}} names no registered organisation: imported as "{{id}}"; register it, add a synonym or set samsyn:stakeholder',
  'lane-as-role': 'lane {{lane}} names no registered organisation: taken as a role within pool {{pool}}, whose participant "{{participant}}" performs its steps',
  'no-performer': 'process {{process}} has neither a pool nor lanes to say who performs its steps',
  'no-lane': 'task {{task}} is in no lane: performer set to "{{performer}}"',
  'no-artifact': 'handover {{handover}} ({{from}} → {{to}}) names no artifact in the diagram (no data object, message or flow name)',
  'message-unlinked': 'message flow {{flow}} has no task at one end (a pool drawn as a black box): not a handover',
  'id-step-invalid': 'step id "{{wanted}}" is not a definition id: imported as "{{id}}"',
  'id-step-taken': 'step id "{{wanted}}" is taken: imported as "{{id}}"',
  'id-handover-invalid': 'handover id "{{wanted}}" is not a definition id: imported as "{{id}}"',
  'id-handover-taken': 'handover id "{{wanted}}" is taken: imported as "{{id}}"',
  /** Past the third warning of one code: how many more there were (`params.of` is that code). */
  'more-like-above': '… and {{count}} more like the above',
  /** Past IMPORT_LIMITS.maxWarnings codes. */
  'left-out': 'further warnings were left out',
} as const;

export type BpmnWarningCode = keyof typeof WARNING_TEMPLATES;

/** A warning of the import: what was skipped, guessed or renamed. */
export interface BpmnWarning {
  code: BpmnWarningCode;
  params: MessageParams;
  /** In English, for API clients. */
  message: string;
}

/** Why a document is refused, per error code (the API's `details.reason`), in English. */
export const REFUSAL_TEMPLATES = {
  INVALID_BPMN: {
    empty: 'the BPMN document is empty',
    binary: 'not a BPMN 2.0 document: it holds binary data',
    doctype: 'not a BPMN 2.0 document: document type declarations and entities are not accepted',
    malformed: 'not a BPMN 2.0 document: the XML is malformed or its root is not a BPMN 2.0 definitions element',
    'malformed-at': 'not a BPMN 2.0 document: the XML is malformed or its root is not a BPMN 2.0 definitions element (line {{line}}, column {{column}})',
    'not-definitions': 'not a BPMN 2.0 document: its root is not a BPMN 2.0 definitions element',
    'no-process': 'the document has no process (bpmn:process)',
    'no-tasks': 'the document has no tasks to import',
    'encoding-unsupported': "the document's encoding is not one Samsyn reads (UTF-8, UTF-16, ISO-8859-1, windows-1252)",
    'encoding-invalid': 'the document is not valid {{encoding}} text',
  },
  BPMN_TOO_LARGE: {
    elements: 'the document has more than {{max}} XML elements',
    depth: 'the document nests XML elements more than {{max}} deep',
    steps: 'the document has more than {{max}} tasks',
    handovers: 'the document makes more than {{max}} handovers',
    paths: 'the paths between the tasks (through gateways and events) are too many to import; split the diagram',
  },
  BPMN_TOO_COMPLEX: {
    time: 'the BPMN document took too long to import',
    memory: 'the BPMN document needed too much memory to import',
  },
} as const;

export type RefusalCode = keyof typeof REFUSAL_TEMPLATES;
export type RefusalReason<C extends RefusalCode> = keyof (typeof REFUSAL_TEMPLATES)[C];

/** A template with its parameters filled in; a parameter the template names but lacks stays visible. */
export const fillTemplate = (template: string, params: MessageParams): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));

export const bpmnWarning = (code: BpmnWarningCode, params: MessageParams = {}): BpmnWarning => ({ code, params, message: fillTemplate(WARNING_TEMPLATES[code], params) });

export const refusalMessage = <C extends RefusalCode>(code: C, reason: RefusalReason<C>, params: MessageParams): string =>
  fillTemplate(REFUSAL_TEMPLATES[code][reason] as string, params);
