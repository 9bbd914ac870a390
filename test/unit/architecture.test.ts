/**
 * The architecture, checked: engine, ui and shared code never touch browser extension APIs; only
 * src/platform imports webextension-polyfill. Entry points wire platform to ui.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../support/paths';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const BROWSER_API = [
  /from ['"]webextension-polyfill['"]/,
  /\bchrome\.(runtime|tabs|storage|action|commands|contextMenus|scripting|i18n|permissions)\b/,
  /\bbrowser\.(runtime|tabs|storage|action|commands|contextMenus|menus|scripting|i18n|permissions)\b/,
  /from ['"]\.\.\/platform\//,
];

describe('architecture', () => {
  for (const layer of ['engine', 'ui', 'shared']) {
    it(`src/${layer} uses no browser extension API`, () => {
      const offenders = sourceFiles(join(ROOT, 'src', layer)).filter((file) => {
        const code = readFileSync(file, 'utf8');
        return BROWSER_API.some((pattern) => pattern.test(code));
      });
      expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
    });
  }

  // Pure libraries the engine may use, bundled into dist/engine: no DOM or host APIs of their own.
  // entities: the HTML spec's character references (2,231 names), which linkedom's DOM cannot decode for us.
  const ENGINE_PACKAGES = ['entities/decode'];

  it('src/engine imports nothing outside itself but pure bundled libraries (it ships alone as dist/engine)', () => {
    for (const file of sourceFiles(join(ROOT, 'src', 'engine'))) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      for (const spec of imports) {
        if (!ENGINE_PACKAGES.includes(spec)) expect(spec, `${relative(ROOT, file)} imports ${spec}`).toMatch(/^\.\/[\w-]+$/);
      }
    }
  });

  it('the check itself catches a browser API import', () => {
    expect(BROWSER_API.some((p) => p.test("import browser from 'webextension-polyfill';"))).toBe(true);
    expect(BROWSER_API.some((p) => p.test('chrome.tabs.query({})'))).toBe(true);
  });
});
