/** The user's case: the French news page must read exactly as its truth.json says, under both DOMs. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect, extract } from '../../src/engine';
import { DOMS, parse } from '../support/dom';
import { SEED_DIR, SEED_MISSING, hasSeed, type SeedTruth } from '../support/paths';

const truth: SeedTruth | null = hasSeed ? JSON.parse(readFileSync(join(SEED_DIR, 'truth.json'), 'utf8')) : null;
const html = hasSeed ? readFileSync(join(SEED_DIR, 'source.html'), 'utf8') : '';

describe.skipIf(!hasSeed)('seed page: coree-du-nord-fr', () => {
  if (!hasSeed) console.warn(SEED_MISSING);
  for (const dom of DOMS) {
    describe(dom, () => {
      const read = () => {
        const result = extract(parse(dom, html, truth!.url), truth!.url);
        if (!result.ok) throw new Error(result.reason);
        return result.article;
      };

      it('is detected as an article', () => {
        expect(detect(parse(dom, html, truth!.url), truth!.url).isArticle).toBe(truth!.isArticle);
      });

      it('gives the metadata of the truth', () => {
        const article = read();
        expect(article.title).toBe(truth!.title);
        expect(article.byline).toBe(truth!.byline);
        expect(article.siteName).toBe(truth!.siteName);
        expect(article.publishedTime).toBe(truth!.publishedTime);
        expect(article.lang?.split('-')[0]).toBe(truth!.lang);
        expect(article.leadImage).toBe(truth!.leadImage);
      });

      it('gives exactly the story text: every paragraph and the subheading, once', () => {
        const article = read();
        expect(article.textContent).toBe(truth!.articleText);
        for (const heading of truth!.headings) expect(article.contentHtml).toContain(`<h2>${heading}</h2>`);
        expect(article.textContent.split(truth!.title).length - 1).toBe(0);
      });

      it('keeps every mustInclude and none of the mustExclude clutter', () => {
        const article = read();
        for (const snippet of truth!.mustInclude) expect(article.textContent).toContain(snippet);
        for (const snippet of truth!.mustExclude) expect(article.textContent).not.toContain(snippet);
        expect(article.textContent.match(/C’est un soutien/g)).toHaveLength(1);
        expect(article.textContent).not.toContain('CC’est');
      });

      it('offers the related reads of the truth, relevant ones first, the inline "A LIRE AUSSI" story on top', () => {
        const { related } = read();
        const { relevant, acceptable } = truth!.relatedReads;
        const urls = related.map((r) => r.url);
        expect(new Set(urls)).toEqual(new Set([...relevant, ...acceptable]));
        expect(urls.slice(0, relevant.length).sort()).toEqual([...relevant].sort());
        expect(urls[0]).toBe(relevant[0]);
        expect(related[0]!.source).toBe('inline');
      });
    });
  }
});
