/**
 * `npm run read -- <file.html | http://127.0.0.1/… URL> [--url U] [--format text|markdown|json]`
 * Prints the article Lectern reads from a page. Exit code 1 with the reason when there is no story.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { extract } from '../src/engine';
import { FORMATS, formatArticle, type Format } from '../src/shared/article-format';

const USAGE = 'usage: npm run read -- <file.html | http(s) URL> [--url U] [--format text|markdown|json]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function load(source: string): Promise<{ html: string; url: string }> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source).catch((error: unknown) => fail(`Could not fetch ${source}: ${String(error)}`));
    if (!response.ok) fail(`Could not fetch ${source}: HTTP ${response.status}`);
    return { html: await response.text(), url: response.url || source };
  }
  const path = resolve(source);
  const html = await readFile(path, 'utf8').catch((error: unknown) => fail(`Could not read ${path}: ${String(error)}`));
  return { html, url: pathToFileURL(path).href };
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, format: { type: 'string', default: 'text' } } });
  } catch (error) {
    fail(`${String(error)}\n${USAGE}`);
  }
})();
const source = positionals[0] ?? fail(USAGE);
const format = values.format as Format;
if (!FORMATS.includes(format)) fail(`Unknown format '${values.format}'.\n${USAGE}`);

const page = await load(source);
const url = values.url ?? page.url;
const document = new JSDOM(page.html, { url }).window.document;
const result = extract(document, url);
if (!result.ok) fail(result.reason);
process.stdout.write(formatArticle(result.article, format));
