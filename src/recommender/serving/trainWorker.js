// Worker-thread entry for background retraining: loads the TypeScript sources through tsx (as the
// `shopkeeper` bin does) and runs trainWorkerMain.ts.
'use strict';
require('tsx/cjs/api').register();
require('./trainWorkerMain.ts');
