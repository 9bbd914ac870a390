/** Reader settings: defaults, allowed values and migrations from older stored shapes. Pure data. */

export const THEMES = ['light', 'sepia', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Text sizes offered, in CSS pixels: small steps where reading sizes cluster, larger ones above. */
export const FONT_SIZES = [14, 15, 16, 17, 18, 19, 20, 22, 24, 26, 28, 32] as const;

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  theme: Theme;
  fontSize: number;
}

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, theme: 'auto', fontSize: 19 };

/** The key settings are stored under in storage.sync. */
export const SETTINGS_KEY = 'settings';

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

function nearestFontSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.fontSize;
  return FONT_SIZES.reduce((best, size) => (Math.abs(size - value) < Math.abs(best - value) ? size : best));
}

/**
 * Reads whatever is stored (nothing, an older version, or garbage) as current settings.
 * Unknown or invalid fields fall back to their defaults; nothing throws.
 */
export function migrateSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_SETTINGS };
  const raw = stored as Record<string, unknown>;
  return {
    version: SETTINGS_VERSION,
    theme: isTheme(raw['theme']) ? raw['theme'] : DEFAULT_SETTINGS.theme,
    fontSize: nearestFontSize(raw['fontSize']),
  };
}

export function stepFontSize(current: number, direction: 1 | -1): number {
  const index = FONT_SIZES.indexOf(nearestFontSize(current) as (typeof FONT_SIZES)[number]);
  const next = Math.min(FONT_SIZES.length - 1, Math.max(0, index + direction));
  return FONT_SIZES[next]!;
}
