import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SIZES, migrateSettings, stepFontSize } from '../../src/shared/settings';

describe('settings', () => {
  it('falls back to defaults for nothing, garbage and unknown values', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('dark')).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings({ theme: 'neon', fontSize: 'huge' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and snaps a stored size to the nearest offered step', () => {
    expect(migrateSettings({ theme: 'sepia', fontSize: 21 })).toMatchObject({ theme: 'sepia', fontSize: 20 });
    expect(migrateSettings({ version: 0, theme: 'dark', fontSize: 99 })).toEqual({ version: 1, theme: 'dark', fontSize: 32 });
  });

  it('treats __proto__ in stored data as data', () => {
    const stored = JSON.parse('{"__proto__": {"theme": "dark"}, "fontSize": 18}');
    expect(migrateSettings(stored)).toEqual({ version: 1, theme: 'auto', fontSize: 18 });
    expect(({} as Record<string, unknown>)['theme']).toBeUndefined();
  });

  it('offers at least 12 sizes and steps within them', () => {
    expect(FONT_SIZES.length).toBeGreaterThanOrEqual(12);
    expect(stepFontSize(19, 1)).toBe(20);
    expect(stepFontSize(14, -1)).toBe(14);
    expect(stepFontSize(32, 1)).toBe(32);
  });
});
