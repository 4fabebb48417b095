import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { decisionKey, minutesDecider, minutesStream, parsePlanDecisionRef, type DecisionSource } from '@samsyn/domain';
import { MANAGEMENT_EXECUTOR, MANAGEMENT_STREAMS } from '../../management-tokens';
import type { ManagementStreams } from '../management-streams';
import { minutesResource } from '../resources';
import { runOnStream } from '../run-on-stream';
import type { RecordMinutesRequestDto } from './record-minutes.request.dto';
import { RecordMinutesCommand } from './record-minutes.command';

/** The use case: the body and every decision the minutes name read from their own streams (the
 * proposal's, the plan's), so the minutes carry each decision and its motivation as taken. */
@CommandHandler(RecordMinutesCommand)
export class RecordMinutesHandler implements ICommandHandler<RecordMinutesCommand> {
  constructor(
    @Inject(MANAGEMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(MANAGEMENT_STREAMS) private readonly streams: ManagementStreams,
  ) {}

  execute({ id, data, options }: RecordMinutesCommand): Promise<ExecutionResult> {
    return runOnStream(this.executor, minutesStream(id, data.meeting), minutesDecider, async (_state, context) => ({
      type: 'RecordMinutes' as const,
      data: { body: id, meeting: data.meeting, date: data.date, present: data.present, decisions: data.decisions.map((d) => ({ kind: d.kind, ref: d.ref })) },
      refs: { body: await this.streams.body(id), decisions: await this.decisionSources(data.decisions) },
      context,
    }), options, minutesResource);
  }

  private async decisionSources(refs: RecordMinutesRequestDto['decisions']): Promise<Record<string, DecisionSource[]>> {
    const out = Object.create(null) as Record<string, DecisionSource[]>;
    for (const { kind, ref } of refs) {
      if (kind === 'proposal') {
        const proposal = await this.streams.proposal(ref);
        out[decisionKey(kind, ref)] = proposal.decisions.map(({ body, outcome, motivation, decidedBy }) => ({ body, outcome, motivation, decidedBy }));
      } else if (kind === 'plan') {
        const key = parsePlanDecisionRef(ref);
        if (!key) continue;
        const plan = await this.streams.managementPlan(key.object, key.year);
        out[decisionKey(kind, ref)] = plan.decisions.filter((d) => d.revision === key.revision);
      }
    }
    return out;
  }
}
