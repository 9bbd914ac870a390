/**
 * An article as text for people outside the reader: plain text or Markdown (the CLI now, exports later).
 * Markdown comes from turndown, given the already-sanitized contentHtml.
 */
import TurndownService from 'turndown';
import type { Article } from '../engine/types';

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

function headerLines(article: Article): string[] {
  return [
    article.siteName,
    [article.byline, article.publishedTime, `${article.readingMinutes} min read`].filter(Boolean).join(' · '),
    article.url,
  ].filter((line): line is string => !!line);
}

export function articleAsText(article: Article): string {
  return [article.title, ...headerLines(article), '', article.textContent, ''].join('\n');
}

/** HTML in Markdown is live in most renderers: text from the page ("<img onerror=…>" in a title) gets its < > & escaped too. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function articleAsMarkdown(article: Article): string {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  const escapeMarkdown = turndown.escape.bind(turndown);
  // Every text node of the content goes through this, and the title and header lines below.
  turndown.escape = (text: string) => escapeHtml(escapeMarkdown(text));
  const escape = (text: string) => turndown.escape(text);
  // <…> around the URL: a URL holding ")" cannot end the image early (URL serialization already encodes < > and spaces).
  const lead = article.leadImage ? `![](<${article.leadImage}>)\n\n` : '';
  return `# ${escape(article.title)}\n\n${headerLines(article).map((l) => `_${escape(l)}_`).join('  \n')}\n\n${lead}${turndown.turndown(article.contentHtml)}\n`;
}

export function formatArticle(article: Article, format: Format): string {
  switch (format) {
    case 'markdown': return articleAsMarkdown(article);
    case 'json': return `${JSON.stringify(article, null, 2)}\n`;
    default: return articleAsText(article);
  }
}
