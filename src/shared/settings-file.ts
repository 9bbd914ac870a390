/**
 * Settings as a file: what "Export settings" writes and "Import settings" reads back. The file carries
 * its format and version; reading it goes through the same migrations as stored settings, so a file
 * from an older version imports, and anything else is refused with the reason, changing nothing.
 */
import { migrateSettings, SETTINGS_VERSION, type Settings } from './settings';

export const SETTINGS_FILE_FORMAT = 'lectern-settings';
/** Far above any real settings file (a few kilobytes): larger is not one, and is not read into memory. */
export const MAX_SETTINGS_FILE_BYTES = 256 * 1024;

export type SettingsFileProblem = 'importNotJson' | 'importTooLarge';

export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

export function settingsFileName(now = new Date()): string {
  return `lectern-settings-${now.toISOString().slice(0, 10)}.json`;
}

export function readSettingsFile(text: string): { ok: true; settings: Settings } | { ok: false; problem: SettingsFileProblem } {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, problem: 'importTooLarge' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'importNotJson' };
  }
  const file = parsed as { format?: unknown; settings?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.format !== SETTINGS_FILE_FORMAT || typeof file.settings !== 'object' || file.settings === null) {
    return { ok: false, problem: 'importNotJson' };
  }
  return { ok: true, settings: migrateSettings(file.settings) };
}
