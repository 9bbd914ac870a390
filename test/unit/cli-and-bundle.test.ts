/** What ships for Node: dist/engine/lectern-engine.js, and `npm run read` in a terminal. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { OWN_PAGES, ROOT, SEED_DIR, hasSeed } from '../support/paths';
import { startServer, SEED_PATH } from '../support/server';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const READ = join(ROOT, 'scripts', 'read.ts');
const BUNDLE = join(ROOT, 'dist', 'engine', 'lectern-engine.js');

describe('dist/engine/lectern-engine.js', () => {
  it('is one ES module exporting detect and extract that work under linkedom', async () => {
    expect(existsSync(BUNDLE), 'build it first: npm run build').toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'engine', 'lectern-engine.d.ts'))).toBe(true);
    const engine = (await import(pathToFileURL(BUNDLE).href)) as typeof import('../../src/engine');
    const url = 'http://127.0.0.1/pages/article-en.html';
    const { document } = parseHTML(readFileSync(join(OWN_PAGES, 'article-en.html'), 'utf8'));
    expect(engine.detect(document as unknown as Document, url).isArticle).toBe(true);
    const result = engine.extract(document as unknown as Document, url);
    expect(result.ok && result.article.title).toBe('How the river towns learned to live with floods');
  });
});

describe('npm run read', () => {
  it('prints the article as text, markdown and json from a file', async () => {
    const file = join(OWN_PAGES, 'article-en.html');
    const text = (await run(TSX, [READ, file])).stdout;
    expect(text.split('\n')[0]).toBe('How the river towns learned to live with floods');
    expect(text).toContain('When the water came for the third time');
    const markdown = (await run(TSX, [READ, file, '--format', 'markdown'])).stdout;
    expect(markdown).toMatch(/^# How the river towns/);
    expect(markdown).toContain('## What the engineers measured');
    expect(markdown).toContain('```\nstorage(t)');
    const json = JSON.parse((await run(TSX, [READ, file, '--format', 'json', '--url', 'https://valley-ledger.example/x'])).stdout);
    expect(json.url).toBe('https://valley-ledger.example/x');
    expect(json.leadImage).toBe('https://valley-ledger.example/images/floods/levee-wide.jpg');
  });

  it.skipIf(!hasSeed)('reads the seed page over http from 127.0.0.1', async () => {
    const server = await startServer();
    try {
      const text = (await run(TSX, [READ, server.url(SEED_PATH)])).stdout;
      const truth = JSON.parse(readFileSync(join(SEED_DIR, 'truth.json'), 'utf8'));
      expect(text).toContain(truth.articleText);
    } finally {
      await server.close();
    }
  });

  it('fails with the reason, and exit code 1, for a page with no story or a bad format', async () => {
    await expect(run(TSX, [READ, join(OWN_PAGES, 'section-front.html')])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no story'),
    });
    await expect(run(TSX, [READ, join(OWN_PAGES, 'article-en.html'), '--format', 'pdf'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Unknown format 'pdf'"),
    });
    await expect(run(TSX, [READ, '/nonexistent/page.html'])).rejects.toMatchObject({ code: 1 });
  });
});
