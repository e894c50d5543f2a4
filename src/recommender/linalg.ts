// Dense linear algebra on row-major Float64Arrays, for the hot loops of EASE and ALS
// (ml-matrix's generic inverse was measured 10–60× slower on a 3,600-item Gram matrix).
// Every inner loop is a contiguous dot product or axpy.

/** Dot product of a[ao .. ao+len) and b[bo .. bo+len). */
export function linalgDot(
  a: ArrayLike<number>,
  ao: number,
  b: ArrayLike<number>,
  bo: number,
  len: number,
): number {
  let s0 = 0;
  let s1 = 0;
  let k = 0;
  for (; k + 1 < len; k += 2) {
    s0 += a[ao + k] * b[bo + k];
    s1 += a[ao + k + 1] * b[bo + k + 1];
  }
  if (k < len) s0 += a[ao + k] * b[bo + k];
  return s0 + s1;
}

/** linalgDot specialised to Float64Array (kept monomorphic for the O(n³) loops below). */
function dot64(a: Float64Array, ao: number, b: Float64Array, bo: number, len: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < len; k += 4) {
    s0 += a[ao + k] * b[bo + k];
    s1 += a[ao + k + 1] * b[bo + k + 1];
    s2 += a[ao + k + 2] * b[bo + k + 2];
    s3 += a[ao + k + 3] * b[bo + k + 3];
  }
  for (; k < len; k++) s0 += a[ao + k] * b[bo + k];
  return s0 + s1 + (s2 + s3);
}

/**
 * Four dot products sharing one operand: out[t] = Σ_k s[so + k]·x[o_t + k] for k < len. Reading the
 * shared row once for four rows cuts the memory traffic of the O(n³) loops about fourfold.
 */
function dot4(
  s: Float64Array,
  so: number,
  x: Float64Array,
  o0: number,
  o1: number,
  o2: number,
  o3: number,
  len: number,
  out: Float64Array,
): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0; k < len; k++) {
    const v = s[so + k];
    s0 += v * x[o0 + k];
    s1 += v * x[o1 + k];
    s2 += v * x[o2 + k];
    s3 += v * x[o3 + k];
  }
  out[0] = s0;
  out[1] = s1;
  out[2] = s2;
  out[3] = s3;
}

/** Row i of the Cholesky factor from column `from` on, given rows < i and columns < from of row i. */
function choleskyRow(a: Float64Array, n: number, i: number, from: number): void {
  const ri = i * n;
  for (let j = from; j < i; j++) {
    const rj = j * n;
    a[ri + j] = (a[ri + j] - dot64(a, ri, a, rj, j)) / a[rj + j];
  }
  const d = a[ri + i] - dot64(a, ri, a, ri, i);
  if (!(d > 0)) throw new Error(`linalgCholesky: matrix is not positive definite (pivot ${i} = ${d})`);
  a[ri + i] = Math.sqrt(d);
}

/**
 * In-place Cholesky factorisation of the symmetric positive-definite n×n matrix `a` (row-major):
 * afterwards its lower triangle holds L with A = L·Lᵀ (the strict upper triangle is left as it was).
 * Throws when the matrix is not positive definite.
 */
export function linalgCholesky(a: Float64Array, n: number): void {
  const out = new Float64Array(4);
  let i0 = 0;
  for (; i0 + 4 <= n; i0 += 4) {
    const r0 = i0 * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    // Columns left of the block: the four rows are independent there.
    for (let j = 0; j < i0; j++) {
      const rj = j * n;
      dot4(a, rj, a, r0, r1, r2, r3, j, out);
      const ljj = a[rj + j];
      a[r0 + j] = (a[r0 + j] - out[0]) / ljj;
      a[r1 + j] = (a[r1 + j] - out[1]) / ljj;
      a[r2 + j] = (a[r2 + j] - out[2]) / ljj;
      a[r3 + j] = (a[r3 + j] - out[3]) / ljj;
    }
    for (let t = 0; t < 4; t++) choleskyRow(a, n, i0 + t, i0);
  }
  for (let i = i0; i < n; i++) choleskyRow(a, n, i, 0);
}

/** Solves L·Lᵀ·x = b in place in `b`, given the Cholesky factor from linalgCholesky. */
export function linalgCholeskySolve(l: Float64Array, n: number, b: Float64Array): void {
  for (let i = 0; i < n; i++) b[i] = (b[i] - dot64(l, i * n, b, 0, i)) / l[i * n + i];
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * b[k];
    b[i] = s / l[i * n + i];
  }
}

/**
 * Inverse of the symmetric positive-definite n×n matrix `a` (row-major), computed in place through
 * its Cholesky factor: about n³/2 multiply-adds. Returns `a`, now holding the full symmetric inverse.
 */
export function linalgSpdInverse(a: Float64Array, n: number): Float64Array {
  linalgCholesky(a, n);
  const out = new Float64Array(4);
  // V = (L⁻¹)ᵀ, upper triangular: row j of V is column j of L⁻¹, i.e. the solution of L·w = e_j,
  // found by forward substitution. V starts zeroed, so dots may start left of the diagonal.
  const v = new Float64Array(n * n);
  const invRow = (j: number, to: number) => {
    const rj = j * n;
    v[rj + j] = 1 / a[rj + j];
    for (let i = j + 1; i < to; i++) {
      const ri = i * n;
      v[rj + i] = -dot64(a, ri + j, v, rj + j, i - j) / a[ri + i];
    }
  };
  let j0 = 0;
  for (; j0 + 4 <= n; j0 += 4) {
    for (let t = 0; t < 4; t++) invRow(j0 + t, j0 + 4);
    const r0 = j0 * n + j0;
    for (let i = j0 + 4; i < n; i++) {
      const ri = i * n;
      dot4(a, ri + j0, v, r0, r0 + n, r0 + 2 * n, r0 + 3 * n, i - j0, out);
      const lii = a[ri + i];
      v[r0 + i - j0] = -out[0] / lii;
      v[r0 + n + i - j0] = -out[1] / lii;
      v[r0 + 2 * n + i - j0] = -out[2] / lii;
      v[r0 + 3 * n + i - j0] = -out[3] / lii;
    }
  }
  for (let j = j0; j < n; j++) invRow(j, n);
  // A⁻¹ = L⁻ᵀ·L⁻¹ = V·Vᵀ: entry (i, j) is the dot of rows i and j of V (nonzero from max(i, j) on).
  let i0 = 0;
  for (; i0 + 4 <= n; i0 += 4) {
    const r0 = i0 * n;
    for (let j = i0; j < n; j++) {
      const rj = j * n;
      dot4(v, rj + j, v, r0 + j, r0 + n + j, r0 + 2 * n + j, r0 + 3 * n + j, n - j, out);
      for (let t = 0; t < 4; t++) {
        a[r0 + t * n + j] = out[t];
        a[rj + i0 + t] = out[t];
      }
    }
  }
  for (let i = i0; i < n; i++) {
    const ri = i * n;
    for (let j = i; j < n; j++) {
      const s = dot64(v, ri + j, v, j * n + j, n - j);
      a[ri + j] = s;
      a[j * n + i] = s;
    }
  }
  return a;
}

/**
 * The `k` best entries of `scores` (highest first, ties by lower index), skipping indices in `exclude`
 * and non-finite scores. A bounded min-heap: O(n log k).
 */
export function linalgTopK(
  scores: ArrayLike<number>,
  k: number,
  exclude?: ReadonlySet<number>,
): { item: number; score: number }[] {
  if (k <= 0) return [];
  const hi = new Int32Array(k);
  const hs = new Float64Array(k);
  let size = 0;
  // "worse" = lower score, or equal score and higher index.
  const worse = (sa: number, ia: number, sb: number, ib: number): boolean =>
    sa < sb || (sa === sb && ia > ib);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (!Number.isFinite(s) || (exclude !== undefined && exclude.has(i))) continue;
    if (size < k) {
      let c = size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!worse(s, i, hs[p], hi[p])) break;
        hs[c] = hs[p];
        hi[c] = hi[p];
        c = p;
      }
      hs[c] = s;
      hi[c] = i;
    } else if (worse(hs[0], hi[0], s, i)) {
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= size) break;
        const r = l + 1;
        const m = r < size && worse(hs[r], hi[r], hs[l], hi[l]) ? r : l;
        if (!worse(hs[m], hi[m], s, i)) break;
        hs[c] = hs[m];
        hi[c] = hi[m];
        c = m;
      }
      hs[c] = s;
      hi[c] = i;
    }
  }
  const out: { item: number; score: number }[] = [];
  for (let j = 0; j < size; j++) out.push({ item: hi[j], score: hs[j] });
  out.sort((a, b) => b.score - a.score || a.item - b.item);
  return out;
}
