/**
 * The day a review falls due: `months` calendar months after the day of the last review, clamped
 * to the month's last day (a review on 31 January, every month: due 28/29 February). UTC days.
 */
export const reviewDueOn = (lastReviewedAt: string, months: number): string => {
  const d = new Date(lastReviewedAt);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))).toISOString().slice(0, 10);
};
