/** Waits for something a process manager does in the background (a mail received, a delivery made). */
export const until = async (check: () => boolean, what: string, ms = 20_000): Promise<void> => {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};
