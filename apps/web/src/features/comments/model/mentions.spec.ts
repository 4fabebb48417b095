import { completeMention, mentionPrefix, suggestions } from './mentions';

describe('@mention autocomplete', () => {
  it('finds the @word being typed at the end, not an e-mail address', () => {
    expect(mentionPrefix('Hej @ri')).toBe('ri');
    expect(mentionPrefix('@')).toBe('');
    expect(mentionPrefix('mejla anna@kommun')).toBeNull();
    expect(mentionPrefix('Hej @rita ')).toBeNull();
  });
  it('completes the word with the id and a space', () => expect(completeMention('Hej @ri', 'rita')).toBe('Hej @rita '));
  it('suggests known ids by prefix, at most five', () => {
    expect(suggestions(['anna', 'adam', 'rita'], 'A')).toEqual(['anna', 'adam']);
    expect(suggestions(['anna'], 'anna')).toEqual([]);
    expect(suggestions(['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], 'a')).toHaveLength(5);
    expect(suggestions(['anna'], null)).toEqual([]);
  });
});
