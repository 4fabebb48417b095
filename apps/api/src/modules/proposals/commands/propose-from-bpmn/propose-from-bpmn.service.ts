import { Inject, Injectable } from '@nestjs/common';
import type { ExecutionOptions } from '@samsyn/application/execution';
import type { ProposalUseCases, ProposalWrite } from '@samsyn/application/proposals/proposals.port';
import { importInWorker } from '@samsyn/bpmn';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { ApiError } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { PROPOSAL_USE_CASES } from '../../proposals.di-tokens';
import { bpmnRefusal } from '../../../processes/commands/import-bpmn/bpmn-import-errors';
import { proposeFromBpmn, type BpmnProposalPreview, type ProposeFromBpmnPorts } from './propose-from-bpmn.use-case';

export type { BpmnProposalPreview } from './propose-from-bpmn.use-case';

/** A diagram as a change proposal against the head revision: submitted, or (preview) only shown. */
export interface ProposeFromBpmn {
  processId: string;
  document: Uint8Array;
  preview: boolean;
  rationale: string | undefined;
}

@Injectable()
export class ProposeFromBpmnService {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(PROPOSAL_USE_CASES) private readonly proposals: ProposalUseCases,
  ) {}

  /**
   * The use case proposeFromBpmn (propose-from-bpmn.use-case.ts, which `samsyn bpmn propose` runs
   * too), with the import in a worker thread (time and memory limits: no document can stall the
   * server) and the ordinary submit of the proposals' use cases.
   */
  async propose(c: ProposeFromBpmn, options: ExecutionOptions): Promise<BpmnProposalPreview | ProposalWrite> {
    if (!c.preview && !c.rationale?.trim()) throw new ApiError(400, 'VALIDATION_FAILED', 'rationale (the query parameter) is required to submit a proposal; ?preview=1 needs none');
    const ports: ProposeFromBpmnPorts<ProposalWrite> = {
      process: (id) => this.queries.process(id),
      revision: (id, n) => this.queries.revision(id, n),
      stakeholders: () => this.queries.stakeholders(),
      importBpmn: importInWorker,
      submit: (processId, input) => this.proposals.submitProposal(processId, input, options),
    };
    try {
      const { preview, written } = await proposeFromBpmn(ports, c.processId, c.document, c.preview ? { preview: true } : { preview: false, rationale: c.rationale! });
      return written ?? preview;
    } catch (e) {
      throw bpmnRefusal(e);
    }
  }
}
