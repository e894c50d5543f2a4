// Under jest only, the sentence encoder's TensorFlow.js bundle registers its WebAssembly kernels
// twice as it loads and warns once per kernel (several hundred lines per suite that builds the
// bot), and the global setup's load says the backend and platform were set already. The warnings
// are harmless and do not appear in a plain Node process; drop exactly those.
const NOISE = [
  /^The kernel '[^']+' for backend 'wasm' is already registered$/,
  /^Platform node has already been set\./,
  /^wasm backend was already registered\./,
];

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && NOISE.some((pattern) => pattern.test(args[0] as string))) return;
  warn(...args);
};
