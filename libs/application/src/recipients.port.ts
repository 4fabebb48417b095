import type { Language, NotificationKind, RecipientState } from '@samsyn/domain';
import type { ExecutionOptions, ExecutionResult } from './execution';

/** What a principal is told and where (apps/api/src/modules/me). */
export interface RecipientUseCases {
  /** The principal's own choice of what it is told; only the principal itself. */
  setNotificationPreferences(principal: string, input: NotificationPreferencesInput, options: ExecutionOptions): Promise<ExecutionResult<RecipientState>>;
  /** Where e-mail to a principal goes: by an admin or the principal itself. */
  registerEmailAddress(principal: string, input: { address: string }, options: ExecutionOptions): Promise<ExecutionResult<RecipientState>>;
}

export interface NotificationPreferencesInput {
  kinds: NotificationKind[];
  email: boolean;
  language: Language;
}
