import type { DomainEvent, Role } from '../shared';

/** What a principal can be told about (the kinds of GET /me/tasks that reach people). */
export const NOTIFICATION_KINDS = ['review', 'decision', 'own-proposal', 'mention', 'process-review'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The principal chose what it is told and how. `roles` are the roles its token carried when it
 * chose: roles live in tokens, not in events, so this is how the notifier knows that this
 * principal reviews for an organisation (they are renewed each time it sets its preferences).
 */
export type NotificationPreferencesSet = DomainEvent<
  'NotificationPreferencesSet',
  { principal: string; kinds: NotificationKind[]; email: boolean; language: Language; roles: Role[] }
>;

/** Where e-mail to a principal goes; registered by an admin or by the principal itself. */
export type EmailAddressRegistered = DomainEvent<'EmailAddressRegistered', { principal: string; address: string; registeredBy: string }>;

export type RecipientEvent = NotificationPreferencesSet | EmailAddressRegistered;
