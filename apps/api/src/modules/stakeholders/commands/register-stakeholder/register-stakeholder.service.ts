import { stakeholderDecider, stakeholderStream } from '@samsyn/domain';
import type { StakeholderUseCases } from '@samsyn/application/registers.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** POST /stakeholders: an admin registers a stakeholder under an id of its choice. */
export const registerStakeholder =
  ({ executor }: WriteSide): StakeholderUseCases['registerStakeholder'] =>
  (input, options) =>
    executor.on(stakeholderDecider).write(stakeholderStream(input.id), (_s, context) => ({
      type: 'RegisterStakeholder',
      data: { id: input.id, name: input.name, kind: input.kind },
      context,
    }), options);
