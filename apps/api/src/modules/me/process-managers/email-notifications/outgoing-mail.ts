import type { NotificationKind } from '@samsyn/domain/recipient/recipient.events';
import type { ProjectedEvent } from '@samsyn/projections/projection';
import type { MailTemplate } from './mail-templates';
import type { Recipient } from './notification-directory';

export interface OutgoingMail {
  /** Stable per fact and recipient: a resend after a restart carries the same Message-ID. */
  id: string;
  to: string;
  recipient: Recipient;
  mail: MailTemplate;
}

/** A mail of one event to one recipient: its id is stable, so a resend carries the same Message-ID. */
export const outgoing = (e: ProjectedEvent, r: Recipient & { address: string }, mail: MailTemplate): OutgoingMail => ({
  id: `${e.position}-${encodeURIComponent(r.principal)}`,
  to: r.address,
  recipient: r,
  mail,
});

/** The recipient chose this kind, e-mail on, and has an address. */
export const wants = (r: Recipient | undefined, kind: NotificationKind): r is Recipient & { address: string } =>
  !!r && r.email && r.kinds.includes(kind) && r.address !== null;
