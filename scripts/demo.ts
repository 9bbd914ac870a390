/**
 * The main job (`npm start`, after the build): Chromium with Lectern loaded on the French sample article
 * served from 127.0.0.1, reader open. With a display it stays open until you close the window; without
 * one it runs headless, saves a screenshot of the open reader under out/ and prints its path.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clickToolbarButton, launchChromium } from '../test/support/chromium';
import { READER_PAGE, poll } from '../test/support/driver';
import { OUT, SEED_MISSING, hasSeed } from '../test/support/paths';
import { SEED_PATH, startServer } from '../test/support/server';

const headed = Boolean(process.env['DISPLAY']);
const path = hasSeed ? SEED_PATH : '/pages/article-en.html';
if (!hasSeed) console.warn(`${SEED_MISSING}; showing test/pages/article-en.html instead`);

const server = await startServer();
const session = await launchChromium({ headless: !headed });
try {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  for (const other of session.context.pages()) if (other !== page) await other.close();
  await clickToolbarButton(session, page);
  const frame = await poll(async () => page.frames().find((f) => f.url().includes(READER_PAGE)), 'the reader');
  await frame.waitForSelector('.story .title, .notice.error');
  console.log(`Lectern reader open on ${server.url(path)}`);
  mkdirSync(OUT, { recursive: true });
  const screenshot = join(OUT, 'reader.png');
  await page.screenshot({ path: screenshot });
  console.log(`screenshot: ${screenshot}`);
  if (headed) {
    console.log('Close the browser window to stop.');
    await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  }
} finally {
  await session.close().catch(() => undefined);
  await server.close();
}
