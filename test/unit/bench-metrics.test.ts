/** The bench's measures do what issue 3 says, so the committed figures mean what they claim. */
import { describe, expect, it } from 'vitest';
import { scoreRelated } from '../../bench/related-metrics';
import { confusionOf, containsSnippet, dayOf, detectionScores, percentile, primaryLanguage, sameWords, scoreText, shingles, tokens } from '../../bench/metrics';

describe('bench metrics', () => {
  it('tokenizes on Unicode letters, digits and underscore', () => {
    expect(tokens('L’armée, 10 000 soldats_ok — 北朝鮮!')).toEqual(['L', 'armée', '10', '000', 'soldats_ok', '北朝鮮']);
  });

  it('makes 4-token shingles, or one shingle for a shorter text', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b').size).toBe(1);
    expect(shingles('').size).toBe(0);
  });

  it('scores the multiset overlap: exact, extra, missing, nothing', () => {
    expect(scoreText('one two three four five', 'one two three four five')).toEqual({ precision: 1, recall: 1 });
    const extra = scoreText('one two three four five six seven', 'one two three four five');
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(2 / 4);
    const missing = scoreText('one two three four', 'one two three four five six');
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBeCloseTo(1 / 3);
    expect(scoreText('', 'one two three four')).toEqual({ precision: 0, recall: 0 });
    expect(scoreText('a b c d a b c d', 'a b c d').precision).toBeCloseTo(1 / 5);
  });

  it('compares snippets, titles, dates and languages as documented', () => {
    expect(containsSnippet('a  b\n c', 'a b c')).toBe(true);
    expect(containsSnippet('A b', 'a b')).toBe(false);
    expect(sameWords('The Title!', 'the  title')).toBe(true);
    expect(dayOf('2024-11-01T17:42:10+01:00')).toBe('2024-11-01');
    expect(dayOf('March 3, 2020 12:00 UTC')).toBe('2020-03-03');
    expect(dayOf('garbage')).toBeNull();
    expect(primaryLanguage('fr-FR')).toBe('fr');
  });

  it('counts verdicts against labels, leaving unlabelled items out', () => {
    const items = [
      { label: true, said: true },
      { label: true, said: false },
      { label: false, said: true },
      { label: false, said: false },
      { label: false, said: false },
      { label: undefined, said: true },
    ];
    expect(confusionOf(items, (i) => i.label, (i) => i.said)).toEqual({ tp: 1, fp: 1, fn: 1, tn: 2 });
  });

  it('computes detection scores and percentiles', () => {
    expect(detectionScores({ tp: 8, fp: 2, fn: 2, tn: 5 })).toEqual({ precision: 0.8, recall: 0.8, f1: expect.closeTo(0.8) });
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
  });

  it('scores related reads: precision at 5, R-precision, recall, forbidden links, relevant first', () => {
    const labels = { url: 'https://x.example/a', relevant: ['r1', 'r2'], acceptable: ['a1'] };
    const score = scoreRelated(['r1', 'a1', 'f1', 'r2'], labels);
    expect(score.precisionAt5).toBeCloseTo(2 / 4);
    expect(score.rPrecision).toBeCloseTo(1 / 2);
    expect(score.recall).toBe(1);
    expect(score.forbidden).toEqual(['f1']);
    expect(score.relevantFirst).toBe(false);
    expect(scoreRelated(['r2', 'r1', 'a1'], labels)).toMatchObject({ rPrecision: 1, relevantFirst: true, forbidden: [] });
    expect(scoreRelated([], labels)).toMatchObject({ recall: 0, relevantFirst: true });
    expect(Number.isNaN(scoreRelated([], labels).precisionAt5)).toBe(true);
  });
});
