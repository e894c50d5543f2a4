// Worker-thread entry of the sentence encoder: loads the TypeScript sources through tsx (as the
// `shopkeeper` bin does) and runs encoderWorkerMain.ts.
'use strict';
require('tsx/cjs/api').register();
require('./encoderWorkerMain.ts');
