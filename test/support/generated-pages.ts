/** Pages too large to keep as files, generated for tests and the bench: the huge-page budget cases. */

const PARAGRAPH =
  'The committee met again on Thursday to discuss the proposal, and after a long debate, members agreed to publish the full report before the end of the month.';

/** About `nodes` nodes: a story of a few hundred paragraphs inside a page of endless link lists and widgets. */
export function wideHugePage(nodes = 100_000): string {
  const story = Array.from({ length: 300 }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join('\n');
  // Each widget item is 4 nodes (li, a, its text, the whitespace); enough of them to reach the total.
  const items = Math.max(0, Math.floor((nodes - 300 * 2) / 4));
  const widgets = Array.from({ length: items }, (_, i) => `<li><a href="/tag/t${i}">Tag ${i}</a></li>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><title>A huge page | Stress</title><meta property="og:type" content="article"></head>
<body><nav><ul>${widgets.slice(0, 2000)}</ul></nav><article><h1>A huge page</h1><div class="story">${story}</div></article>
<aside class="sidebar"><ul>${widgets}</ul></aside></body></html>`;
}

/** A story nested `depth` elements deep (hostile or machine-made markup). */
export function deepPage(depth = 5_000): string {
  const open = '<div>'.repeat(depth);
  const close = '</div>'.repeat(depth);
  const story = Array.from({ length: 8 }, () => `<p>${PARAGRAPH}</p>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><title>A deep page | Stress</title></head><body>${open}${story}${close}</body></html>`;
}
