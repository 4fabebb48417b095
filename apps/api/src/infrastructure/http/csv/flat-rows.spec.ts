import { toFlatRows } from './flat-rows';

describe('toFlatRows (a table as flat JSON for BI tools, docs/reports.md)', () => {
  it('keeps exactly the columns, typed scalars and lists of scalars; nested values become JSON text, missing cells null', () => {
    const rows = toFlatRows({
      columns: ['id', 'index', 'done', 'participants', 'owner', 'missing', 'big'],
      rows: [{ id: 'LF-01', index: 0.75, done: true, participants: ['ksn', 'uh'], owner: { stakeholder: 'ksn' }, extra: 'dropped', big: 12n }],
    });
    expect(rows).toEqual([{ id: 'LF-01', index: 0.75, done: true, participants: ['ksn', 'uh'], owner: '{"stakeholder":"ksn"}', missing: null, big: '12' }]);
    expect(toFlatRows({ columns: ['events'], rows: [{ events: [{ a: 1 }] }] })).toEqual([{ events: '[{"a":1}]' }]);
  });
});
