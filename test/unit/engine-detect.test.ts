/**
 * detect reads the page's body only while what it reads could still turn the verdict (test/pages/detect):
 * evidence read late still decides where it counts, and is not read where the verdict is settled.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../../src/engine';
import { DOMS, parse } from '../support/dom';
import { OWN_PAGES } from '../support/paths';

const verdictOn = (dom: (typeof DOMS)[number], name: string, url: string) =>
  detect(parse(dom, readFileSync(join(OWN_PAGES, 'detect', `${name}.html`), 'utf8'), url), url);

for (const dom of DOMS) {
  describe(`detect reads what can turn its verdict (${dom})`, () => {
    it('counts the <article> elements of a list whose teasers read like paragraphs', () => {
      const verdict = verdictOn(dom, 'long-teasers-list', 'https://valley-ledger.example/environment/latest-stories');
      expect(verdict.reasons).toContain('+3 several long paragraphs');
      expect(verdict.reasons.join(' ')).toContain('5 <article> elements: a list of stories');
      expect(verdict.isArticle).toBe(false);
    });

    it('reads JSON-LD written in the body when the head and the text leave the page undecided', () => {
      const verdict = verdictOn(dom, 'json-ld-in-body', 'https://valley-ledger.example/news/2026/11/18/ferry-to-run-through-the-winter');
      expect(verdict.reasons).toContain('+2 JSON-LD describes an article');
      expect(verdict.isArticle).toBe(true);
    });

    it('reads no further once the head and the text settle the verdict (a rail of teasers is not counted)', () => {
      const verdict = verdictOn(dom, 'settled-article-with-teaser-rail', 'https://valley-ledger.example/environment/otters-return-to-the-upper-valley-after-forty-years-20850');
      expect(verdict.isArticle).toBe(true);
      expect(verdict.reasons).toContain('+3 several long paragraphs');
      expect(verdict.reasons.join(' ')).not.toContain('<article>');
    });
  });
}
