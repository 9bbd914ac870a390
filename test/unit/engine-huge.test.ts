/**
 * Huge and deep pages: the engine finishes and finds the story (its time is measured in the bench,
 * not asserted here). Under linkedom, which parses these pages in well under a second.
 */
import { describe, expect, it } from 'vitest';
import { detect, extract } from '../../src/engine';
import { parse } from '../support/dom';
import { deepPage, hugeTextNodePage, manyImagesPage, wideHugePage } from '../support/generated-pages';

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

  it('reads the story beside a 10 MB text node, and leaves the dump out', () => {
    const doc = parse('linkedom', hugeTextNodePage(10), URL);
    const result = extract(doc, URL);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent.match(/The committee met again/g)).toHaveLength(8);
    expect(result.article.textContent.length).toBeLessThan(10_000);
  });

  it('reads the story among 5,000 images', () => {
    const doc = parse('linkedom', manyImagesPage(5_000), URL);
    const result = extract(doc, URL);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent.match(/The committee met again/g)).toHaveLength(8);
  });
});
