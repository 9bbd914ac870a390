/** Formatting for display, in the reader's own locale. */

export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  // A day without a time ("2022-01-23", a dateline's) is that calendar day everywhere: parsed as UTC
  // midnight, it would show as the day before west of Greenwich.
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(dayOnly ? { timeZone: 'UTC' } : {}) }).format(new Date(time));
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** A size in bytes as people read it: kB below a megabyte, MB below a gigabyte, then GB. */
export function formatBytes(bytes: number, locale?: string): string {
  const [unit, size] = bytes < 1e6 ? ['kilobyte', bytes / 1e3] : bytes < 1e9 ? ['megabyte', bytes / 1e6] : ['gigabyte', bytes / 1e9];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(size);
}
