import { describe, expect, it } from 'vitest';
import { isBoilerplateText, matchingAny } from '../../src/engine/clutter';

describe('matchingAny', () => {
  it('answers as the patterns one by one would, each keeping its own flags and anchor', () => {
    const patterns = [/^read also\b/i, /\bfollow us\b/i, /^Photo:/, /Ctrl-Enter$/, /^(czytaj) (też)(?![\p{L}\p{N}])/iu, /版权所有/];
    const anyOf = matchingAny(patterns);
    const texts = [
      'Read also: the floods', 'and then read also this', 'Please FOLLOW US on X', 'Photo: AFP', 'photo: AFP', 'A photo: AFP',
      'press Ctrl-Enter', 'press ctrl-enter', 'Czytaj też', 'Czytaj teżowo', '本站版权所有', 'A paragraph of the story itself.',
    ];
    for (const text of texts) expect(anyOf(text), text).toBe(patterns.some((pattern) => pattern.test(text)));
    // Flags stay with their pattern: a case-sensitive pattern joined with case-insensitive ones stays case-sensitive.
    expect(anyOf('photo: AFP')).toBe(false);
    // An anchored pattern matches at the start only, an unanchored one anywhere.
    expect(anyOf('and then read also this')).toBe(false);
    expect(anyOf('Please FOLLOW US on X')).toBe(true);
  });

  it('keeps patterns with backreferences and stateful patterns apart, answering as they do', () => {
    const stateful = /story/g;
    const anyOf = matchingAny([/^(\w+) \1$/, /^x$/, stateful]);
    expect(anyOf('bye bye')).toBe(true);
    expect(anyOf('bye hello')).toBe(false);
    expect(anyOf('x')).toBe(true);
    expect(anyOf('a story')).toBe(true);
  });

  it('serves the clutter texts: labels and calls are boilerplate, story sentences are not', () => {
    expect(isBoilerplateText('A LIRE AUSSI : Corée du Nord')).toBe(true);
    expect(isBoilerplateText('Follow us on Google News')).toBe(true);
    expect(isBoilerplateText('Читайте также')).toBe(true);
    expect(isBoilerplateText('免责声明：本文仅代表作者个人观点')).toBe(true);
    expect(isBoilerplateText('The minister said the talks would resume on Monday.')).toBe(false);
  });
});
