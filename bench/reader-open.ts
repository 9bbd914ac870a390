/**
 * `npm run bench` (fourth part; alone: `npm run bench:open`, after `npm run build`): how fast the reader
 * shows the article after a toolbar click, in Chromium with the built extension, on the sample page (the
 * seed; our own article when ../shared is absent) served on 127.0.0.1. Each open: from the click (the
 * action's own onClicked, dispatched in the background; the wall clock just before it) to the story
 * painted in the reader frame: the frame's first largest-contentful-paint entry inside the story, on the
 * same wall clock (performance.timeOrigin + its render time). Also the time until the test process sees
 * the story's title in the frame's document, which adds the round trips to the frame (tens of ms). Median
 * and p90 of OPENS opens (21; LECTERN_OPENS=N for more), after WARM_UP ones. The target (issue 4): 100 ms. Writes bench/results/reader-open.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { clickToolbarButton, launchChromium } from '../test/support/chromium';
import { READER_PAGE, poll } from '../test/support/driver';
import { ROOT, hasSeed, SEED_MISSING } from '../test/support/paths';
import { SEED_PATH, startServer } from '../test/support/server';
import { percentile } from './metrics';

const OPENS = Number(process.env["LECTERN_OPENS"] ?? 21);
/** Opens not counted: the first ones also load the background, the reader's code and its font from disk. */
const WARM_UP = 3;
const TARGET_MS = 100;

if (!hasSeed) console.warn(`bench: ${SEED_MISSING}; timing test/pages/article-en.html instead`);
const path = hasSeed ? SEED_PATH : '/pages/article-en.html';
const server = await startServer();
const session = await launchChromium();
const page = await session.context.newPage();
await page.goto(server.url(path), { waitUntil: 'load' });

/** In the reader frame: the wall-clock time the story was first painted (its first largest-contentful-paint entry inside the story). */
const STORY_PAINTED = `new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntries().find((e) => e.element && e.element.closest('.story'));
    if (entry) { observer.disconnect(); resolve(performance.timeOrigin + (entry.renderTime || entry.startTime)); }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})`;
const readerFrame = () => page.frames().find((f) => f.url().includes(READER_PAGE));
const painted: number[] = [];
const seen: number[] = [];
for (let i = 0; i < WARM_UP + OPENS; i++) {
  await page.bringToFront();
  const clickedAt = Date.now();
  const t0 = performance.now();
  await clickToolbarButton(session, page);
  await poll(async () => !!readerFrame(), 'the reader frame', 10_000, 1);
  await readerFrame()!.waitForSelector('.story .title', { state: 'attached', timeout: 10_000 });
  const seenAfter = performance.now() - t0;
  const paintedAt = await readerFrame()!.evaluate<number>(STORY_PAINTED);
  if (i >= WARM_UP) {
    seen.push(seenAfter);
    painted.push(paintedAt - clickedAt);
  }
  await clickToolbarButton(session, page);
  await poll(async () => !readerFrame(), 'the reader to close', 10_000, 5);
  await new Promise((r) => setTimeout(r, 200));
}
await session.close();
await server.close();

const median = percentile(painted, 50);
const row = (name: string, times: number[]): string =>
  `| ${name} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 90).toFixed(0)} | ${Math.min(...times).toFixed(0)} | ${Math.max(...times).toFixed(0)} |`;
const report = `# Reader open time

${new Date().toISOString().slice(0, 10)} · ${session.context.browser()?.version() ?? 'Chromium'} headless, the built extension (dist/chrome) · ${hasSeed ? 'the seed page (../shared/seed)' : 'test/pages/article-en.html'} on 127.0.0.1.

From the toolbar click (the action's onClicked, dispatched in the background) to the story painted in the reader frame (its first largest-contentful-paint entry inside the story, on the wall clock), and to the story's title seen in the frame's document from the test process (which adds the round trips to the frame); ${OPENS} opens after ${WARM_UP} not counted. Target: the story painted within ${TARGET_MS} ms (median): ${median <= TARGET_MS ? 'met' : 'not met'}.

| click to | median ms | p90 ms | min ms | max ms |
|---|---|---|---|---|
${row('story painted', painted)}
${row('story seen by the test', seen)}
`;
process.stdout.write(report);
const out = join(ROOT, 'bench', 'results', 'reader-open.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, report);
console.error(`bench: wrote ${out}`);
