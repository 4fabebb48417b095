export const stakeholderStream = (id: string): string => `stakeholder-${id}`;
