// Inside the training worker: trains the store models from the posted events and catalog, saves them
// to models/ and posts the saved JSON back (or the error's message).
import { parentPort, workerData } from 'node:worker_threads';
import { saveRecommenderModels, type TrainJob } from './storeRecTraining';

const job = workerData as TrainJob;
saveRecommenderModels(job)
  .then((json) => parentPort?.postMessage({ ok: true, json }))
  .catch((error: Error) => parentPort?.postMessage({ ok: false, message: error.message }));
