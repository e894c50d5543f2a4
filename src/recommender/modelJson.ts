// Compact JSON for saved models: typed arrays as base64 strings (exact, about 1.3 bytes per byte
// instead of ~18 characters per float), and the training matrix a restored model recommends from.
import type { InteractionMatrix, RecommenderJson } from './types';

/** A typed array in JSON: its element type and its bytes in base64 (little-endian, as in memory). */
export interface ArrayJson {
  type: 'i32' | 'f32' | 'f64';
  base64: string;
}

/** The training matrix in JSON (histories of known users, id ↔ index maps). */
export interface MatrixJson {
  users: string[];
  items: string[];
  rowPtr: ArrayJson;
  cols: ArrayJson;
  vals: ArrayJson;
  times?: ArrayJson;
}

/** A typed array as JSON. */
export function arrayToJson(a: Int32Array | Float32Array | Float64Array): ArrayJson {
  const type = a instanceof Int32Array ? 'i32' : a instanceof Float32Array ? 'f32' : 'f64';
  return { type, base64: Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64') };
}

function decode(json: ArrayJson, expected: ArrayJson['type'], what: string): ArrayBuffer {
  if (json?.type !== expected || typeof json.base64 !== 'string')
    throw new Error(`saved model: ${what} should be a ${expected} array, got ${json?.type ?? typeof json}`);
  const bytes = Buffer.from(json.base64, 'base64');
  const width = expected === 'f64' ? 8 : 4;
  if (bytes.length % width !== 0) throw new Error(`saved model: ${what} has a truncated ${expected} array`);
  const copy = new ArrayBuffer(bytes.length); // aligned, owned copy
  new Uint8Array(copy).set(bytes);
  return copy;
}

/** An Int32Array back from JSON (throws naming `what` on a wrong type). */
export function int32FromJson(json: ArrayJson, what: string): Int32Array {
  return new Int32Array(decode(json, 'i32', what));
}

/** A Float32Array back from JSON. */
export function float32FromJson(json: ArrayJson, what: string): Float32Array {
  return new Float32Array(decode(json, 'f32', what));
}

/** A Float64Array back from JSON. */
export function float64FromJson(json: ArrayJson, what: string): Float64Array {
  return new Float64Array(decode(json, 'f64', what));
}

/** The matrix as JSON. */
export function matrixToJson(m: InteractionMatrix): MatrixJson {
  const out: MatrixJson = {
    users: m.users,
    items: m.items,
    rowPtr: arrayToJson(m.rowPtr),
    cols: arrayToJson(m.cols),
    vals: arrayToJson(m.vals),
  };
  if (m.times) out.times = arrayToJson(m.times);
  return out;
}

/** The matrix back from JSON, checked for consistent sizes. */
export function matrixFromJson(json: MatrixJson): InteractionMatrix {
  if (!json || !Array.isArray(json.users) || !Array.isArray(json.items))
    throw new Error('saved model: matrix needs users and items');
  const rowPtr = int32FromJson(json.rowPtr, 'matrix.rowPtr');
  const cols = int32FromJson(json.cols, 'matrix.cols');
  const vals = float32FromJson(json.vals, 'matrix.vals');
  const times = json.times ? float64FromJson(json.times, 'matrix.times') : undefined;
  const nnz = rowPtr[json.users.length];
  if (rowPtr.length !== json.users.length + 1 || cols.length !== nnz || vals.length !== nnz)
    throw new Error(
      `saved model: matrix sizes disagree (${json.users.length} users, ${cols.length} entries)`,
    );
  if (times && times.length !== nnz) throw new Error('saved model: matrix.times has the wrong length');
  return {
    users: json.users,
    items: json.items,
    userIndex: new Map(json.users.map((id, u) => [id, u])),
    itemIndex: new Map(json.items.map((id, i) => [id, i])),
    rowPtr,
    cols,
    vals,
    ...(times ? { times } : {}),
  };
}

/** Throws unless `json` is a saved model of algorithm `name`. */
export function expectModel(json: unknown, name: string): RecommenderJson & Record<string, unknown> {
  const got = (json as RecommenderJson | undefined)?.name;
  if (got !== name) throw new Error(`saved model: expected a ${name} model, got ${String(got)}`);
  return json as RecommenderJson & Record<string, unknown>;
}
