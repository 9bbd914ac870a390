/** Reads schema.org objects out of a page's JSON-LD blocks. Malformed blocks are skipped, never thrown. */

import type { Declarations } from './declarations';

export type JsonObject = Record<string, unknown>;

/** schema.org types that describe a single story; `CreativeWork` alone is too broad to count. */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'Report', 'ReportageNewsArticle', 'AnalysisNewsArticle',
  'OpinionNewsArticle', 'ReviewNewsArticle', 'BackgroundNewsArticle', 'LiveBlogPosting', 'ScholarlyArticle',
  'TechArticle', 'SocialMediaPosting', 'Review',
]);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** A block wrapped for XHTML, "<![CDATA[ … ]]>", the markers behind line or block comments too (Readability unwraps them as well). */
const CDATA_OPEN = /^\s*(\/\/|\/\*)?\s*<!\[CDATA\[(\s*\*\/)?/;
const CDATA_CLOSE = /(\/\/|\/\*)?\s*\]\]>(\s*\*\/)?\s*$/;
/** Raw tabs and line breaks inside strings, which JSON forbids and hand-made templates write: as spaces they say the same. */
const CONTROL_CHARS = /[\u0000-\u001f]+/g;

function parseBlock(block: string): unknown {
  const json = block.replace(CDATA_OPEN, '').replace(CDATA_CLOSE, '');
  try {
    return JSON.parse(json);
  } catch {
    return JSON.parse(json.replace(CONTROL_CHARS, ' '));
  }
}

/** Every object in every JSON-LD block, @graph members, main entities and nested arrays flattened. */
export function jsonLdObjects(declarations: Pick<Declarations, 'jsonLd'>): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    // Depth limit: JSON-LD nests a few levels; deeper is either hostile or irrelevant.
    if (depth > 6) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (isObject(value)) {
      out.push(value);
      if (Array.isArray(value['@graph'])) visit(value['@graph'], depth + 1);
      // A page declared as a WebPage whose mainEntity is the story (Nature's pages, many others).
      if (value['mainEntity'] !== undefined) visit(value['mainEntity'], depth + 1);
    }
  };
  for (const block of declarations.jsonLd) {
    try {
      visit(parseBlock(block), 0);
    } catch {
      // A broken block says nothing; other blocks and other metadata still count.
    }
  }
  return out;
}

/** The first object of one of `types` (ARTICLE_TYPES for the story; WEB_PAGE_TYPES, where Yoast's graph dates a post that declares no Article). */
export function findObjectOf(objects: JsonObject[], types: ReadonlySet<string>): JsonObject | null {
  return objects.find((o) => typesOf(o).some((t) => types.has(t))) ?? null;
}

export const WEB_PAGE_TYPES: ReadonlySet<string> = new Set(['WebPage']);

/** A string field, or the `name` / `url` / first item of an object or array field. */
export function jsonText(value: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => jsonText(v, key)).filter((v): v is string => !!v);
    return parts.length ? parts.join(', ') : null;
  }
  if (isObject(value)) return jsonText(value[key], key);
  return null;
}

/** The first value of an image field (a string, an ImageObject, or an array of either). */
export function jsonImage(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.length ? jsonImage(value[0]) : null;
  if (isObject(value)) return jsonText(value['url'], 'url') ?? jsonText(value['contentUrl'], 'url');
  return null;
}

export { typesOf };
