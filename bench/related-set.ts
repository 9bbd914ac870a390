/**
 * The labelled related-reads set: pages written for Lectern in test/pages/related (each with a
 * `.labels.json`: the page's URL, its relevant and acceptable links; every other link on the page is
 * forbidden), plus the seed page with its truth's relatedReads when ../shared is present. Pages named
 * `held-*` are held out: written after the rules were tuned on the others, and reported apart.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OWN_PAGES, SEED_DIR, hasSeed, type SeedTruth } from '../test/support/paths';

export const RELATED_PAGES = join(OWN_PAGES, 'related');

export interface RelatedLabels {
  url: string;
  relevant: string[];
  acceptable: string[];
  /** Written after the engine's rules were frozen (commit 879b38a) and never tuned on: an honest sample of unseen pages. */
  heldOut?: boolean;
  note?: string;
}

export interface LabelledPage {
  name: string;
  lang: string;
  labels: RelatedLabels;
  html: string;
}

export function labelledPages(): LabelledPage[] {
  const pages = readdirSync(RELATED_PAGES)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file): LabelledPage => {
      const name = file.replace(/\.html$/, '');
      const labelsFile = join(RELATED_PAGES, `${name}.labels.json`);
      if (!existsSync(labelsFile)) throw new Error(`${file} has no ${name}.labels.json`);
      return { name, lang: name.replace(/^held-/, '').split('-')[0]!, labels: JSON.parse(readFileSync(labelsFile, 'utf8')) as RelatedLabels, html: readFileSync(join(RELATED_PAGES, file), 'utf8') };
    });
  if (hasSeed) {
    const truth = JSON.parse(readFileSync(join(SEED_DIR, 'truth.json'), 'utf8')) as SeedTruth;
    pages.push({ name: 'seed (coree-du-nord-fr)', lang: 'fr', labels: { url: truth.url, ...truth.relatedReads }, html: readFileSync(join(SEED_DIR, 'source.html'), 'utf8') });
  }
  return pages;
}
