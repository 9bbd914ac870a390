/**
 * Debian's Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi.
 * The extension gets a fixed internal UUID so its pages have a known moz-extension:// origin, and
 * keeps its storage when the temporary add-on goes away with the browser (for restart tests).
 */
import type { LaunchOptions } from './chromium';
import puppeteer, { type Browser } from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_FIREFOX } from './paths';

export const FIREFOX_PATH = process.env['LECTERN_FIREFOX'] ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'lectern@lectern.example';
export const EXTENSION_UUID = '5b1e7c1a-2f0d-4f7e-9a51-1ec7e4c0a001';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  profileDir: string;
  close(): Promise<void>;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'lectern-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    env: options.env ?? process.env,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // A temporary add-on is uninstalled when the browser closes: keep its data, as an installed one would.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // The interface language: Debian's language packs are installed in the application's scope.
      ...(options.locale ? { 'intl.locale.requested': options.locale, 'extensions.enabledScopes': 15, 'extensions.autoDisableScopes': 0 } : {}),
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  return { browser, profileDir, close: () => browser.close() };
}

interface BidiContext {
  context: string;
  url: string;
  children: BidiContext[] | null;
}

/** Raw WebDriver BiDi: puppeteer does not follow extension frames' navigations, the protocol does. */
function bidi(session: FirefoxSession) {
  return (session.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
}

async function evaluateInContext(session: FirefoxSession, context: string, expression: string): Promise<unknown> {
  const { result } = await bidi(session).send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type !== 'success') throw new Error(`evaluation failed: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
  return result.result?.value;
}

/** The browser window's own document (chrome scope), reachable with --remote-allow-system-access. */
async function evaluateInBrowserChrome(session: FirefoxSession, expression: string): Promise<unknown> {
  const tree = await bidi(session).send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  return evaluateInContext(session, tree.result.contexts[0].context as string, expression);
}

/** Every top-level browsing context (tab) with its URL, as the protocol sees it now. */
export async function topLevelContexts(session: FirefoxSession): Promise<{ context: string; url: string }[]> {
  const tree = await bidi(session).send('browsingContext.getTree', { maxDepth: 0 });
  return (tree.result.contexts as BidiContext[]).map(({ context, url }) => ({ context, url }));
}

export async function activateContext(session: FirefoxSession, context: string): Promise<void> {
  await bidi(session).send('browsingContext.activate', { context });
}

export async function closeContext(session: FirefoxSession, context: string): Promise<void> {
  await bidi(session).send('browsingContext.close', { context });
}

/** The browsing context of a frame of `topUrl`'s tab whose URL contains `frameUrlPart`. */
export async function findFrameContext(session: FirefoxSession, topContext: string, frameUrlPart: string): Promise<string | null> {
  const tree = await bidi(session).send('browsingContext.getTree', { root: topContext });
  const top = (tree.result.contexts as BidiContext[])[0];
  const search = (contexts: BidiContext[]): string | null => {
    for (const c of contexts) {
      if (c.url.includes(frameUrlPart)) return c.context;
      const inner = search(c.children ?? []);
      if (inner) return inner;
    }
    return null;
  };
  return top ? search(top.children ?? []) : null;
}

/** Evaluates an expression (awaited) in a frame and returns its value through JSON. */
export async function evaluateInFrame<T>(session: FirefoxSession, context: string, expression: string): Promise<T> {
  const json = await evaluateInContext(session, context, `(async () => JSON.stringify(await (${expression})))()`);
  return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
}

/**
 * Renders the tab for print media, its frames included, as Firefox's developer tools do (the browsing
 * context's medium override), or for the screen again.
 */
export async function emulatePrint(session: FirefoxSession, context: string, print: boolean): Promise<void> {
  await activateContext(session, context);
  await evaluateInBrowserChrome(session, `(() => { gBrowser.selectedBrowser.browsingContext.mediumOverride = ${print ? "'print'" : "''"}; return true; })()`);
}

/** Widget ids Firefox derives from the add-on id: every non-alphanumeric character becomes '_'. */
const WIDGET_ID = GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

/**
 * Clicks Lectern's real toolbar button in the browser window: pins it to the toolbar (MV3 actions start
 * in the Extensions panel) and runs the button's command, as a mouse click does.
 */
export async function clickToolbarButton(session: FirefoxSession, context: string): Promise<void> {
  await activateContext(session, context);
  await evaluateInBrowserChrome(
    session,
    `(() => {
      CustomizableUI.addWidgetToArea('${WIDGET_ID}-browser-action', CustomizableUI.AREA_NAVBAR);
      document.getElementById('${WIDGET_ID}-BAP').doCommand();
      return true;
    })()`,
  );
}

/**
 * Right-clicks Lectern's toolbar button in the browser window and runs one of the extension's items
 * in the menu that opens (Firefox names them `<widget>-menuitem-_<menu item id>`).
 */
export async function clickToolbarMenuItem(session: FirefoxSession, context: string, menuItemId: string): Promise<void> {
  await activateContext(session, context);
  const found = await evaluateInBrowserChrome(
    session,
    `(async () => {
      CustomizableUI.addWidgetToArea('${WIDGET_ID}-browser-action', CustomizableUI.AREA_NAVBAR);
      const button = document.getElementById('${WIDGET_ID}-BAP');
      const menu = document.getElementById('toolbar-context-menu');
      const shown = new Promise((resolve) => menu.addEventListener('popupshown', resolve, { once: true }));
      const box = button.getBoundingClientRect();
      button.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, button: 2, clientX: box.x + 4, clientY: box.y + 4, view: window }));
      await shown;
      const item = [...menu.querySelectorAll('menuitem')].find((m) => m.id.endsWith('_' + ${JSON.stringify(menuItemId)}));
      if (item) item.doCommand();
      menu.hidePopup();
      return !!item;
    })()`,
  );
  if (!found) throw new Error(`no menu item ${menuItemId} in the toolbar button's menu`);
}
