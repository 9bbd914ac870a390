/**
 * The built reader page (npm run build, which `npm test` runs first): one script and its styles in the
 * page, for both browsers (scripts/fold-reader-page.mjs). Its opening time depends on it; the browser
 * tests show the page works.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ROOT } from '../support/paths';

describe.each(['chrome', 'firefox'])('dist/%s reader page', (target) => {
  const dist = join(ROOT, 'dist', target);
  const htmlPath = join(dist, 'src', 'entries', 'reader.html');

  it('loads one script that imports nothing, and no stylesheet', () => {
    if (!existsSync(htmlPath)) throw new Error(`${htmlPath} is missing: run npm run build first`);
    const { document } = parseHTML(readFileSync(htmlPath, 'utf8'));
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('module');
    expect(document.querySelectorAll('link[rel="modulepreload"], link[rel="stylesheet"]')).toHaveLength(0);
    const styles = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('');
    expect(styles).toContain('.toolbar');
    expect(styles).toContain('--reader-font-size');

    const code = readFileSync(join(dist, scripts[0]!.getAttribute('src')!.replace(/^\//, '')), 'utf8');
    // Neither `import … from "./chunk.js"` nor `import("./chunk.js")`: everything it runs is in it.
    expect(code).not.toMatch(/\bimport\s*(?:[\w{}*$,\s]+from\s*)?["'`]\.{1,2}\//);
    expect(code).not.toMatch(/\bimport\(/);
  });
});
