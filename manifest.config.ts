/**
 * The manifest source: one description, two builds. Chromium runs the background as a service worker;
 * Firefox (MV3) runs it as an event page from `background.scripts` and needs its gecko settings.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

/** Alt+Shift+Y: bound by default in Chromium 156 and Firefox ESR 153 (Alt+Shift+R is not, in Chromium). */
export const DEFAULT_SHORTCUT = 'Alt+Shift+Y';
export const GECKO_ID = 'lectern@lectern.example';

export function manifestFor(target: TargetBrowser) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: pkg.version,
    icons: { 16: 'assets/icons/icon-16.png', 32: 'assets/icons/icon-32.png', 48: 'assets/icons/icon-48.png', 128: 'assets/icons/icon-128.png' },
    action: {
      default_title: 'Lectern',
      default_icon: { 16: 'assets/icons/icon-16.png', 32: 'assets/icons/icon-32.png' },
    },
    background:
      target === 'chrome'
        ? { service_worker: 'src/entries/background.ts', type: 'module' }
        : { scripts: ['src/entries/background.ts'], type: 'module' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['src/entries/content.ts'], run_at: 'document_idle' }],
    options_ui: { page: 'src/entries/options.html', open_in_tab: true },
    // unlimitedStorage: a reading list of years outgrows the default quota (issue 5). activeTab and
    // scripting: a click starts the content script in a tab that has none yet (src/platform/content-reach.ts).
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting'],
    // Asked one site at a time, for a per-site rule, where a user has withdrawn Lectern's access (options page).
    optional_host_permissions: ['*://*/*'],
    commands: {
      'toggle-reader': {
        suggested_key: { default: DEFAULT_SHORTCUT },
        description: '__MSG_commandToggle__',
      },
    },
    web_accessible_resources: [
      // Only the reader page: the frame that covers the page. The list and options are never framed.
      { resources: ['src/entries/reader.html'], matches: ['<all_urls>'] },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { minimum_chrome_version: '120' }),
  } as Parameters<typeof defineManifest>[0]);
}
