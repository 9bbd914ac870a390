/**
 * Typed messaging over webextension-polyfill. The background acts only on messages from this
 * extension, and only on the kind of sender each message is meant for (see BACKGROUND_SENDERS).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import {
  BACKGROUND_SENDERS,
  isEnvelope,
  type BackgroundProtocol,
  type ContentProtocol,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from '../shared/messages';

export function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<ResponseOf<BackgroundProtocol, K>>;
}

export function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
): Promise<ResponseOf<ContentProtocol, K>> {
  // frameId 0: the reader belongs to the top document, never to an iframe of the page.
  return browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 }) as Promise<ResponseOf<ContentProtocol, K>>;
}

export function senderKind(sender: Runtime.MessageSender): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  const extensionOrigin = browser.runtime.getURL('');
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab && sender.tab.id !== undefined) return 'content-script';
  return null;
}

export type BackgroundHandlers = {
  [K in keyof BackgroundProtocol]: (
    payload: RequestOf<BackgroundProtocol, K>,
    sender: Runtime.MessageSender,
  ) => Promise<ResponseOf<BackgroundProtocol, K>> | ResponseOf<BackgroundProtocol, K>;
};

/** Registers the background's handlers. Call synchronously at the top level of the background script. */
export function handleBackgroundMessages(handlers: BackgroundHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message) || !(message.type in BACKGROUND_SENDERS)) return undefined;
    const type = message.type as keyof BackgroundProtocol;
    if (senderKind(sender) !== BACKGROUND_SENDERS[type]) {
      return Promise.reject(new Error(`Lectern: '${type}' is not accepted from this sender.`));
    }
    const handler = handlers[type] as (payload: unknown, sender: Runtime.MessageSender) => unknown;
    return Promise.resolve(handler(message.payload, sender));
  });
}

export type ContentHandlers = {
  [K in keyof ContentProtocol]: (payload: RequestOf<ContentProtocol, K>) => Promise<ResponseOf<ContentProtocol, K>> | ResponseOf<ContentProtocol, K>;
};

/** Registers the content script's handlers: only the background (no tab, this extension) is heard. */
export function handleContentMessages(handlers: ContentHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof ContentProtocol] as (payload: unknown) => unknown;
    return Promise.resolve(handler(message.payload));
  });
}
