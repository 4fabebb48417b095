export interface ProcessReviewState {
  /** null until a cycle is set. */
  cycle: { intervalMonths: number; owner: string } | null;
  /** The due days already notified (each once). */
  notified: string[];
}
