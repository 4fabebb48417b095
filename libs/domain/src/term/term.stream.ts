export const termStream = (id: string): string => `term-${id}`;
