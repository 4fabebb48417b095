export const managementObjectStream = (id: string): string => `management-object-${id}`;
