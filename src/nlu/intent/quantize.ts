// Compact numeric arrays for model JSON: int8 rows with one float scale per
// row (relative error ≤ 1/254 of the row's largest magnitude), base64-encoded.

/** A row-quantised matrix as stored in JSON. */
export interface QuantizedMatrix {
  rows: number;
  cols: number;
  /** Float32 scale per row, base64. */
  scales: string;
  /** Int8 values, row-major, base64. */
  values: string;
}

/** Quantises a row-major `rows × cols` matrix to int8 per row. */
export function quantizeRows(data: Float32Array, rows: number, cols: number): QuantizedMatrix {
  const scales = new Float32Array(rows);
  const values = new Int8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let c = 0, at = r * cols; c < cols; c++, at++) max = Math.max(max, Math.abs(data[at]));
    const scale = max / 127;
    scales[r] = scale;
    if (scale === 0) continue;
    for (let c = 0, at = r * cols; c < cols; c++, at++) values[at] = Math.round(data[at] / scale);
  }
  return { rows, cols, scales: toBase64(scales), values: toBase64(values) };
}

/** Restores the float matrix of `quantizeRows` (row-major). */
export function dequantizeRows(q: QuantizedMatrix): Float32Array {
  const scales = new Float32Array(bytesOf(q.scales, q.rows * 4).buffer);
  const values = new Int8Array(bytesOf(q.values, q.rows * q.cols).buffer);
  const out = new Float32Array(q.rows * q.cols);
  for (let r = 0; r < q.rows; r++) {
    const s = scales[r];
    for (let c = 0, at = r * q.cols; c < q.cols; c++, at++) out[at] = values[at] * s;
  }
  return out;
}

/** Rounds to `digits` significant digits (shorter JSON for idf values and biases). */
export function roundTo(x: number, digits = 6): number {
  return Number(x.toPrecision(digits));
}

function toBase64(a: Float32Array | Int8Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** Decodes base64 into a fresh, aligned byte array of exactly `length` bytes, or fails naming the mismatch. */
function bytesOf(base64: string, length: number): Uint8Array {
  const buf = Buffer.from(base64, 'base64');
  if (buf.length !== length) throw new Error(`model JSON: expected ${length} bytes, found ${buf.length}`);
  const out = new Uint8Array(length);
  out.set(buf);
  return out;
}
