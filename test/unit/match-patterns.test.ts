import { describe, expect, it } from 'vitest';
import { originsCover, patternCovers } from '../../src/shared/match-patterns';

describe('granted host permissions covering a site', () => {
  it('reads match patterns as browsers list them', () => {
    expect(patternCovers('<all_urls>', 'example.com')).toBe(true);
    expect(patternCovers('*://*/*', 'example.com')).toBe(true);
    expect(patternCovers('*://*.example.com/*', 'news.example.com')).toBe(true);
    expect(patternCovers('*://*.example.com/*', 'example.com')).toBe(true);
    expect(patternCovers('*://*.example.com/*', 'badexample.com')).toBe(false);
    expect(patternCovers('https://example.com/*', 'example.com')).toBe(true);
    expect(patternCovers('*://127.0.0.1:8080/*', '127.0.0.1')).toBe(true);
    expect(patternCovers('file:///*', 'example.com')).toBe(false);
    expect(patternCovers('garbage', 'example.com')).toBe(false);
  });

  it('needs both http and https covered', () => {
    expect(originsCover(['<all_urls>'], 'a.example')).toBe(true);
    expect(originsCover(['*://a.example/*'], 'a.example')).toBe(true);
    expect(originsCover(['https://a.example/*'], 'a.example')).toBe(false);
    expect(originsCover(['https://a.example/*', 'http://*.a.example/*'], 'a.example')).toBe(true);
    expect(originsCover([], 'a.example')).toBe(false);
  });
});
