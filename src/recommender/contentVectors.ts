// Item content as sparse TF-IDF vectors: title, categories and description tokenised, weighted by
// field, sublinear term frequency, smoothed IDF and L2-normalised rows, in CSR (item × term) form
// with its term × item transpose for scoring.
import type { ItemContent } from './types';
import type { Csr } from './knnSparse';

/** Field weights and vocabulary limits. */
export interface ContentVectorOptions {
  titleWeight: number;
  categoryWeight: number;
  descriptionWeight: number;
  /** Terms in fewer items than this are dropped (1 keeps all). */
  minDf: number;
}

/** The defaults of {@link buildContentVectors}. */
export const CONTENT_VECTOR_DEFAULTS: ContentVectorOptions = {
  titleWeight: 2,
  categoryWeight: 2,
  descriptionWeight: 1,
  minDf: 1,
};

/** TF-IDF vectors of a catalog: row i is item i (empty when it has no content). */
export interface ContentVectors {
  terms: string[];
  rows: Csr;
  /** term × item transpose of `rows`. */
  byTerm: Csr;
}

const STOP = new Set(
  'a an and are as at be by for from in into is it of on or the this to with without your you our set'.split(
    ' ',
  ),
);

/** Lower-cased word tokens (letters/digits, 2+ characters), stop words removed. */
export function contentTokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((t) => !STOP.has(t));
}

/** Weighted term counts of one item: words of each field, plus each whole category as a `cat:` term. */
function termCounts(c: ItemContent, o: ContentVectorOptions): Map<string, number> {
  const out = new Map<string, number>();
  const add = (t: string, w: number) => out.set(t, (out.get(t) ?? 0) + w);
  for (const t of contentTokens(c.title)) add(t, o.titleWeight);
  for (const cat of c.categories) {
    add(`cat:${cat.toLowerCase()}`, o.categoryWeight);
    for (const t of contentTokens(cat)) add(t, o.categoryWeight / 2);
  }
  for (const t of contentTokens(c.description)) add(t, o.descriptionWeight);
  return out;
}

/** Builds the vectors for `nItems` items from the content known for some of them. */
export function buildContentVectors(
  nItems: number,
  content: ReadonlyMap<number, ItemContent>,
  options: Partial<ContentVectorOptions> = {},
): ContentVectors {
  const o = { ...CONTENT_VECTOR_DEFAULTS, ...options };
  const counts: (Map<string, number> | undefined)[] = new Array(nItems);
  const df = new Map<string, number>();
  for (const [i, c] of content) {
    if (!(i >= 0 && i < nItems)) continue;
    const tc = termCounts(c, o);
    counts[i] = tc;
    for (const t of tc.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const terms = [...df.keys()].filter((t) => (df.get(t) as number) >= o.minDf).sort();
  const termIndex = new Map(terms.map((t, j) => [t, j]));
  const idf = terms.map((t) => Math.log((1 + content.size) / (1 + (df.get(t) as number))) + 1);
  const rowPtr = new Int32Array(nItems + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < nItems; i++) {
    const row: [number, number][] = [];
    for (const [t, n] of counts[i] ?? []) {
      const j = termIndex.get(t);
      if (j !== undefined) row.push([j, (1 + Math.log(n)) * idf[j]]);
    }
    row.sort((a, b) => a[0] - b[0]);
    const norm = Math.hypot(...row.map((r) => r[1])) || 1;
    for (const [j, w] of row) {
      cols.push(j);
      vals.push(w / norm);
    }
    rowPtr[i + 1] = cols.length;
  }
  const rows = { rowPtr, cols: Int32Array.from(cols), vals: Float32Array.from(vals) };
  return { terms, rows, byTerm: transposeCsr(rows, terms.length) };
}

/** The transpose of a CSR matrix with `nCols` columns. */
export function transposeCsr(m: Csr, nCols: number): Csr {
  const nRows = m.rowPtr.length - 1;
  const rowPtr = new Int32Array(nCols + 1);
  for (let p = 0; p < m.cols.length; p++) rowPtr[m.cols[p] + 1]++;
  for (let j = 0; j < nCols; j++) rowPtr[j + 1] += rowPtr[j];
  const fill = rowPtr.slice(0, nCols);
  const cols = new Int32Array(m.cols.length);
  const vals = new Float32Array(m.cols.length);
  for (let r = 0; r < nRows; r++)
    for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) {
      const q = fill[m.cols[p]]++;
      cols[q] = r;
      vals[q] = m.vals[p];
    }
  return { rowPtr, cols, vals };
}
