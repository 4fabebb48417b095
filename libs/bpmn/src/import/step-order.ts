/**
 * Step order: walk from the steps the start events reach (then any step not yet reached, in
 * document order), depth first; a handover back to a step still on the walk is a loop and is
 * ignored. The rest is a partial order: each step comes after every step that hands over to it,
 * ties broken by when the walk first reached it. O((steps + handovers) · log steps).
 */
export const stepOrder = (ids: string[], roots: string[], edges: { from: string; to: string }[]): string[] => {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edges) if (e.from !== e.to && out.has(e.from) && out.has(e.to)) out.get(e.from)!.push(e.to);

  const discovered = new Map<string, number>();
  const onStack = new Set<string>();
  const kept: { from: string; to: string }[] = [];
  for (const root of [...roots, ...ids]) {
    if (discovered.has(root)) continue;
    discovered.set(root, discovered.size);
    onStack.add(root);
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const targets = out.get(top.id)!;
      if (top.next >= targets.length) {
        onStack.delete(top.id);
        stack.pop();
        continue;
      }
      const to = targets[top.next++];
      if (onStack.has(to)) continue; // a loop back
      kept.push({ from: top.id, to });
      if (!discovered.has(to)) {
        discovered.set(to, discovered.size);
        onStack.add(to);
        stack.push({ id: to, next: 0 });
      }
    }
  }

  const indegree = new Map<string, number>(ids.map((id) => [id, 0]));
  const forward = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of kept) {
    indegree.set(e.to, indegree.get(e.to)! + 1);
    forward.get(e.from)!.push(e.to);
  }
  const heap = new MinHeap((id: string) => discovered.get(id)!);
  for (const id of ids) if (indegree.get(id) === 0) heap.push(id);
  const ordered: string[] = [];
  while (heap.size > 0) {
    const id = heap.pop();
    ordered.push(id);
    for (const to of forward.get(id)!) {
      const left = indegree.get(to)! - 1;
      indegree.set(to, left);
      if (left === 0) heap.push(to);
    }
  }
  return ordered;
};

class MinHeap {
  private readonly items: string[] = [];

  constructor(private readonly rank: (id: string) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(id: string): void {
    const a = this.items;
    a.push(id);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.rank(a[parent]) <= this.rank(a[i])) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }

  pop(): string {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.rank(a[l]) < this.rank(a[m])) m = l;
        if (r < a.length && this.rank(a[r]) < this.rank(a[m])) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
