import { describe, expect, it } from 'vitest';
import { findLead } from '../../src/engine/lead';
import { parse } from '../support/dom';

const STORY = '<div class="story"><p>The story itself begins here, in its own container, after the header block above it.</p></div>';

/** The paragraph findLead picks on a page with `header` above the story, or null, under both DOMs. */
function leadOf(header: string): (string | null)[] {
  return (['jsdom', 'linkedom'] as const).map((dom) => {
    const doc = parse(dom, `<html><body><div class="head"><h1>The headline</h1>${header}</div>${STORY}</body></html>`, 'https://example.org/a');
    const story = doc.querySelector('.story')!;
    return findLead([story], null, doc.querySelector('h1'))?.textContent ?? null;
  });
}

describe('findLead', () => {
  it('takes the paragraph under the headline as the standfirst, alone in its block or not', () => {
    const dek = 'Older workers are often called slow to change. The evidence says otherwise.';
    expect(leadOf(`<p>${dek}</p>`)).toEqual([dek, dek]);
    expect(leadOf(`<div class="font-size-big"><p>${dek}</p></div>`)).toEqual([dek, dek]);
  });

  it("takes it past a row of tags, or after the headline's own block", () => {
    const dek = 'Older workers are often called slow to change and short of new ideas. The evidence says otherwise.';
    expect(leadOf(`<div class="tags"><a href="/t/work">Work</a></div><p>${dek}</p>`)).toEqual([dek, dek]);
    const page = (dom: 'jsdom' | 'linkedom') =>
      parse(dom, `<html><body><div class="head"><div class="cartouche"><h1>The headline</h1><div class="tags"><a href="/t/a">Work</a></div></div><div class="chapo"><p>${dek}</p></div></div>${STORY}</body></html>`, 'https://example.org/a');
    for (const dom of ['jsdom', 'linkedom'] as const) {
      const doc = page(dom);
      expect(findLead([doc.querySelector('.story')!], null, doc.querySelector('h1'))?.textContent).toBe(dek);
    }
  });

  it('leaves a line past the tags that is shorter than a standfirst (another headline, a subheading)', () => {
    expect(leadOf('<div class="tags"><a href="/t/work">Work</a></div><p>Actor is favourite to land the award at the Globes</p>')).toEqual([null, null]);
  });

  it('leaves the byline or the dateline that sits under a headline instead', () => {
    expect(leadOf('<p>Dodano: 3 stycznia 2012, Autor: Jakub Roszkowski, redakcja</p>')).toEqual([null, null]);
    expect(leadOf('<p>Associated Press, Updated: January 17, 2012 10:55 IST</p>')).toEqual([null, null]);
    expect(leadOf('<p>By Taylor Soper, technology reporter for the Seattle desk</p>')).toEqual([null, null]);
  });

  it('leaves a teaser the story opens with again', () => {
    const opening = 'The story itself begins here, in its own container, after the header block above it.';
    expect(leadOf(`<div class="teaser-detail"><p>${opening}</p></div>`)).toEqual([null, null]);
  });

  it('leaves a block that is not a paragraph, or one made of links', () => {
    expect(leadOf('<div class="tags"><a href="/a">Workplace</a> | <a href="/b">Careers and the long working life</a></div>')).toEqual([null, null]);
    expect(leadOf('<p><a href="/a">Read more about work</a> and <a href="/b">about older colleagues at work</a></p>')).toEqual([null, null]);
  });
});
