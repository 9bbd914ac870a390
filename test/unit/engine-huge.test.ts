/**
 * Huge and deep pages: the engine finishes and finds the story (its time is measured in the bench,
 * not asserted here). Under linkedom, which parses these pages in well under a second.
 */
import { describe, expect, it } from 'vitest';
import { detect, extract } from '../../src/engine';
import { parse } from '../support/dom';
import { deepPage, wideHugePage } from '../support/generated-pages';

const URL = 'https://stress.example/news/a-huge-page-with-a-story-inside-1234567';

describe('huge pages', () => {
  it('reads the story out of a page of 100,000 nodes', () => {
    const doc = parse('linkedom', wideHugePage(100_000), URL);
    expect(detect(doc, URL).isArticle).toBe(true);
    const result = extract(doc, URL);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent).toContain('300. The committee met again');
    expect(result.article.textContent).not.toContain('Tag 1');
  });

  it('reads a story nested 5,000 elements deep without overflowing the stack', () => {
    const doc = parse('linkedom', deepPage(5_000), URL);
    const result = extract(doc, URL);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent.match(/The committee met again/g)).toHaveLength(8);
  });
});
