import type { ProcessDefinition } from './definition';
import { definition } from './process.fixtures';
import { levelReasons, requiredLevel } from './required-level';

const given = definition;
const whenChanged = (change: (d: ProcessDefinition) => void) => {
  const before = given();
  const after = given();
  change(after);
  return { reasons: levelReasons(before, after), level: requiredLevel(before, after) };
};

/** The reasons the proposal preview shows: every rule a change meets, the level the highest of them. */
describe('levelReasons', () => {
  it('given a definition, when nothing changes, then no reason and the object level', () => {
    expect(whenChanged(() => undefined)).toEqual({ reasons: [], level: 'object' });
  });

  it('when one performer\'s step is renamed, then one performer at the object level', () => {
    const { reasons, level } = whenChanged((d) => (d.steps.s1.name = 'Analysera'));
    expect(reasons).toEqual([{ level: 'object', code: 'performers', stakeholders: [given().steps.s1.performer] }]);
    expect(level).toBe('object');
  });

  it('when a step changes performer, then both performers at the administration level', () => {
    const other = Object.values(given().steps).find((s) => s.performer !== given().steps.s1.performer)!.performer;
    const { reasons, level } = whenChanged((d) => (d.steps.s1.performer = other));
    expect(reasons).toEqual([{ level: 'administration', code: 'performers', stakeholders: [given().steps.s1.performer, other].sort() }]);
    expect(level).toBe('administration');
  });

  it('when the purpose and a step\'s terms change, then both reasons and the portfolio level', () => {
    const { reasons, level } = whenChanged((d) => {
      d.purpose = 'Ett nytt syfte.';
      d.steps.s1.terms = [...(d.steps.s1.terms ?? []), 'ny-term'];
    });
    expect(reasons.map((r) => r.code)).toEqual(['terms', 'purpose', 'performers']);
    expect(reasons[0]).toEqual({ level: 'portfolio', code: 'terms', steps: ['s1'] });
    expect(level).toBe('portfolio');
  });

  it('when a participant joins, then the participants reason names it', () => {
    const { reasons } = whenChanged((d) => d.participants.push('ny-org'));
    expect(reasons).toEqual([{ level: 'portfolio', code: 'participants', added: ['ny-org'], removed: [] }]);
  });
});
