/**
 * Lectern's own CSV export (list-exports.ts) read back: the list state of each article (its text is
 * fetched again, as for any list of links). The apostrophe the export puts before a cell a spreadsheet
 * would run as a formula is taken off.
 */
import { CSV_TAG_SEPARATOR, LIST_CSV_COLUMNS } from '../list-exports';
import { cell, hasColumns, type CsvTable } from './csv';
import { isoDate, readShare, rowItems, type ImportedItems } from './link-item';

export function isLecternCsv(table: CsvTable): boolean {
  return hasColumns(table, LIST_CSV_COLUMNS);
}

const cellText = (raw: string): string => (/^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw);

export function lecternCsvItems(table: CsvTable): ImportedItems {
  return rowItems(table, 'url', (row) => ({
    title: cellText(cell(row, 'title')),
    savedAt: isoDate(cell(row, 'saved')),
    state: cell(row, 'state').trim() === 'archived' ? 'archived' : 'unread',
    tags: cellText(cell(row, 'tags')).split(CSV_TAG_SEPARATOR),
    favourite: cell(row, 'favourite').trim() === 'true',
    highlights: [],
    progress: readShare(cell(row, 'progress')),
  }));
}
