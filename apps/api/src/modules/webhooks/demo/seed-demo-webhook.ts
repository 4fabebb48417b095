import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { Clock } from '@samsyn/application/clock';
import { CommandExecutor } from '@samsyn/application/command-executor';
import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import type { Principal } from '@samsyn/domain/shared/principal';
import type { EventStore } from '@samsyn/event-store';
import { PauseWebhookSubscriptionCommand } from '../commands/pause-webhook-subscription/pause-webhook-subscription.command';
import { PauseWebhookSubscriptionHandler } from '../commands/pause-webhook-subscription/pause-webhook-subscription.handler';
import { RegisterWebhookSubscriptionCommand } from '../commands/register-webhook-subscription/register-webhook-subscription.command';
import { RegisterWebhookSubscriptionHandler } from '../commands/register-webhook-subscription/register-webhook-subscription.handler';
import { openWebhookDatabase } from '../storage/webhook-database';
import { WebhookSecretStore } from '../storage/webhook-secret-store';
import { DEFAULT_WEBHOOK_SETTINGS } from '../webhook-settings';

export const DEMO_WEBHOOK_ID = 'e-arkivet';

/**
 * The demo's webhook subscription, through the same use cases as POST /webhooks and
 * POST /webhooks/:id/pause: the e-archive wants revisions, decisions and adoptions. It is paused
 * by the admin at once, with a note, because no receiver exists on a demo machine (the .example
 * domain never resolves): an admin points it at a real URL (PATCH) and resumes it.
 */
export async function seedDemoWebhook(store: EventStore, dataDir: string, clock: Clock): Promise<void> {
  const db = openWebhookDatabase(path.join(dataDir, 'webhooks.sqlite'));
  try {
    const executor = new CommandExecutor(store, clock, randomUUID);
    const admin = { principal: PEOPLE.admin as Principal, correlationId: 'demo-webhook' };
    await new RegisterWebhookSubscriptionHandler(executor, { secrets: new WebhookSecretStore(db) }, DEFAULT_WEBHOOK_SETTINGS, clock).execute(
      new RegisterWebhookSubscriptionCommand(
        {
          id: DEMO_WEBHOOK_ID,
          url: 'https://e-arkiv.uppsala.example/samsyn/webhook',
          filter: { eventTypes: ['ProcessRevised', 'ProposalDecided', 'AdoptionRecorded', 'DeviationRecorded'] },
          description: 'E-arkivet: nya revisioner, beslut och införanden',
        },
        admin,
      ),
    );
    await new PauseWebhookSubscriptionHandler(executor).execute(
      new PauseWebhookSubscriptionCommand(DEMO_WEBHOOK_ID, { reason: 'admin', note: 'Ingen mottagare i demon: ange e-arkivets adress och återuppta.' }, admin),
    );
  } finally {
    db.close();
  }
}
