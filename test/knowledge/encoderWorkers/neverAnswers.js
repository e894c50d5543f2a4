// A stand-in encoder thread that loads but never answers a request.
'use strict';
const { parentPort } = require('node:worker_threads');
parentPort.on('message', () => {});
parentPort.postMessage({ ready: 'silent-encoder' });
