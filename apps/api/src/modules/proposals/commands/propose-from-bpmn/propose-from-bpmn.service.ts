import { Inject, Injectable } from '@nestjs/common';
import type { ExecutionOptions } from '@samsyn/application/execution';
import type { ProposalUseCases, ProposalWrite } from '@samsyn/application/proposals/proposals.port';
import { importInWorker, type BpmnImport } from '@samsyn/bpmn';
import type { GovernanceLevel, PatchOperation } from '@samsyn/domain';
import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import { diffDefinitions, isEmptyDiff, type DefinitionDiff } from '@samsyn/domain/process/definition-diff';
import { definitionPatch } from '@samsyn/domain/process/definition-patch';
import { requiredLevel } from '@samsyn/domain/process/required-level';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { ApiError, notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { PROPOSAL_USE_CASES } from '../../proposals.di-tokens';
import { bpmnRefusal } from '../../../processes/commands/import-bpmn/bpmn-import-errors';
import { knownStakeholders } from '../../../processes/commands/import-bpmn/import-bpmn.handler';

/** A diagram as a change proposal against the head revision: submitted, or (preview) only shown. */
export interface ProposeFromBpmn {
  processId: string;
  document: Uint8Array;
  preview: boolean;
  rationale: string | undefined;
}

/** The diff a preview answers: the patch, its required level, and what the import noticed. */
export interface BpmnProposalPreview {
  baseRevision: number;
  changes: PatchOperation[];
  requiredLevel: GovernanceLevel;
  diff: DefinitionDiff;
  warnings: BpmnImport['warnings'];
  unmatched: BpmnImport['unmatched'];
}

@Injectable()
export class ProposeFromBpmnService {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(PROPOSAL_USE_CASES) private readonly proposals: ProposalUseCases,
  ) {}

  /**
   * Imports the diagram (in the worker, as POST /bpmn/definition), compares it with the head
   * revision and turns the difference into the patch that makes the head equal to it. The
   * proposal itself goes through the ordinary submit, so who may submit, validation and the
   * required level are exactly those of any proposal; the preview computes the level the same way.
   */
  async propose(c: ProposeFromBpmn, options: ExecutionOptions): Promise<BpmnProposalPreview | ProposalWrite> {
    const process = (await this.queries.process(c.processId)) as { headRevision: number } | null;
    if (!process) throw notFound(`process ${c.processId}`);
    const head = (await this.queries.revision(c.processId, process.headRevision)) as { definition: ProcessDefinition } | null;
    if (!head) throw notFound(`revision ${process.headRevision} of process ${c.processId}`);
    const imported = await importInWorker(c.document, { stakeholders: await knownStakeholders(this.queries) }).catch((e: unknown) => {
      throw bpmnRefusal(e);
    });
    const diff = diffDefinitions(head.definition, imported.definition);
    const changes = definitionPatch(head.definition, imported.definition);
    const proposal: BpmnProposalPreview = { baseRevision: process.headRevision, changes, requiredLevel: requiredLevel(head.definition, imported.definition), diff, warnings: imported.warnings, unmatched: imported.unmatched };
    if (c.preview) return proposal;
    if (isEmptyDiff(diff)) throw new ApiError(422, 'BPMN_NO_CHANGE', `the diagram describes revision ${process.headRevision} of process ${c.processId} as it is: there is nothing to propose`);
    if (!c.rationale?.trim()) throw new ApiError(400, 'VALIDATION_FAILED', 'rationale (the query parameter) is required to submit a proposal; ?preview=1 needs none');
    return this.proposals.submitProposal(c.processId, { baseRevision: process.headRevision, changes, rationale: c.rationale }, options);
  }
}
