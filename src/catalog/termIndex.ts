// A compact inverted index with BM25 field scoring, built for catalogs of tens of thousands of
// products: postings are flat arrays, scores accumulate in one Float64Array per search, and only
// unknown query terms (typos, partial words) are expanded to prefixes and fuzzy matches.
// Scoring follows minisearch's (which this replaced for speed): per field BM25+ times the field's
// boost times the match weight (exact 1, prefix and fuzzy less), summed, then multiplied by the
// number of distinct query terms matched.
import { boundedEditDistance } from './editDistance';

/** BM25+ parameters and expansion weights (minisearch's defaults). */
export const TERM_INDEX_DEFAULTS = {
  k: 1.2,
  b: 0.7,
  d: 0.5,
  prefixWeight: 0.375,
  fuzzyWeight: 0.45,
  maxFuzzy: 6,
};

/** One query term and how far it may be expanded. */
export interface TermQuery {
  term: string;
  /** Extra exact spellings to try (e.g. transpositions), scored like the term itself. */
  alternatives?: string[];
  prefix: boolean;
  /** Maximum edit distance (0: none). */
  maxDistance: number;
}

interface Posting {
  /** Parallel arrays: document number, field number, term frequency. */
  docs: number[];
  fields: number[];
  tfs: number[];
  /** Documents containing the term, per field. */
  docCount: number[];
}

/** A search over numbered documents made of fields of processed terms. */
export class TermIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly fieldLengths: number[][];
  private readonly totalLength: number[];
  private docCount = 0;
  private sortedTerms: string[] | null = null;
  private byLength: string[][] | null = null;

  /** `expandable[f]`: whether prefix and fuzzy matches count in field f. */
  constructor(
    private readonly boosts: readonly number[],
    private readonly expandable: readonly boolean[],
  ) {
    this.fieldLengths = boosts.map(() => []);
    this.totalLength = boosts.map(() => 0);
  }

  /** Whether the term occurs anywhere in the index. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Whether the term occurs in a field where expansions count (a word only seen in descriptions does not). */
  hasExpandable(term: string): boolean {
    const posting = this.postings.get(term);
    return (
      posting !== undefined && posting.docCount.some((count, field) => count > 0 && this.expandable[field])
    );
  }

  /** Add document number `doc` (0, 1, 2, … in order) with its terms per field. */
  add(doc: number, fields: readonly (readonly string[])[]): void {
    if (doc !== this.docCount) throw new Error(`TermIndex: expected document ${this.docCount}, got ${doc}`);
    this.docCount++;
    this.sortedTerms = null;
    this.byLength = null;
    fields.forEach((terms, field) => {
      this.fieldLengths[field][doc] = terms.length;
      this.totalLength[field] += terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        let posting = this.postings.get(term);
        if (!posting) {
          posting = { docs: [], fields: [], tfs: [], docCount: this.boosts.map(() => 0) };
          this.postings.set(term, posting);
        }
        posting.docs.push(doc);
        posting.fields.push(field);
        posting.tfs.push(tf);
        posting.docCount[field]++;
      }
    });
  }

  /** Scores of every matching document (zero for the rest) and how many query terms each matched. */
  search(queries: readonly TermQuery[]): { scores: Float64Array; matched: Uint8Array; docs: number[] } {
    const scores = new Float64Array(this.docCount);
    const matched = new Uint8Array(this.docCount);
    const seen = new Uint32Array(this.docCount);
    const docs: number[] = [];
    queries.forEach((query, q) => {
      const mark = q + 1;
      for (const [term, weight, expanded] of this.expand(query)) {
        const posting = this.postings.get(term) as Posting;
        this.score(posting, weight, expanded, scores, (doc) => {
          if (seen[doc] === 0) docs.push(doc);
          if (seen[doc] !== mark) {
            seen[doc] = mark;
            matched[doc]++;
          }
        });
      }
    });
    for (const doc of docs) scores[doc] *= matched[doc];
    return { scores, matched, docs };
  }

  private score(
    posting: Posting,
    weight: number,
    expanded: boolean,
    scores: Float64Array,
    touch: (doc: number) => void,
  ): void {
    const { k, b, d } = TERM_INDEX_DEFAULTS;
    const n = this.docCount;
    const idf = posting.docCount.map((df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    const avg = this.totalLength.map((total) => total / Math.max(1, n));
    for (let i = 0; i < posting.docs.length; i++) {
      const field = posting.fields[i];
      if (expanded && !this.expandable[field]) continue;
      const doc = posting.docs[i];
      const tf = posting.tfs[i];
      const norm = 1 - b + (b * this.fieldLengths[field][doc]) / avg[field];
      scores[doc] += weight * this.boosts[field] * idf[field] * (d + (tf * (k + 1)) / (tf + k * norm));
      touch(doc);
    }
  }

  /** Index terms for a query term: [term, weight, expanded?]; a prefix match beats a fuzzy one. */
  private expand({ term, alternatives = [], prefix, maxDistance }: TermQuery): [string, number, boolean][] {
    const { prefixWeight, fuzzyWeight, maxFuzzy } = TERM_INDEX_DEFAULTS;
    const out = new Map<string, [string, number, boolean]>();
    for (const exact of [term, ...alternatives])
      if (this.postings.has(exact)) out.set(exact, [exact, 1, false]);
    if (prefix) {
      for (const word of this.withPrefix(term)) {
        const distance = word.length - term.length;
        if (distance > 0 && !out.has(word))
          out.set(word, [word, (prefixWeight * word.length) / (word.length + 0.3 * distance), true]);
      }
    }
    const limit = Math.min(maxDistance, maxFuzzy);
    if (limit > 0) {
      for (const [word, distance] of this.near(term, limit)) {
        if (!out.has(word))
          out.set(word, [word, (fuzzyWeight * word.length) / (word.length + distance), true]);
      }
    }
    return [...out.values()];
  }

  private withPrefix(prefix: string): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && terms[i].startsWith(prefix); i++) out.push(terms[i]);
    return out;
  }

  /** Index terms within `limit` edits of term (excluding itself). */
  private near(term: string, limit: number): [string, number][] {
    if (!this.byLength) {
      this.byLength = [];
      for (const word of this.postings.keys()) (this.byLength[word.length] ??= []).push(word);
    }
    const out: [string, number][] = [];
    const from = Math.max(1, term.length - limit);
    for (let length = from; length <= term.length + limit; length++) {
      for (const word of this.byLength[length] ?? []) {
        if (word === term) continue;
        const distance = boundedEditDistance(term, word, limit);
        if (distance <= limit) out.push([word, distance]);
      }
    }
    return out;
  }
}
