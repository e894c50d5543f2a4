// A stand-in encoder thread whose model cannot load.
'use strict';
require('node:worker_threads').parentPort.postMessage({ loadError: 'no model files here' });
