import { DomainError, type Decider } from '../shared';

/**
 * Given/when/then specifications for deciders (after Emmett's DeciderSpecification):
 *
 *   spec.given([registered]).when(rename).then([renamed]);
 *   spec.given([]).when(rename).thenThrows('NOT_FOUND');
 */
export const DeciderSpecification = {
  for<C, E, S>(decider: Decider<C, E, S>) {
    return {
      given(events: E[]) {
        return {
          when(command: C) {
            const run = (): E[] => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
            return {
              then(expected: E[]): void {
                expect(run()).toEqual(expected);
              },
              /** Asserts on the events without pinning all of them. */
              thenEvents(assert: (events: E[]) => void): void {
                assert(run());
              },
              thenThrows(code: string, messagePart?: string): void {
                let caught: unknown;
                try {
                  run();
                } catch (e) {
                  caught = e;
                }
                expect(caught).toBeInstanceOf(DomainError);
                expect((caught as DomainError).code).toBe(code);
                if (messagePart) expect((caught as DomainError).message).toContain(messagePart);
              },
            };
          },
        };
      },
    };
  },
};
