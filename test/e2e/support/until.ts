/** Waits for something a process manager does in the background (a mail received, a delivery made, a metric moved). */
export const until = async (check: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> => {
  for (const end = Date.now() + ms; !(await check()); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};
