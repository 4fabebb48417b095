export const bodyStream = (id: string): string => `body-${id}`;
