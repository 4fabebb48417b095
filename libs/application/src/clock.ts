/** Where the application and the API's process managers get `now` (an ISO-8601 instant): the
 * domain has no clock of its own, and tests give a clock they move. */
export interface Clock {
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };
