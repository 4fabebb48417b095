import { recipientDecider, recipientStream } from '@samsyn/domain';
import type { RecipientUseCases } from '@samsyn/application/recipients.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** PUT /principals/:id/email-address: where e-mail to a principal goes (an admin, or the principal itself). */
export const registerEmailAddress =
  ({ executor }: WriteSide): RecipientUseCases['registerEmailAddress'] =>
  (principal, input, options) =>
    executor.on(recipientDecider).write(recipientStream(principal), (_s, context) => ({ type: 'RegisterEmailAddress', data: { principal, address: input.address }, context }), options);
