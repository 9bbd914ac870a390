/**
 * Pocket's exports: `pocket.zip` (its `part_*.csv` files, header `title,url,time_added,tags,status`, or
 * the older one with a `cursor` column; `time_added` in Unix seconds, tags split on `|`, status unread or
 * archive; highlights in `annotations/*.json`), a bare `part_*.csv`, and the older `ril_export.html`.
 */
import type { Highlight } from '../saved';
import { cell, hasColumns, type CsvTable } from './csv';
import { absoluteUrl } from '../../engine/url';
import { linkItems, rowItems, unixSeconds, type ImportedItems } from './link-item';

export const POCKET_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status'] as const;

export function isPocketCsv(table: CsvTable): boolean {
  return hasColumns(table, POCKET_COLUMNS);
}

/** Rows as items; `firstPosition` numbers rows across several part files. */
export function pocketCsvItems(table: CsvTable, highlights: Map<string, Highlight[]>, firstPosition = 1): ImportedItems {
  return rowItems(table, 'url', (row, url) => ({
    title: cell(row, 'title'),
    savedAt: unixSeconds(cell(row, 'time_added')),
    state: cell(row, 'status').trim().toLowerCase() === 'archive' ? 'archived' : 'unread',
    tags: cell(row, 'tags').split('|'),
    favourite: false,
    highlights: highlights.get(url) ?? [],
  }), firstPosition);
}

/** `annotations/*.json`: a list of articles, each with the passages highlighted in it. Anything else is ignored. */
export function pocketHighlights(files: unknown[]): Map<string, Highlight[]> {
  const byUrl = new Map<string, Highlight[]>();
  for (const file of files) {
    if (!Array.isArray(file)) continue;
    for (const entry of file as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const e = entry as Record<string, unknown>;
      const url = typeof e['url'] === 'string' ? absoluteUrl(e['url']) : null;
      if (!url || !Array.isArray(e['highlights'])) continue;
      const found = (e['highlights'] as unknown[]).flatMap((h): Highlight[] => {
        const quote = typeof h === 'object' && h !== null ? (h as Record<string, unknown>)['quote'] : null;
        if (typeof quote !== 'string' || !quote.trim()) return [];
        const created = unixSeconds((h as Record<string, unknown>)['created_at'] as number | string | undefined);
        return [{ text: quote, note: null, createdAt: created?.toISOString() ?? null }];
      });
      byUrl.set(url, [...(byUrl.get(url) ?? []), ...found]);
    }
  }
  return byUrl;
}

/** `ril_export.html`: `<h1>Unread</h1>` then `<h1>Read Archive</h1>`, each with a list of `<a href time_added tags>`. */
export function isPocketHtml(doc: Document): boolean {
  return [...doc.querySelectorAll('h1')].some((h) => /^(unread|read archive)$/i.test(h.textContent?.trim() ?? ''));
}

export function pocketHtmlItems(doc: Document): ImportedItems {
  return linkItems(doc.querySelectorAll('a'), (link) => link.getAttribute('href') ?? '', (link) => {
    // The section a link is in: the nearest <h1> before its list.
    let heading: Element | null = link.closest('ul') ?? link;
    while (heading && heading.tagName.toLowerCase() !== 'h1') heading = heading.previousElementSibling;
    return {
      title: link.textContent ?? '',
      savedAt: unixSeconds(link.getAttribute('time_added')),
      state: /archive/i.test(heading?.textContent ?? '') ? 'archived' : 'unread',
      tags: (link.getAttribute('tags') ?? '').split(','),
      favourite: false,
      highlights: [],
    };
  });
}
