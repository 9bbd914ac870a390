/// <reference types="chrome" />
/**
 * Debian's Chromium with the built extension, driven by playwright-core. Headless by default; headed
 * (for real key events under Xvfb) when asked. The flags keep Chromium off the closed network.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_CHROME } from './paths';

export const CHROMIUM_PATH = process.env['LECTERN_CHROMIUM'] ?? '/usr/bin/chromium';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  profileDir?: string;
  env?: NodeJS.ProcessEnv;
  /** The browser's interface language (Debian's chromium-l10n provides it), e.g. 'fr'. */
  locale?: string;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'lectern-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ...(options.env || options.locale ? { env: { ...(options.env ?? process.env), ...(options.locale ? { LANGUAGE: options.locale } : {}) } as Record<string, string> } : {}),
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${DIST_CHROME}`,
      `--load-extension=${DIST_CHROME}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, profileDir, close: () => context.close() };
}

/** The tab id of the active tab, as the extension sees it. */
export async function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** Clicks Lectern's toolbar button for real: the action's own onClicked listener runs with this tab. */
export async function clickToolbarButton(session: ChromiumSession, page: Page): Promise<void> {
  await page.bringToFront();
  await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    (chrome.action.onClicked as unknown as { dispatch(tab: chrome.tabs.Tab): void }).dispatch(tab!);
  });
}

export async function badgeText(session: ChromiumSession, page: Page): Promise<string> {
  await page.bringToFront();
  const tabId = await activeTabId(session.worker);
  return session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
