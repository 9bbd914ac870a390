import { describe, expect, it } from 'vitest';
import { parse } from '../support/dom';
import { classOf, collapseSpace, hasClass, spaceToCollapse } from '../../src/engine/dom';

describe('collapseSpace', () => {
  it('makes every run of white space one space, and trims', () => {
    expect(collapseSpace('  The  talks\n\n\tresumed \u00a0 on Monday.  ')).toBe('The talks resumed on Monday.');
    expect(collapseSpace('one\ttab, one\nbreak, one\u00a0no-break, one\u200bzero-width')).toBe('one tab, one break, one no-break, one zero-width');
    expect(collapseSpace('全角\u3000空白と\u2009細い空白\u202fと\ufeffBOM')).toBe('全角 空白と 細い空白 と BOM');
  });

  it('leaves single spaces and text without white space as they are', () => {
    expect(collapseSpace('a b c')).toBe('a b c');
    expect(collapseSpace('word')).toBe('word');
    expect(collapseSpace('')).toBe('');
    expect(collapseSpace(' \n ')).toBe('');
  });

  it('answers as the plain pattern (every run of \\s, U+00A0 or U+200B) on every white-space character', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (!/[\s\u00a0\u200b]/.test(char)) continue;
      for (const text of [`a${char}b`, `a ${char}b`, `a${char}${char}b`, `${char}a`]) {
        expect(collapseSpace(text), code.toString(16)).toBe(text.replace(/[\s\u00a0\u200b]+/g, ' ').trim());
      }
    }
  });
});

describe('spaceToCollapse', () => {
  it('finds exactly what a replacement of every run of \\s (and the extra characters) would change', () => {
    const runs = spaceToCollapse();
    const withZeroWidth = spaceToCollapse('\\u200b');
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const text = `a${char}b${char}${char}c ${char}d`;
      expect(text.replace(runs, ' '), code.toString(16)).toBe(text.replace(/\s+/g, ' '));
      expect(text.replace(withZeroWidth, ' '), code.toString(16)).toBe(text.replace(/[\s\u200b]+/g, ' '));
    }
  });
});

describe('hasClass', () => {
  for (const dom of ['jsdom', 'linkedom'] as const) {
    it(`answers as classList.contains: a whole word of the class attribute (${dom})`, () => {
      const doc = parse(dom, '<p class="nav  meta-nav\tx"></p><p class="meta-navigation"></p><p class="a\u00a0meta-nav"></p><p></p>', 'https://example.org/');
      const paragraphs = Array.from(doc.querySelectorAll('p'));
      for (const p of paragraphs) for (const name of ['meta-nav', 'x', 'nav', 'a']) expect(hasClass(p, name), `${p.outerHTML} ${name}`).toBe(p.classList.contains(name));
      expect(hasClass(paragraphs[0]!, 'meta-nav')).toBe(true);
      expect(hasClass(paragraphs[1]!, 'meta-nav')).toBe(false);
      expect(hasClass(paragraphs[3]!, 'meta-nav')).toBe(false);
    });
  }
});

describe('classOf', () => {
  for (const dom of ['jsdom', 'linkedom'] as const) {
    it(`gives what getAttribute('class') gives, or nothing (${dom})`, () => {
      const doc = parse(dom, '<p class="nav  meta-nav\tx nav"></p><p class=""></p><p></p><p class="Lead"></p>', 'https://example.org/');
      const paragraphs = Array.from(doc.querySelectorAll('p'));
      paragraphs[2]!.setAttribute('class', 'set  later');
      expect(paragraphs.map(classOf)).toEqual(paragraphs.map((p) => p.getAttribute('class') ?? ''));
      expect(classOf(paragraphs[3]!)).toBe('Lead');
      expect(classOf(paragraphs[1]!)).toBe('');
      expect(classOf(doc.createElement('p'))).toBe('');
    });
  }
});
