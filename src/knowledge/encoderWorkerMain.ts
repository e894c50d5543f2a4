// Inside the encoder worker: loads (and warms up) the sentence encoder, says whether it could, then embeds the
// texts of each request it is sent and posts the vectors back (their buffers moved, not copied).
import { parentPort } from 'node:worker_threads';
import { loadSentenceEncoder } from './sentenceEncoder';
import type { EncoderReply, EncoderRequest } from './workerSentenceEncoder';

const port = parentPort;
if (!port) throw new Error('encoderWorkerMain.ts runs only as a worker thread');

async function load() {
  const encoder = await loadSentenceEncoder();
  await encoder.embed(['warm up']); // the first embedding compiles the model's kernels
  return encoder;
}

load().then(
  (encoder) => {
    port.on('message', ({ id, texts }: EncoderRequest) => {
      encoder.embed(texts).then(
        (vectors) => {
          const reply: EncoderReply = { id, vectors };
          port.postMessage(
            reply,
            vectors.map((v) => v.buffer as ArrayBuffer),
          );
        },
        (error: Error) => port.postMessage({ id, error: error.message } satisfies EncoderReply),
      );
    });
    port.postMessage({ ready: encoder.id } satisfies EncoderReply);
  },
  (error: Error) => port.postMessage({ loadError: error.message } satisfies EncoderReply),
);
