/**
 * Raindrop.io's CSV export: `id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite`.
 * Tags separated by commas; `created` in ISO 8601; `favorite` true → a favourite; a folder other than
 * Unsorted → a tag of its name (Raindrop has no read state: everything comes unread); each
 * "Highlight:" line of `highlights` → a highlight, with the "Note:" after it.
 */
import type { Highlight } from '../saved';
import { cell, hasColumns, type CsvTable } from './csv';
import { isoDate, rowItems, type ImportedItems } from './link-item';

export const RAINDROP_COLUMNS = ['title', 'url', 'folder', 'tags', 'created', 'favorite'] as const;

export function isRaindropCsv(table: CsvTable): boolean {
  return hasColumns(table, RAINDROP_COLUMNS);
}

function highlightsOf(raw: string): Highlight[] {
  const out: Highlight[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const highlight = /^\s*Highlight:\s*(.+)$/i.exec(line);
    const note = /^\s*Note:\s*(.+)$/i.exec(line);
    if (highlight) out.push({ text: highlight[1]!.trim(), note: null, createdAt: null });
    else if (note && out.length > 0) out[out.length - 1]!.note = note[1]!.trim();
  }
  return out;
}

export function raindropItems(table: CsvTable): ImportedItems {
  return rowItems(table, 'url', (row) => {
    const folder = cell(row, 'folder').trim();
    return {
      title: cell(row, 'title'),
      savedAt: isoDate(cell(row, 'created')),
      state: 'unread',
      tags: [...cell(row, 'tags').split(','), ...(folder && !/^unsorted$/i.test(folder) ? [folder] : [])],
      favourite: cell(row, 'favorite').trim().toLowerCase() === 'true',
      highlights: highlightsOf(cell(row, 'highlights')),
    };
  });
}
