/** The two DOM implementations the engine must behave the same under, in Node. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';

export type DomName = 'jsdom' | 'linkedom';
export const DOMS: DomName[] = ['jsdom', 'linkedom'];

export function parse(dom: DomName, html: string, url: string): Document {
  // A silent console of its own: jsdom's default one logs every CSS parse error and keeps it.
  if (dom === 'jsdom') return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  return parseHTML(html).document as unknown as Document;
}
