import { termDecider, termStream } from '@samsyn/domain';
import type { TermUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /terms/:id/synonyms: a stakeholder's own word for a term (an admin, or a reviewer of that stakeholder). */
export const mapSynonym =
  ({ executor, states }: WriteSide): TermUseCases['mapSynonym'] =>
  (id, input, options) =>
    executor.on(termDecider).write(termStream(id), async (_s, context) => ({
      type: 'MapLocalSynonym',
      data: { id, stakeholder: input.stakeholder, label: input.label },
      refs: { stakeholder: await states.stakeholder(input.stakeholder) },
      context,
    }), options);
