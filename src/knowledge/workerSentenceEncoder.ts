// The sentence encoder in a worker thread: embedding a shopper's question takes 10–25 ms of CPU,
// which would otherwise hold up every other conversation's turn. Requests are queued to the worker
// and answered in order; one that takes longer than the time limit, or a worker that stops, fails
// the request (the FAQ then ranks that question by words) instead of leaving a turn waiting.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SentenceEncoder } from './sentenceEncoder';

/** What the encoder's thread is sent: texts to embed under a request id. */
export interface EncoderRequest {
  id: number;
  texts: readonly string[];
}

/** What it posts back: once that it is ready (or why not), then each request's vectors or error. */
export type EncoderReply =
  | { ready: string }
  | { loadError: string }
  | { id: number; vectors: Float32Array[] }
  | { id: number; error: string };

/** A sentence encoder whose thread must be stopped when the app closes. */
export interface WorkerSentenceEncoder extends SentenceEncoder {
  close(): Promise<void>;
}

/** Options of startSentenceEncoderWorker. */
export interface EncoderWorkerOptions {
  /** Longest wait for a request of one text, in ms. */
  timeoutMs?: number;
  /** More wait per further text of a request, in ms (a whole FAQ's phrasings take seconds at start). */
  perTextMs?: number;
  /** Longest wait for the model to load, in ms. */
  loadTimeoutMs?: number;
  /** The worker's entry file (tests point it elsewhere). */
  entry?: string;
}

interface Pending {
  resolve: (vectors: Float32Array[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Starts the encoder's thread and resolves once its model is loaded (rejects if it cannot load). */
export function startSentenceEncoderWorker(
  options: EncoderWorkerOptions = {},
): Promise<WorkerSentenceEncoder> {
  const {
    timeoutMs = 2_000,
    perTextMs = 50,
    loadTimeoutMs = 60_000,
    entry = join(__dirname, 'encoderWorker.js'),
  } = options;
  const worker = new Worker(entry);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let stopped: Error | undefined;

  const failAll = (error: Error) => {
    stopped ??= error;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      p.reject(error);
    }
  };

  return new Promise<WorkerSentenceEncoder>((resolve, reject) => {
    const loadTimer = setTimeout(() => {
      reject(new Error(`the sentence encoder did not load within ${loadTimeoutMs} ms`));
      void worker.terminate();
    }, loadTimeoutMs);
    worker.on('error', (error) => {
      clearTimeout(loadTimer);
      reject(error);
      failAll(new Error(`the sentence encoder's thread failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      clearTimeout(loadTimer);
      const error = new Error(`the sentence encoder's thread stopped (exit code ${code})`);
      reject(error);
      failAll(error);
    });
    worker.on('message', (reply: EncoderReply) => {
      if ('ready' in reply) {
        clearTimeout(loadTimer);
        worker.unref(); // an idle encoder never keeps the process alive
        resolve(encoder(reply.ready));
        return;
      }
      if ('loadError' in reply) {
        clearTimeout(loadTimer);
        reject(new Error(reply.loadError));
        void worker.terminate();
        return;
      }
      const p = pending.get(reply.id);
      if (!p) return; // timed out already
      pending.delete(reply.id);
      clearTimeout(p.timer);
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.vectors);
    });
  });

  function encoder(id: string): WorkerSentenceEncoder {
    return {
      id,
      embed(texts) {
        if (stopped) return Promise.reject(stopped);
        if (texts.length === 0) return Promise.resolve([]);
        return new Promise((resolve, reject) => {
          const requestId = nextId++;
          const limit = timeoutMs + perTextMs * (texts.length - 1);
          const timer = setTimeout(() => {
            pending.delete(requestId);
            reject(new Error(`the sentence encoder took longer than ${limit} ms`));
          }, limit);
          pending.set(requestId, { resolve, reject, timer });
          worker.postMessage({ id: requestId, texts: [...texts] } satisfies EncoderRequest);
        });
      },
      async close() {
        failAll(new Error('the sentence encoder was closed'));
        await worker.terminate();
      },
    };
  }
}
