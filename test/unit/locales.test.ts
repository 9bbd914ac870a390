/** The interface's catalogues: French says everything English says, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths';
import { catalogueTranslator } from '../../src/ui/i18n';

type Catalogue = Record<string, { message: string }>;
const load = (lang: string): Catalogue => JSON.parse(readFileSync(join(ROOT, 'assets', 'static', '_locales', lang, 'messages.json'), 'utf8'));
const placeholders = (message: string): string[] => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('message catalogues', () => {
  const english = load('en');
  const french = load('fr');

  it('have the same keys, every message non-empty, with the same placeholders', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      expect(message.trim(), key).not.toBe('');
      expect(french[key]!.message.trim(), key).not.toBe('');
      expect(placeholders(french[key]!.message), key).toEqual(placeholders(message));
      expect(key, 'a key browsers accept').toMatch(/^[A-Za-z0-9_@]+$/);
    }
  });

  it('fill placeholders in order', () => {
    const t = catalogueTranslator(english);
    expect(t('widthEm', 40, 80)).toBe('40 em (about 80 characters)');
    expect(t('minRead', 3)).toBe('3 min read');
  });
});
