import type { BpmnImport, BpmnImportOptions, BpmnWarning, KnownStakeholder, UnmatchedParticipant } from '@samsyn/bpmn';
import type { PatchOperation, ProcessDefinition } from '@samsyn/domain/process/definition';
import type { DiagramLayout } from '@samsyn/domain/process/diagram-layout';
import { diffDefinitions, isEmptyDiff, type DefinitionDiff } from '@samsyn/domain/process/definition-diff';
import { definitionPatch } from '@samsyn/domain/process/definition-patch';
import { requiredLevel } from '@samsyn/domain/process/required-level';
import { refuse } from '@samsyn/domain/shared/domain-error';

/** The diagram describes the head revision as it is: nothing to propose (HTTP 422). */
export class BpmnNoChangeError extends Error {
  readonly code = 'BPMN_NO_CHANGE';

  constructor(processId: string, revision: number) {
    super(`the diagram describes revision ${revision} of process ${processId} as it is: there is nothing to propose`);
    this.name = 'BpmnNoChangeError';
  }
}

/** What the use case reads and writes through; the HTTP handler and the CLI each pass theirs. */
export interface ProposeFromBpmnPorts<Written> {
  process(id: string): Promise<{ headRevision: number } | null>;
  revision(id: string, n: number): Promise<{ definition: ProcessDefinition } | null>;
  stakeholders(): Promise<{ id: string; name: string; synonyms?: string[] }[]>;
  /** fromBpmnXml, or importInWorker where the caller must not be blocked (the HTTP server). */
  importBpmn(document: Uint8Array, options: BpmnImportOptions): Promise<BpmnImport>;
  /** The ordinary submission: who may submit, validation and level as for any proposal. */
  submit(processId: string, input: { baseRevision: number; changes: PatchOperation[]; rationale: string; layout?: DiagramLayout }): Promise<Written>;
}

/** The change a diagram proposes, as `?preview=1` answers it. */
export interface BpmnProposalPreview {
  baseRevision: number;
  changes: PatchOperation[];
  requiredLevel: ReturnType<typeof requiredLevel>;
  diff: DefinitionDiff;
  warnings: BpmnWarning[];
  unmatched: UnmatchedParticipant[];
}

export type ProposeFromBpmnRequest = { preview: true } | { preview: false; rationale: string };

/** The registered organisations pools and lanes are matched against (by id, name or a synonym). */
export const knownStakeholders = async (ports: Pick<ProposeFromBpmnPorts<unknown>, 'stakeholders'>): Promise<KnownStakeholder[]> =>
  (await ports.stakeholders()).map((s) => ({ id: s.id, name: s.name, ...(s.synonyms ? { synonyms: s.synonyms } : {}) }));

/**
 * A diagram as a change proposal against the head revision (docs/bpmn.md): imports the document,
 * compares it with the head and turns the difference into the patch that makes the head equal
 * to it. The preview writes nothing; the submission goes through the ordinary submit with the
 * diagram's layout, so the revision it becomes exports as drawn.
 */
export const proposeFromBpmn = async <Written>(
  ports: ProposeFromBpmnPorts<Written>,
  processId: string,
  document: Uint8Array,
  request: ProposeFromBpmnRequest,
): Promise<{ preview: BpmnProposalPreview; written?: Written }> => {
  const process = await ports.process(processId);
  if (!process) refuse('NOT_FOUND', `process ${processId} not found`);
  const head = await ports.revision(processId, process.headRevision);
  if (!head) refuse('NOT_FOUND', `revision ${process.headRevision} of process ${processId} not found`);
  const imported = await ports.importBpmn(document, { stakeholders: await knownStakeholders(ports) });
  const diff = diffDefinitions(head.definition, imported.definition);
  const changes = definitionPatch(head.definition, imported.definition);
  const preview: BpmnProposalPreview = {
    baseRevision: process.headRevision,
    changes,
    requiredLevel: requiredLevel(head.definition, imported.definition),
    diff,
    warnings: imported.warnings,
    unmatched: imported.unmatched,
  };
  if (request.preview) return { preview };
  if (isEmptyDiff(diff)) throw new BpmnNoChangeError(processId, process.headRevision);
  const written = await ports.submit(processId, { baseRevision: process.headRevision, changes, rationale: request.rationale, ...(imported.layout ? { layout: imported.layout } : {}) });
  return { preview, written };
};
