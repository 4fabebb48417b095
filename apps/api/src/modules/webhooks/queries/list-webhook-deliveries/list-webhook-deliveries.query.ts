import { Query } from '@nestjs/cqrs';

export class ListWebhookDeliveriesQuery extends Query<unknown> {
  constructor(
    readonly id: string,
    readonly limit: number,
    readonly before: bigint | undefined,
  ) {
    super();
  }
}
