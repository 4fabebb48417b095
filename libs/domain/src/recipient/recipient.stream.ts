/** One stream per principal; the id is encoded so any principal id (an e-mail, a UPN) is a valid stream name. */
export const recipientStream = (principal: string): string => `recipient-${encodeURIComponent(principal)}`;
