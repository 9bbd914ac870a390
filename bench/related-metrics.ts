/** Measures of a ranked list of related reads against a page's labels (see bench/related-set.ts). */
import type { RelatedLabels } from './related-set';

/** Precision at 5: the share of the first five offered (all of them when fewer are offered) that are relevant. */
export const PRECISION_CUTOFF = 5;

export interface RelatedScore {
  offered: number;
  /** Relevant among the first min(5, offered); NaN when nothing is offered. */
  precisionAt5: number;
  /** Relevant among the first R offered, R = the page's relevant count (R-precision). */
  rPrecision: number;
  /** Share of the page's relevant links offered at all. */
  recall: number;
  /** Offered links labelled neither relevant nor acceptable. */
  forbidden: string[];
  /** Every offered relevant link ranks above every offered acceptable one. */
  relevantFirst: boolean;
}

export function scoreRelated(offeredUrls: string[], labels: RelatedLabels): RelatedScore {
  const relevant = new Set(labels.relevant);
  const acceptable = new Set(labels.acceptable);
  const top = offeredUrls.slice(0, PRECISION_CUTOFF);
  const topR = offeredUrls.slice(0, relevant.size);
  const lastRelevant = offeredUrls.reduce((last, url, i) => (relevant.has(url) ? i : last), -1);
  const firstAcceptable = offeredUrls.findIndex((url) => acceptable.has(url));
  return {
    offered: offeredUrls.length,
    precisionAt5: top.length ? top.filter((url) => relevant.has(url)).length / top.length : Number.NaN,
    rPrecision: relevant.size ? topR.filter((url) => relevant.has(url)).length / relevant.size : Number.NaN,
    recall: relevant.size ? offeredUrls.filter((url) => relevant.has(url)).length / relevant.size : Number.NaN,
    forbidden: offeredUrls.filter((url) => !relevant.has(url) && !acceptable.has(url)),
    relevantFirst: firstAcceptable === -1 || lastRelevant < firstAcceptable,
  };
}
