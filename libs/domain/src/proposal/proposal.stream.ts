export const proposalStream = (id: string): string => `proposal-${id}`;
