/**
 * A browser with the built extension and the test page server, shared by the tests of one describe
 * block; and the two browsers every end-to-end test runs in.
 */
import { afterAll, beforeAll } from 'vitest';
import type { ExtensionDriver } from './driver';
import { chromiumDriver } from './chromium-driver';
import { firefoxDriver } from './firefox-driver';
import { startServer, type PageServer } from './server';

export const BROWSERS = [
  ['Chromium', chromiumDriver],
  ['Firefox', firefoxDriver],
] as const;

export interface BrowserSession {
  driver: ExtensionDriver;
  server: PageServer;
}

/** Starts the server and the browser before the block's tests and closes both after; read its fields inside tests. */
export function useBrowserSession(makeDriver: () => Promise<ExtensionDriver>): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await startServer();
    session.driver = await makeDriver();
  });
  afterAll(async () => {
    await session.driver?.close();
    await session.server?.close();
  });
  return session;
}
