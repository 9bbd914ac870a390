/**
 * The interface's words: components ask `useT()` for a message by key; the entry point provides the
 * browser's own catalogue (assets/static/_locales, English and French, following the browser's
 * language). Keys are typed from the English catalogue, so a missing one fails the type check.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type english from '../../assets/static/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** Without a provider (unit tests): the English catalogue's text, substitutions filled in. */
export function catalogueTranslator(catalogue: Record<string, { message: string }>): Translate {
  return (key, ...substitutions) =>
    (catalogue[key]?.message ?? key).replace(/\$(\d)/g, (whole, n: string) => String(substitutions[Number(n) - 1] ?? whole));
}

export const I18nContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18nContext);
}
