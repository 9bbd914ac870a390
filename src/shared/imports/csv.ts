/** CSV files from other reading lists, read with Papa Parse: rows as objects keyed by the header's names. */
import Papa from 'papaparse';

export interface CsvTable {
  /** The header's names, as written. */
  columns: string[];
  rows: Record<string, string>[];
}

export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}

/** True when every name is among the header's (compared without case). */
export function hasColumns(table: CsvTable, names: readonly string[]): boolean {
  const present = new Set(table.columns.map((c) => c.trim().toLowerCase()));
  return names.every((name) => present.has(name.toLowerCase()));
}

/** A row's value by column name, without case; '' when the column is absent. */
export function cell(row: Record<string, string>, name: string): string {
  const key = Object.keys(row).find((k) => k.trim().toLowerCase() === name.toLowerCase());
  return key === undefined ? '' : (row[key] ?? '');
}
