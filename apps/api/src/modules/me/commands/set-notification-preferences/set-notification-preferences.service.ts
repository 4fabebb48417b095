import { recipientDecider, recipientStream } from '@samsyn/domain';
import type { RecipientUseCases } from '@samsyn/application/recipients.port';
import type { WriteSide } from '@samsyn/application/write-side';

/** PUT /me/notification-preferences: what the principal is told, by e-mail or not, in which language. */
export const setNotificationPreferences =
  ({ executor }: WriteSide): RecipientUseCases['setNotificationPreferences'] =>
  (principal, input, options) =>
    executor.on(recipientDecider).write(recipientStream(principal), (_s, context) => ({
      type: 'SetNotificationPreferences',
      data: { principal, kinds: input.kinds, email: input.email, language: input.language },
      context,
    }), options);
