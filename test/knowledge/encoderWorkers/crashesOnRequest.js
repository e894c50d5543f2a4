// A stand-in encoder thread that loads, then dies on its first request.
'use strict';
const { parentPort } = require('node:worker_threads');
parentPort.on('message', () => process.exit(3));
parentPort.postMessage({ ready: 'crashing-encoder' });
