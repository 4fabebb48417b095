import { bodyStream, governanceBodyDecider } from '@samsyn/domain';
import type { BodyUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /bodies: an admin establishes a governance body; its parent is read from its own stream. */
export const establishBody =
  ({ executor, states }: WriteSide): BodyUseCases['establishBody'] =>
  (input, options) =>
    executor.on(governanceBodyDecider).write(bodyStream(input.id), async (_s, context) => ({
      type: 'EstablishGovernanceBody',
      data: { id: input.id, name: input.name, level: input.level, parent: input.parent ?? null, members: input.members },
      refs: { parentBody: input.parent ? await states.body(input.parent) : undefined },
      context,
    }), options);
