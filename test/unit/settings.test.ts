import { describe, expect, it } from 'vitest';
import {
  CONTENT_WIDTHS,
  DEFAULT_SETTINGS,
  FONT_SIZES,
  siteFits,
  SETTINGS_VERSION,
  migrateSettings,
  nextTheme,
  siteMatches,
  siteOf,
  stepFontSize,
} from '../../src/shared/settings';

describe('settings', () => {
  it('falls back to defaults for nothing, garbage and unknown values', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('dark')).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings({ theme: 'neon', fontSize: 'huge', fontFamily: 'comic', detection: 'yes', sites: 'all' })).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 1 ({ version, theme, fontSize }): its values kept, the new ones at their defaults', () => {
    expect(migrateSettings({ version: 1, theme: 'sepia', fontSize: 21 })).toEqual({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION, theme: 'sepia', fontSize: 20 });
    expect(migrateSettings({ version: 0, theme: 'dark', fontSize: 99 })).toMatchObject({ version: 2, theme: 'dark', fontSize: 36 });
  });

  it('keeps every valid current value and snaps numbers to the offered steps', () => {
    const stored = { version: 2, theme: 'contrast', fontFamily: 'dyslexic', fontSize: 24, lineHeight: 2.05, contentWidth: 1000, paragraphSpacing: 1.4, detection: false, showBadge: false, sites: { alwaysOpen: ['news.example.org'], neverDetect: ['https://Bank.Example.com/login'] } };
    expect(migrateSettings(stored)).toEqual({ ...stored, lineHeight: 2.1, contentWidth: 56, sites: { alwaysOpen: ['news.example.org'], neverDetect: ['bank.example.com'] } });
    expect(CONTENT_WIDTHS).toContain(0); // full width
  });

  it('treats __proto__ in stored data as data', () => {
    const stored = JSON.parse('{"__proto__": {"theme": "dark"}, "fontSize": 18, "sites": {"__proto__": ["x.example"], "alwaysOpen": ["__proto__", "a.example"]}}');
    expect(migrateSettings(stored)).toMatchObject({ theme: 'auto', fontSize: 18, sites: { alwaysOpen: ['a.example'], neverDetect: [] } });
    expect(({} as Record<string, unknown>)['theme']).toBeUndefined();
  });

  it('keeps site lists to hostnames, without duplicates, within the sync quota', () => {
    expect(siteOf('https://www.Example.com/path?q=1')).toBe('www.example.com');
    expect(siteOf('example.com')).toBe('example.com');
    expect(siteOf('localhost')).toBe('localhost');
    for (const bad of ['', 'javascript:alert(1)', 'file:///etc/passwd', 'not a host', '<img src=x>', 'ftp://example.com']) expect(siteOf(bad), bad).toBeNull();
    const many = Array.from({ length: 500 }, (_, i) => `site-number-${i}.example.com`);
    const migrated = migrateSettings({ sites: { alwaysOpen: [...many, ...many], neverDetect: many } });
    expect(migrated.sites.alwaysOpen).toEqual(many.slice(0, migrated.sites.alwaysOpen.length));
    expect(migrated.sites.alwaysOpen.length).toBeGreaterThan(100);
    expect(siteFits(migrated.sites.alwaysOpen, 'one-more.example.com')).toBe(false);
    expect(siteFits([], 'one-more.example.com')).toBe(true);
    const longest = Array.from({ length: 100 }, (_, i) => `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.site${i}.example`);
    for (const settings of [migrated, migrateSettings({ sites: { alwaysOpen: longest, neverDetect: longest } })]) {
      expect(new TextEncoder().encode('settings' + JSON.stringify(settings)).length).toBeLessThanOrEqual(8192);
    }
  });

  it('matches a site and its subdomains only', () => {
    expect(siteMatches('www.example.com', ['example.com'])).toBe(true);
    expect(siteMatches('example.com', ['example.com'])).toBe(true);
    expect(siteMatches('badexample.com', ['example.com'])).toBe(false);
    expect(siteMatches('example.com.evil.net', ['example.com'])).toBe(false);
  });

  it('offers at least 12 sizes and steps within them; the theme key cycles the fixed themes', () => {
    expect(FONT_SIZES.length).toBeGreaterThanOrEqual(12);
    expect(stepFontSize(19, 1)).toBe(20);
    expect(stepFontSize(12, -1)).toBe(12);
    expect(stepFontSize(36, 1)).toBe(36);
    expect([nextTheme('light'), nextTheme('sepia'), nextTheme('dark'), nextTheme('contrast'), nextTheme('auto')]).toEqual(['sepia', 'dark', 'contrast', 'light', 'light']);
  });
});
