/**
 * What the reader must show for the seed page, checked the same way in every browser: the tests hand
 * in the reader document's visible text and a few attributes, read with each browser's own driver.
 */
import { expect } from 'vitest';
import type { SeedTruth } from './paths';

export interface ReaderSnapshot {
  title: string;
  siteName: string;
  byline: string;
  publishedDatetime: string | null;
  leadImage: string | null;
  /** innerText of the whole reader (toolbar, story, related). */
  allText: string;
  /** innerText of the story alone. */
  storyText: string;
  headings: string[];
  relatedUrls: string[];
  /** Where each related read was found (inline, widget, next-previous, sidebar), in the order shown. */
  relatedSources: string[];
}

/** Runs inside the reader document (a string, so that every driver can evaluate it). */
export const SNAPSHOT_SCRIPT = `(() => {
  const text = (sel) => document.querySelector(sel)?.textContent?.trim() ?? '';
  return {
    title: text('.story .title'),
    siteName: text('.story .site-name'),
    byline: text('.story .byline'),
    publishedDatetime: document.querySelector('.story time.published')?.getAttribute('datetime') ?? null,
    leadImage: document.querySelector('.story .lead-image img')?.getAttribute('src') ?? null,
    allText: document.body.innerText,
    storyText: document.querySelector('.story')?.innerText ?? '',
    headings: [...document.querySelectorAll('.story .content h2')].map((h) => h.textContent.trim()),
    relatedUrls: [...document.querySelectorAll('.related li a')].map((a) => a.getAttribute('href')),
    relatedSources: [...document.querySelectorAll('.related li')].map((li) => li.dataset.source),
  };
})()`;

export function expectSeedReader(snapshot: ReaderSnapshot, truth: SeedTruth): void {
  expect(snapshot.title).toBe(truth.title);
  expect(snapshot.allText.split(truth.title).length - 1, 'the title appears once').toBe(truth.titleOccurrences);
  expect(snapshot.siteName).toBe(truth.siteName);
  expect(snapshot.byline).toBe(truth.byline);
  expect(snapshot.publishedDatetime).toBe(truth.publishedTime);
  expect(snapshot.leadImage).toBe(truth.leadImage);
  for (const paragraph of truth.articleText.split('\n\n')) expect(snapshot.storyText).toContain(paragraph);
  expect(snapshot.headings).toEqual(truth.headings);
  for (const snippet of truth.mustInclude) expect(snapshot.storyText).toContain(snippet);
  for (const snippet of truth.mustExclude) expect(snapshot.storyText, `"${snippet}" must not be shown`).not.toContain(snippet);
  expect(snapshot.storyText.match(/C’est un soutien/g)).toHaveLength(1);
  const { relevant, acceptable } = truth.relatedReads;
  expect(new Set(snapshot.relatedUrls)).toEqual(new Set([...relevant, ...acceptable]));
  expect(snapshot.relatedUrls.slice(0, relevant.length).sort()).toEqual([...relevant].sort());
  // The first related read is the story's inline "A LIRE AUSSI" link.
  expect(snapshot.relatedSources[0]).toBe('inline');
}
