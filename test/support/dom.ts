/** The two DOM implementations the engine must behave the same under, in Node. */
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';

export type DomName = 'jsdom' | 'linkedom';
export const DOMS: DomName[] = ['jsdom', 'linkedom'];

export function parse(dom: DomName, html: string, url: string): Document {
  if (dom === 'jsdom') return new JSDOM(html, { url }).window.document;
  return parseHTML(html).document as unknown as Document;
}
