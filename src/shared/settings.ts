/** Reader settings: defaults, allowed values and migrations from older stored shapes. Pure data. */
import { httpUrl } from '../engine/url';

export const THEMES = ['light', 'sepia', 'dark', 'contrast', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The themes the reader's theme key cycles through (auto is left to the options page). */
export const CYCLED_THEMES: readonly Theme[] = ['light', 'sepia', 'dark', 'contrast'];

export const FONT_FAMILIES = ['serif', 'sans', 'mono', 'dyslexic'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

/** Text sizes offered, in CSS pixels: small steps where reading sizes cluster, larger ones above. */
export const FONT_SIZES = [12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 24, 26, 28, 32, 36] as const;
/** Line heights, as multiples of the text size: tight for large text, loose for dyslexic readers. */
export const LINE_HEIGHTS = [1.3, 1.45, 1.6, 1.75, 1.9, 2.1] as const;
/** Content widths, in em of the text: about 55 to 110 characters a line, and no limit. 0 is "full width". */
export const CONTENT_WIDTHS = [28, 34, 40, 48, 56, 0] as const;
/** Space after each paragraph, in em. */
export const PARAGRAPH_SPACINGS = [0.5, 0.8, 1, 1.4, 1.8] as const;

/**
 * The most each per-site list keeps, in bytes of its JSON. storage.sync allows 8,192 bytes per item
 * (key and JSON value): two full lists and the rest of the settings (under 300 bytes) stay under it.
 * About 130 sites of ordinary length each.
 */
export const MAX_SITE_RULE_BYTES = 3_800;

export interface SiteRules {
  /** Hostnames whose articles open in the reader as soon as they load. */
  alwaysOpen: string[];
  /** Hostnames where Lectern does not run detection (no badge, no auto-open). */
  neverDetect: string[];
}

export const SETTINGS_VERSION = 2;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  theme: Theme;
  fontFamily: FontFamily;
  fontSize: number;
  lineHeight: number;
  /** In em; 0 for the full width of the window. */
  contentWidth: number;
  paragraphSpacing: number;
  /** Detect articles on every page (for the badge and per-site auto-open). */
  detection: boolean;
  /** Mark detected articles on the toolbar button. */
  showBadge: boolean;
  sites: SiteRules;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  theme: 'auto',
  fontFamily: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  contentWidth: 40,
  paragraphSpacing: 1,
  detection: true,
  showBadge: true,
  sites: { alwaysOpen: [], neverDetect: [] },
};

/** The key settings are stored under in storage.sync. */
export const SETTINGS_KEY = 'settings';

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The allowed step closest to a stored number (an older build's step, or a hand-edited file). */
function nearest(steps: readonly number[], value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return steps.reduce((best, step) => (Math.abs(step - value) < Math.abs(best - value) ? step : best));
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** A site as rules keep it: the lower-case hostname of a URL or of a bare host; null if it is neither. */
export function siteOf(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  // A bare host ("example.com") is read as a web address; anything with another scheme is refused.
  const url = httpUrl(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
  if (!url || !trimmed) return null;
  if (url.hostname === 'localhost') return 'localhost';
  return /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(url.hostname) && url.hostname.includes('.') ? url.hostname.replace(/\.$/, '') : null;
}

/** Bytes of a site's JSON, for the sync quota (one encoder for every site read, on every page load). */
const utf8 = new TextEncoder();

/** A stored list as hostnames, duplicates and junk dropped, cut at the sync quota's share (the first kept). */
function sites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  let bytes = 2; // the brackets
  for (const entry of value) {
    const site = typeof entry === 'string' ? siteOf(entry) : null;
    if (!site || out.has(site)) continue;
    bytes += utf8.encode(JSON.stringify(site)).length + 1;
    if (bytes > MAX_SITE_RULE_BYTES) break;
    out.add(site);
  }
  return [...out];
}

/** True when one more site still fits in a rule's list (the options page says so when it does not). */
export function siteFits(list: readonly string[], site: string): boolean {
  return sites([...list, site]).includes(site);
}

/** A site matches a rule for itself and for its subdomains (a rule for example.com covers www.example.com). */
export function siteMatches(hostname: string, rules: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return rules.some((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * Reads whatever is stored (nothing, version 1 `{ version, theme, fontSize }`, the current version, or
 * garbage) as current settings. Unknown or invalid fields fall back to their defaults; nothing throws.
 */
export function migrateSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return structuredClone(DEFAULT_SETTINGS);
  const raw = stored as Record<string, unknown>;
  const rawSites = (typeof raw['sites'] === 'object' && raw['sites'] !== null ? raw['sites'] : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    version: SETTINGS_VERSION,
    theme: oneOf(THEMES, raw['theme'], d.theme),
    fontFamily: oneOf(FONT_FAMILIES, raw['fontFamily'], d.fontFamily),
    fontSize: nearest(FONT_SIZES, raw['fontSize'], d.fontSize),
    lineHeight: nearest(LINE_HEIGHTS, raw['lineHeight'], d.lineHeight),
    contentWidth: nearest(CONTENT_WIDTHS, raw['contentWidth'], d.contentWidth),
    paragraphSpacing: nearest(PARAGRAPH_SPACINGS, raw['paragraphSpacing'], d.paragraphSpacing),
    detection: bool(raw['detection'], d.detection),
    showBadge: bool(raw['showBadge'], d.showBadge),
    sites: { alwaysOpen: sites(rawSites['alwaysOpen']), neverDetect: sites(rawSites['neverDetect']) },
  };
}

/** The next allowed step up or down from the current value (staying at the ends). */
export function step(steps: readonly number[], current: number, direction: 1 | -1): number {
  const index = steps.indexOf(nearest(steps, current, steps[0]!));
  return steps[Math.min(steps.length - 1, Math.max(0, index + direction))]!;
}

export function stepFontSize(current: number, direction: 1 | -1): number {
  return step(FONT_SIZES, current, direction);
}

export function nextTheme(current: Theme): Theme {
  const index = CYCLED_THEMES.indexOf(current);
  return CYCLED_THEMES[(index + 1) % CYCLED_THEMES.length]!;
}
