/**
 * Issue 7, "nothing from a page runs" in every export: the hostile page (test/pages/hostile/xss-article.html)
 * in each format Lectern writes articles out in (FORMATS: new formats are covered as they are added).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/engine';
import { FORMATS, formatArticle } from '../../src/shared/article-format';
import { DOMS, parse } from '../support/dom';
import { OWN_PAGES } from '../support/paths';

const HTML = readFileSync(join(OWN_PAGES, 'hostile', 'xss-article.html'), 'utf8');
const URL = 'http://127.0.0.1:8000/pages/hostile/xss-article.html';
const HOSTILE_TITLE = `<img src=x onerror="window.__lecternPwned='og-title'"> Harbour council votes to rebuild the old sea wall`;

for (const dom of DOMS) {
  describe(`exports of a hostile page (${dom})`, () => {
    const result = extract(parse(dom, HTML, URL), URL);
    if (!result.ok) throw new Error(result.reason);
    const { article } = result;

    it('reads the story, and keeps the page title as the text it is', () => {
      expect(article.title).toBe(HOSTILE_TITLE);
      expect(article.textContent).toContain('Work is expected to begin in March');
      expect(article.contentHtml).not.toMatch(/<(script|iframe|object|embed|form|input|button|textarea|select|base|meta|link|style|svg|template|noscript|portal|video|audio|marquee|details)\b/i);
      expect(article.contentHtml).not.toMatch(/\son\w+=|\sstyle=|srcdoc|formaction|\sping=|xlink:href|javascript:|vbscript:|data:text|\/evil\//i);
    });

    for (const format of FORMATS) {
      it(`${format}: no script, handler, script URL or markup from the page that a viewer would run`, () => {
        const out = formatArticle(article, format);
        expect(out).toContain('Work is expected to begin in March');
        expect(out).not.toMatch(/javascript:\s*window|vbscript:|data:text|srcdoc|\/evil\//i);
        if (format === 'markdown') {
          // Markdown renderers pass HTML through: no tag may survive, only <https://…> autolinks.
          expect(out.match(/<(?!https?:\/\/)[a-z!/?]/gi) ?? []).toEqual([]);
          expect(out).toContain('&lt;img src=x onerror=');
        }
        if (format === 'json') expect(JSON.parse(out).title).toBe(HOSTILE_TITLE);
        if (format === 'text') expect(out.split('\n')[0]).toBe(HOSTILE_TITLE);
      });
    }
  });
}
