import { ErrorCodes, isAdmin, refuse, SYSTEM_PRINCIPAL, type CommandContext, type Decider } from '../shared';
import type {
  PauseWebhookSubscription,
  RegisterWebhookSubscription,
  RotateWebhookSecret,
  UpdateWebhookSubscription,
  WebhookSubscriptionCommand,
} from './webhook-subscription.commands';
import { WEBHOOK_PAUSE_REASONS, WEBHOOK_SUBSCRIPTION_EVENT_TYPES, type WebhookFailure, type WebhookFilter, type WebhookSubscriptionEvent } from './webhook-subscription.events';
import type { WebhookSubscriptionState } from './webhook-subscription.state';
import { normalWebhookFilter, sameWebhookFilter, webhookFilterProblem } from './webhook-filter';
import { normalWebhookUrl, webhookUrlProblem } from './webhook-url';

const MAX_TEXT = 500;

const invalid = (field: string, message: string): never => refuse(ErrorCodes.INVALID_INPUT, message, { field });

const requireAdmin = (context: CommandContext): void => {
  if (!isAdmin(context.principal)) refuse(ErrorCodes.NOT_ALLOWED, 'only an admin manages webhook subscriptions');
};

const requireLive = (state: WebhookSubscriptionState, id: string): void => {
  if (state.id === null || state.status === 'removed') refuse(ErrorCodes.NOT_FOUND, `webhook subscription ${id} does not exist`);
};

const urlOf = (url: unknown, allowPrivate: boolean): string => {
  const problem = webhookUrlProblem(url, allowPrivate);
  if (problem !== null) invalid('url', problem);
  return normalWebhookUrl(url as string);
};

const filterOf = (filter: unknown): WebhookFilter => {
  const problem = webhookFilterProblem(filter, WEBHOOK_SUBSCRIPTION_EVENT_TYPES);
  if (problem !== null) invalid('filter', problem);
  return normalWebhookFilter(filter as Partial<WebhookFilter>);
};

/** Optional text: absent, null or blank is null; else trimmed and bounded. */
const optionalText = (value: unknown, field: string): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > MAX_TEXT) return invalid(field, `${field} must be a string of at most ${MAX_TEXT} characters`);
  return value.trim() === '' ? null : value.trim();
};

const secretRefOf = (value: unknown): string => {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) return invalid('secretRef', 'secretRef must name the secret kept for this subscription');
  return value;
};

const failureOf = (f: unknown): WebhookFailure => {
  const x = f as Partial<WebhookFailure> | null;
  const ok =
    typeof x === 'object' && x !== null &&
    typeof x.position === 'string' && /^\d+$/.test(x.position) &&
    typeof x.eventType === 'string' &&
    Number.isInteger(x.attempts) && (x.attempts as number) > 0 &&
    typeof x.since === 'string' && !Number.isNaN(Date.parse(x.since)) &&
    typeof x.lastError === 'string';
  if (!ok) invalid('failure', 'failure must say which event failed, how often, since when and the last error');
  return { position: x!.position!, eventType: x!.eventType!, attempts: x!.attempts!, since: x!.since!, lastError: x!.lastError!.slice(0, MAX_TEXT) };
};

const register = ({ data, context }: RegisterWebhookSubscription, state: WebhookSubscriptionState): WebhookSubscriptionEvent[] => {
  requireAdmin(context);
  // Ids are for ever: a removed subscription's id stays taken, so its history is never mixed with another's.
  if (state.id !== null) refuse(ErrorCodes.ALREADY_EXISTS, `webhook subscription ${data.id} already exists`);
  const url = urlOf(data.url, data.allowPrivateAddresses === true);
  const filter = filterOf(data.filter);
  const description = optionalText(data.description, 'description');
  const secretRef = secretRefOf(data.secretRef);
  return [{ type: 'WebhookSubscriptionRegistered', data: { id: data.id, url, filter, description, secretRef, registeredBy: context.principal.id } }];
};

const update = ({ data, context }: UpdateWebhookSubscription, state: WebhookSubscriptionState): WebhookSubscriptionEvent[] => {
  requireAdmin(context);
  requireLive(state, data.id);
  if (data.url === undefined && data.filter === undefined && data.description === undefined) invalid('url', 'give url, filter or description to change');
  const url = data.url === undefined ? state.url : urlOf(data.url, data.allowPrivateAddresses === true);
  const filter = data.filter === undefined ? state.filter : filterOf(data.filter);
  const description = data.description === undefined ? state.description : optionalText(data.description, 'description');
  if (url === state.url && sameWebhookFilter(filter, state.filter) && description === state.description) return [];
  return [{ type: 'WebhookSubscriptionUpdated', data: { id: data.id, url, filter, description, updatedBy: context.principal.id } }];
};

const rotate = ({ data, context }: RotateWebhookSecret, state: WebhookSubscriptionState): WebhookSubscriptionEvent[] => {
  requireAdmin(context);
  requireLive(state, data.id);
  return [{ type: 'WebhookSecretRotated', data: { id: data.id, secretRef: secretRefOf(data.secretRef), rotatedBy: context.principal.id } }];
};

const pause = ({ data, context }: PauseWebhookSubscription, state: WebhookSubscriptionState): WebhookSubscriptionEvent[] => {
  if (!WEBHOOK_PAUSE_REASONS.includes(data.reason)) invalid('reason', `reason must be one of ${WEBHOOK_PAUSE_REASONS.join(', ')}`);
  // Only the dispatcher, acting as the system, says a subscription failed: no person can claim it.
  if (data.reason === 'failing' && context.principal.id !== SYSTEM_PRINCIPAL.id) refuse(ErrorCodes.NOT_ALLOWED, 'only the dispatcher pauses a failing subscription');
  if (data.reason === 'admin') requireAdmin(context);
  requireLive(state, data.id);
  const note = data.reason === 'admin' ? optionalText(data.note, 'note') : null;
  const failure = data.reason === 'failing' ? failureOf(data.failure) : null;
  if (state.status === 'paused') return [];
  return [{ type: 'WebhookSubscriptionPaused', data: { id: data.id, reason: data.reason, note, failure, pausedBy: context.principal.id } }];
};

export const webhookSubscriptionDecider: Decider<WebhookSubscriptionCommand, WebhookSubscriptionEvent, WebhookSubscriptionState> = {
  initialState: () => ({
    id: null,
    url: '',
    filter: { eventTypes: [], streamPrefixes: [] },
    description: null,
    secretRef: '',
    status: null,
    registeredBy: null,
    paused: null,
  }),

  decide(command, state) {
    if (typeof command.data.id !== 'string' || command.data.id.trim() === '') invalid('id', 'id must be a non-empty string');
    switch (command.type) {
      case 'RegisterWebhookSubscription':
        return register(command, state);
      case 'UpdateWebhookSubscription':
        return update(command, state);
      case 'RotateWebhookSecret':
        return rotate(command, state);
      case 'PauseWebhookSubscription':
        return pause(command, state);
      case 'ResumeWebhookSubscription':
        requireAdmin(command.context);
        requireLive(state, command.data.id);
        return state.status === 'paused' ? [{ type: 'WebhookSubscriptionResumed', data: { id: command.data.id, resumedBy: command.context.principal.id } }] : [];
      case 'RemoveWebhookSubscription':
        requireAdmin(command.context);
        requireLive(state, command.data.id);
        return [{ type: 'WebhookSubscriptionRemoved', data: { id: command.data.id, removedBy: command.context.principal.id } }];
      default: {
        const never: never = command;
        return never;
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'WebhookSubscriptionRegistered': {
        const { id, url, filter, description, secretRef, registeredBy } = event.data;
        return { ...state, id, url, filter, description, secretRef, registeredBy, status: 'active', paused: null };
      }
      case 'WebhookSubscriptionUpdated':
        return { ...state, url: event.data.url, filter: event.data.filter, description: event.data.description };
      case 'WebhookSecretRotated':
        return { ...state, secretRef: event.data.secretRef };
      case 'WebhookSubscriptionPaused': {
        const { reason, note, failure, pausedBy } = event.data;
        return { ...state, status: 'paused', paused: { reason, note, failure, pausedBy } };
      }
      case 'WebhookSubscriptionResumed':
        return { ...state, status: 'active', paused: null };
      case 'WebhookSubscriptionRemoved':
        return { ...state, status: 'removed', paused: null };
      default:
        return state;
    }
  },
};
