/**
 * The background's way to the content script of a tab the user acted on (toolbar button, shortcut,
 * toolbar menu): when no content script answers, it starts one there and asks again. None answers
 * while the page is still loading (the declared script starts once it has loaded: the started one
 * waits for the same moment, so the click is kept rather than lost) and in tabs loaded before Lectern
 * was installed, updated or reloaded (browsers start declared scripts only in pages loaded after).
 * The user's gesture grants `activeTab`, which is what lets the background start it.
 */
import browser from 'webextension-polyfill';
import type { ContentProtocol, RequestOf, ResponseOf } from '../shared/messages';
import { sendToTab } from './messaging';

/** The content script's built file, as the manifest declares it (the build names it). */
function contentScriptFiles(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

export async function sendToContent<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
): Promise<ResponseOf<ContentProtocol, K>> {
  try {
    return await sendToTab(tabId, type, payload);
  } catch {
    // Browser pages, the web store and PDFs refuse the script: that rejection is the caller's answer.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: contentScriptFiles() });
    return sendToTab(tabId, type, payload);
  }
}
