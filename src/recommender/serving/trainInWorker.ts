// Retraining off the event loop: the store models are trained and saved in a worker thread, so turns
// keep being answered while it runs.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { restoreStoreModels, type StoreModels, type StoreModelsJson } from './storeModels';
import type { TrainJob } from './storeRecTraining';

type WorkerReply = { ok: true; json: StoreModelsJson } | { ok: false; message: string };

/** Trains and saves the models in a worker thread; resolves with the restored models. */
export function trainInWorker(job: TrainJob): Promise<StoreModels> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'trainWorker.js'), { workerData: job });
    worker.once('message', (reply: WorkerReply) => {
      if (reply.ok) resolve(restoreStoreModels(reply.json));
      else reject(new Error(`recommender training failed: ${reply.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`recommender training worker exited with code ${code}`));
    });
  });
}
