/**
 * Access to one site, asked of the browser when a per-site rule needs it: only that site (and its
 * subdomains), never all sites at once. Lectern's content script is declared for every page, which
 * browsers grant at install; a user may since have withdrawn it for some or all sites (Firefox lets them),
 * and then "always open in reader" on a site needs it back.
 */
import browser from 'webextension-polyfill';
import { originsCover } from '../shared/match-patterns';

/** The site and its subdomains; an IP address or localhost has none (and `*.` before one is not a valid pattern). */
const originsOf = (site: string): string[] =>
  /^[\d.]+$|^\[|^localhost$/.test(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://*.${site}/*`];

/** True once Lectern may run on the site: already granted, or granted now (a user gesture must lead here). */
export async function ensureSiteAccess(site: string): Promise<boolean> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  if (originsCover(granted, site)) return true;
  return browser.permissions.request({ origins: originsOf(site) });
}
