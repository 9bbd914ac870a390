/**
 * Omnivore's export zip: `metadata_*.json` (lists of articles: url, title, author, labels, state,
 * readingProgress 0–100, savedAt, publishedAt, slug), `content/<slug>.html` (the article as Omnivore
 * kept it) and `highlights/<slug>.md` (each highlight a "> " quote, a note under it). State Archived →
 * archived. The content is read by Lectern's engine when it holds a story; otherwise the article comes
 * as a link, fetched later like the others.
 */
import type { SkippedArticle } from '../library-file';
import type { Highlight } from '../saved';
import { isoDate, linkItems, readShare, type LinkItem } from './link-item';

export interface OmnivoreItem extends LinkItem {
  /** The article's HTML from `content/`, when the export has it. */
  contentHtml: string | null;
}

/** Highlights as Omnivore writes them: "> quote" lines (a "[⤴️](link)" at the end), then the note, if any. */
export function omnivoreHighlights(markdown: string): Highlight[] {
  const out: Highlight[] = [];
  let quoting = false;
  for (const line of markdown.split(/\r?\n/)) {
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      const text = quote[1]!.replace(/\s*\[[^\]]*\]\([^)]*\)\s*$/, '').trim();
      if (quoting && out.length > 0) out[out.length - 1]!.text += `\n${text}`;
      else if (text) out.push({ text, note: null, createdAt: null });
      quoting = true;
      continue;
    }
    quoting = false;
    const note = line.trim();
    if (note && !note.startsWith('#') && out.length > 0 && out[out.length - 1]!.note === null) out[out.length - 1]!.note = note;
  }
  return out.filter((h) => h.text.trim());
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads the metadata lists; `file(name)` gives a file of the zip as text (content/…, highlights/…), or null. */
export function omnivoreItems(lists: unknown[], file: (name: string) => string | null): { items: OmnivoreItem[]; skipped: SkippedArticle[] } {
  const entries = lists.filter(Array.isArray).flat().map((entry): Record<string, unknown> => (typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {}));
  return linkItems<Record<string, unknown>, OmnivoreItem>(entries, (e) => text(e['url']), (e) => {
    // A slug names files: only a plain one is looked up (no "../").
    const slug = /^[\w.-]+$/.test(text(e['slug'])) && !text(e['slug']).includes('..') ? text(e['slug']) : null;
    const labels = Array.isArray(e['labels']) ? (e['labels'] as unknown[]).map((l) => (typeof l === 'object' && l !== null ? text((l as Record<string, unknown>)['name']) : text(l))) : [];
    return {
      title: text(e['title']),
      savedAt: isoDate(text(e['savedAt'])),
      state: /^archived$/i.test(text(e['state'])) ? 'archived' : 'unread',
      tags: labels,
      favourite: false,
      highlights: slug ? omnivoreHighlights(file(`highlights/${slug}.md`) ?? '') : [],
      progress: readShare(typeof e['readingProgress'] === 'number' ? e['readingProgress'] : text(e['readingProgress']), 100),
      contentHtml: slug ? file(`content/${slug}.html`) : null,
    };
  });
}
