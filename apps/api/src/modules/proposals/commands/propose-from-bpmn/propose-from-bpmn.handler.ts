import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SamsynCommands } from '@samsyn/application/application.port';
import { importInWorker } from '@samsyn/bpmn';
import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import { diffDefinitions, isEmptyDiff } from '@samsyn/domain/process/definition-diff';
import { definitionPatch } from '@samsyn/domain/process/definition-patch';
import { requiredLevel } from '@samsyn/domain/process/required-level';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { ApiError, notFound } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES, SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { bpmnRefusal } from '../../../processes/commands/import-bpmn/bpmn-import-errors';
import { knownStakeholders } from '../../../processes/commands/import-bpmn/import-bpmn.handler';
import { ProposeFromBpmnCommand } from './propose-from-bpmn.command';

@CommandHandler(ProposeFromBpmnCommand)
export class ProposeFromBpmnHandler implements ICommandHandler<ProposeFromBpmnCommand> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands,
  ) {}

  /**
   * Imports the diagram (in the worker, as POST /bpmn/definition), compares it with the head
   * revision and turns the difference into the patch that makes the head equal to it. The
   * proposal itself goes through the ordinary submit, so who may submit, validation and the
   * required level are exactly those of any proposal; the preview computes the level the same way.
   */
  async execute(c: ProposeFromBpmnCommand): Promise<unknown> {
    const process = (await this.queries.process(c.processId)) as { headRevision: number } | null;
    if (!process) throw notFound(`process ${c.processId}`);
    const head = (await this.queries.revision(c.processId, process.headRevision)) as { definition: ProcessDefinition } | null;
    if (!head) throw notFound(`revision ${process.headRevision} of process ${c.processId}`);
    const imported = await importInWorker(c.document, { stakeholders: await knownStakeholders(this.queries) }).catch((e: unknown) => {
      throw bpmnRefusal(e);
    });
    const diff = diffDefinitions(head.definition, imported.definition);
    const changes = definitionPatch(head.definition, imported.definition);
    const proposal = { baseRevision: process.headRevision, changes, requiredLevel: requiredLevel(head.definition, imported.definition), diff, warnings: imported.warnings, unmatched: imported.unmatched };
    if (c.preview) return proposal;
    if (isEmptyDiff(diff)) throw new ApiError(422, 'BPMN_NO_CHANGE', `the diagram describes revision ${process.headRevision} of process ${c.processId} as it is: there is nothing to propose`);
    if (!c.rationale?.trim()) throw new ApiError(400, 'VALIDATION_FAILED', 'rationale (the query parameter) is required to submit a proposal; ?preview=1 needs none');
    // The diagram's layout goes with the proposal, so the revision it becomes exports as drawn (docs/bpmn.md).
    return this.app.submitProposal(c.processId, { baseRevision: process.headRevision, changes, rationale: c.rationale, ...(imported.layout ? { layout: imported.layout } : {}) }, c.options);
  }
}
