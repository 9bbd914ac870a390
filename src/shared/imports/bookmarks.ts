/**
 * Netscape bookmarks HTML, which every browser and bookmark service exports (and Lectern's bookmarks
 * export writes): `<DT><A HREF ADD_DATE TAGS>` in `<DL>` lists under `<H3>` folders. A link in a folder
 * named Archive is archived; one in any other folder but Unread gets the folder's name as a tag; the
 * TAGS attribute's tags are kept, its "starred" making a favourite (as Lectern's export writes one).
 */
import { linkItems, unixSeconds, type ImportedItems } from './link-item';

/** The tag Lectern's bookmarks export gives a favourite. */
export const FAVOURITE_TAG = 'starred';
/** Folders that say a state, not a topic: no tag of their name. */
const STATE_FOLDERS = /^(unread|archive|lectern reading list)$/i;

export function isBookmarksHtml(html: string, doc: Document): boolean {
  return /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(html.slice(0, 1024)) || doc.querySelector('dl dt > a[href]') !== null;
}

/** The folder a link is in: the <H3> just before the <DL> that holds it. */
function folderOf(link: Element): string | null {
  const list = link.closest('dl');
  let heading = list?.previousElementSibling ?? null;
  while (heading && heading.tagName.toLowerCase() !== 'h3') heading = heading.previousElementSibling;
  return heading?.textContent?.trim() || null;
}

export function bookmarkItems(doc: Document): ImportedItems {
  return linkItems(doc.querySelectorAll('dt > a'), (link) => link.getAttribute('href') ?? '', (link) => {
    const folder = folderOf(link);
    const tags = (link.getAttribute('tags') ?? '').split(',').map((t) => t.trim());
    return {
      title: link.textContent ?? '',
      savedAt: unixSeconds(link.getAttribute('add_date')),
      state: folder && /^archive$/i.test(folder) ? 'archived' : 'unread',
      tags: [...tags.filter((t) => t.toLowerCase() !== FAVOURITE_TAG), ...(folder && !STATE_FOLDERS.test(folder) ? [folder] : [])],
      favourite: tags.some((t) => t.toLowerCase() === FAVOURITE_TAG),
      highlights: [],
    };
  });
}
