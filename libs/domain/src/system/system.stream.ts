export const systemStream = (id: string): string => `system-${id}`;
