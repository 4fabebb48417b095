export const processStream = (id: string): string => `process-${id}`;
