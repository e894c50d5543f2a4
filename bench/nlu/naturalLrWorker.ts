// Worker thread of naturalLrBudget.ts: trains natural's logistic regression on the sample it is given
// and scores the test split with evaluateIntents, so an overrunning training can be stopped.
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateIntents } from '../../src/nlu/eval/evaluateIntents';
import { NaturalBaseline } from '../../src/nlu/eval/naturalBaselines';
import { naturalPredictor } from './naturalPredictor';
import type { LrJob, LrMessage } from './naturalLrBudget';

const { sample, test, oosLabel } = workerData as LrJob;
const post = (message: LrMessage) => parentPort!.postMessage(message);

post({ kind: 'started' });
const baseline = new NaturalBaseline('logistic');
const started = process.hrtime.bigint();
baseline.train(sample);
post({ kind: 'trained', trainSeconds: Number(process.hrtime.bigint() - started) / 1e9 });
post({ kind: 'scored', result: evaluateIntents(naturalPredictor(baseline), test, oosLabel) });
