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

/** A story followed by one text node of `megabytes` MB (a log dump, a data blob pasted into a page). */
export function hugeTextNodePage(megabytes = 10): string {
  const story = Array.from({ length: 8 }, () => `<p>${PARAGRAPH}</p>`).join('');
  const blob = 'lorem ipsum dolor sit amet '.repeat(Math.ceil((megabytes * 1024 * 1024) / 27));
  return `<!DOCTYPE html><html lang="en"><head><title>A page with a huge text node | Stress</title><meta property="og:type" content="article"></head>
<body><article><h1>A page with a huge text node</h1>${story}</article><pre class="dump">${blob}</pre></body></html>`;
}

/** A story among `count` images (a gallery page gone wild), each a separate request to `imageUrl`. */
export function manyImagesPage(count = 5_000, imageUrl = '/gen/pixel.png'): string {
  const story = Array.from({ length: 8 }, () => `<p>${PARAGRAPH}</p>`).join('');
  const images = Array.from({ length: count }, (_, i) => `<img src="${imageUrl}?i=${i}" alt="Picture ${i}" width="40" height="40">`).join('');
  return `<!DOCTYPE html><html lang="en"><head><title>A page of 5,000 images | Stress</title><meta property="og:type" content="article"></head>
<body><article><h1>A page of many images</h1>${story}<div class="gallery">${images}</div></article></body></html>`;
}

/** An ordinary big news page of about `elements` elements: story, menus, teaser rails, footer. */
export function ordinaryPage(elements = 10_000): string {
  const story = Array.from({ length: 20 }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join('\n');
  const teasers = Math.max(0, Math.floor((elements - 60) / 5));
  const rail = Array.from({ length: teasers }, (_, i) => `<li><a href="/news/story-number-${i}-about-the-committee-${100000 + i}"><img src="data:," alt=""><span>Story ${i} about the committee</span></a></li>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><title>An ordinary big page | Stress</title><meta property="og:type" content="article"></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>
<main><article><h1>An ordinary big page</h1>${story}</article><aside class="rail"><ul>${rail}</ul></aside></main><footer><p>Footer</p></footer></body></html>`;
}
