/** Events in the store the read models have not applied yet (positions are 1-based and gapless in the embedded store). */
export const projectionLag = (head: bigint | null, projected: bigint | null): number => {
  if (head === null) return 0;
  const lag = head - (projected ?? 0n);
  return lag > 0n ? Number(lag) : 0;
};
