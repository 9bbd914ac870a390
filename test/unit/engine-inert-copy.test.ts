/**
 * The story's inert copy (src/engine/inert-copy.ts): what it leaves out, what it keeps, and that the
 * page it copies from is untouched. Under both DOMs: jsdom takes the copy-into-a-new-document path a
 * browser takes, linkedom the clone.
 */
import { describe, expect, it } from 'vitest';
import { inertCopies } from '../../src/engine/inert-copy';
import { withTag } from '../../src/engine/dom';
import { DOMS, parse } from '../support/dom';

const URL = 'https://copy.example/news/story';
const isNoise = withTag('script', 'svg');

const STORY = `<!doctype html><html><body><article id="story" style="color: red">
  <p style="font-size: 20px" class="lead" data-src="a.jpg">First <b style="font-weight: 900">bold</b> words.</p>
  <script>window.touched = true;</script>
  <div style="display: none">Hidden by its style.</div>
  <p>Second <svg><path d="M0 0"/></svg>paragraph.</p>
  <math style="font-size: 2em"><mi>x</mi><mo>=</mo><mn>2</mn></math>
</article></body></html>`;

for (const dom of DOMS) {
  describe(`the story's inert copy (${dom})`, () => {
    it('keeps the text, the markup and the attributes, and leaves out what it is told to and the styles that do not hide', () => {
      const doc = parse(dom, STORY, URL);
      const story = doc.getElementById('story')!;
      const before = story.outerHTML;
      const [copy] = inertCopies(doc, [story], isNoise);
      expect(story.outerHTML).toBe(before);
      expect(copy!.querySelector('script, svg')).toBeNull();
      expect(copy!.textContent).toContain('Second paragraph.');
      const lead = copy!.querySelector('p.lead')!;
      expect(lead.getAttribute('data-src')).toBe('a.jpg');
      expect(lead.querySelector('b')!.textContent).toBe('bold');
      expect(copy!.querySelector('div')!.getAttribute('style')).toBe('display: none');
      expect(copy!.querySelector('math')!.namespaceURI).toBe(story.querySelector('math')!.namespaceURI);
      expect(copy!.querySelector('math mn')!.textContent).toBe('2');
      if (dom === 'jsdom') {
        // The path browsers take: a copy in a document of its own, without the styles jsdom would parse.
        expect(copy!.ownerDocument).not.toBe(doc);
        expect(copy!.hasAttribute('style')).toBe(false);
        expect(lead.hasAttribute('style')).toBe(false);
        expect(lead.querySelector('b')!.hasAttribute('style')).toBe(false);
      }
    });

    it('copies a styled element whose other attributes setAttribute would refuse', () => {
      const doc = parse(dom, '<!doctype html><body><div id="story"><p style="color: red" @click="go()" class="x">Words.</p></div></body>', URL);
      const [copy] = inertCopies(doc, [doc.getElementById('story')!], isNoise);
      expect(copy!.querySelector('p.x')!.textContent).toBe('Words.');
    });

    it('copies a styled element 5,000 elements deep without overflowing the stack', () => {
      const depth = 5_000;
      const html = `<!doctype html><body><div id="story">${'<div>'.repeat(depth)}<p style="color: red">Deep words.</p>${'</div>'.repeat(depth)}</div></body>`;
      const doc = parse(dom, html, URL);
      const [copy] = inertCopies(doc, [doc.getElementById('story')!], isNoise);
      expect(copy!.textContent).toBe('Deep words.');
    });
  });
}
