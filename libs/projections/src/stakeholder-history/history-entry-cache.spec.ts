import { HistoryEntryCache, type RenderEntries } from './history-entry-cache';
import type { StakeholderHistoryEntry } from './stakeholder-history-entry';

const entry = (stakeholder: string, position: string): StakeholderHistoryEntry =>
  Object.freeze({ position, at: '', actor: '', type: 'X', processId: null, proposalId: null, revision: null, what: stakeholder, why: null });

/** A renderer that counts what it was asked to render. */
const renderer = (stakeholder: string) => {
  const asked: string[][] = [];
  const render: RenderEntries = async (positions) => {
    asked.push([...positions]);
    return positions.map((p) => entry(stakeholder, p));
  };
  return { render, asked };
};

describe('HistoryEntryCache', () => {
  const list = ['1', '5', '9', '12', '40'];

  it('renders each position once and answers any prefix from what it keeps', async () => {
    const cache = new HistoryEntryCache(100);
    const { render, asked } = renderer('a');
    expect((await cache.entries('a', list, 2, render)).map((e) => e.position)).toEqual(['1', '5']);
    expect((await cache.entries('a', list, 1, render)).map((e) => e.position)).toEqual(['1']);
    expect((await cache.entries('a', list, 5, render)).map((e) => e.position)).toEqual(list);
    expect((await cache.entries('a', list, 4, render)).map((e) => e.position)).toEqual(list.slice(0, 4));
    expect(asked).toEqual([['1', '5'], ['9', '12', '40']]);
    expect(cache.size).toBe(5);
  });

  it('answers a new array each time: a caller cannot change what is kept', async () => {
    const cache = new HistoryEntryCache(100);
    const { render } = renderer('a');
    const first = await cache.entries('a', list, 3, render);
    first.pop();
    first.push(entry('a', 'forged'));
    expect(() => ((first[0] as { what: string }).what = 'forged')).toThrow(TypeError);
    expect((await cache.entries('a', list, 3, render)).map((e) => [e.position, e.what])).toEqual([['1', 'a'], ['5', 'a'], ['9', 'a']]);
  });

  it('a shorter list of the same history (a replayed state) is answered from the kept prefix', async () => {
    const cache = new HistoryEntryCache(100);
    const { render, asked } = renderer('a');
    await cache.entries('a', list, 5, render);
    expect((await cache.entries('a', list.slice(0, 2), 2, render)).map((e) => e.position)).toEqual(['1', '5']);
    expect(asked).toHaveLength(1);
  });

  it('drops what it kept when the list is of another history', async () => {
    const cache = new HistoryEntryCache(100);
    const { render, asked } = renderer('a');
    await cache.entries('a', list, 3, render);
    const other = ['1', '6', '9'];
    expect((await cache.entries('a', other, 3, render)).map((e) => e.position)).toEqual(other);
    expect(asked).toEqual([['1', '5', '9'], other]);
    expect(cache.size).toBe(3);
  });

  it('keeps at most maxEntries: least recently read stakeholders go, a longer history keeps its first entries', async () => {
    const cache = new HistoryEntryCache(6);
    const a = renderer('a');
    const b = renderer('b');
    await cache.entries('a', list, 4, a.render);
    await cache.entries('b', list, 3, b.render);
    expect(cache.size).toBe(3);
    expect((await cache.entries('a', list, 4, a.render)).map((e) => e.what)).toEqual(['a', 'a', 'a', 'a']);
    expect(a.asked).toHaveLength(2);
    const long = ['1', '2', '3', '4', '5', '6', '7', '8'];
    const c = renderer('c');
    expect((await cache.entries('c', long, 8, c.render)).map((e) => e.position)).toEqual(long);
    expect(cache.size).toBe(6);
    expect((await cache.entries('c', long, 8, c.render)).map((e) => e.position)).toEqual(long);
    expect(c.asked).toEqual([long, ['7', '8']]);
    expect((await cache.entries('c', long, 5, c.render)).map((e) => e.position)).toEqual(long.slice(0, 5));
    expect(c.asked).toHaveLength(2);
  });

  it('concurrent reads of one stakeholder each get the right answer', async () => {
    const cache = new HistoryEntryCache(100);
    const { render } = renderer('a');
    const answers = await Promise.all([5, 2, 4, 5, 1].map((n) => cache.entries('a', list, n, render)));
    expect(answers.map((x) => x.map((e) => e.position))).toEqual([list, list.slice(0, 2), list.slice(0, 4), list, list.slice(0, 1)]);
    expect((await cache.entries('a', list, 5, render)).map((e) => e.position)).toEqual(list);
  });

  it('0 keeps nothing and renders every read', async () => {
    const cache = new HistoryEntryCache(0);
    const { render, asked } = renderer('a');
    await cache.entries('a', list, 2, render);
    await cache.entries('a', list, 2, render);
    expect(asked).toEqual([['1', '5'], ['1', '5']]);
    expect(cache.size).toBe(0);
  });
});
