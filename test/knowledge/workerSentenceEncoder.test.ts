// The sentence encoder in its worker thread: the real one (about a second to start), and stand-in
// threads that fail to load, never answer or crash, each of which must fail the request, not hang it.
import { join } from 'node:path';
import {
  cosine,
  loadSentenceEncoder,
  UNIVERSAL_SENTENCE_ENCODER_ID,
} from '../../src/knowledge/sentenceEncoder';
import { startSentenceEncoderWorker } from '../../src/knowledge/workerSentenceEncoder';

const standIn = (name: string) => join(__dirname, 'encoderWorkers', `${name}.js`);

describe('startSentenceEncoderWorker', () => {
  it('embeds in its thread exactly as the encoder does in-process, and refuses work once closed', async () => {
    const worker = await startSentenceEncoderWorker();
    try {
      expect(worker.id).toBe(UNIVERSAL_SENTENCE_ENCODER_ID);
      const texts = ['which courier delivers my parcel', 'how do I wash a merino jumper'];
      const [fromWorker, inProcess] = await Promise.all([
        worker.embed(texts),
        loadSentenceEncoder().then((e) => e.embed(texts)),
      ]);
      expect(fromWorker).toHaveLength(2);
      fromWorker.forEach((v, i) => expect(cosine(v, inProcess[i])).toBeCloseTo(1, 5));
      // Requests made together are all answered, each with its own texts' vectors.
      const together = await Promise.all(texts.map((t) => worker.embed([t])));
      together.forEach(([v], i) => expect(cosine(v, fromWorker[i])).toBeCloseTo(1, 5));
      expect(await worker.embed([])).toEqual([]);
    } finally {
      await worker.close();
    }
    await expect(worker.embed(['anything'])).rejects.toThrow(/closed/);
  });

  it('rejects with the reason when the model cannot load', async () => {
    await expect(startSentenceEncoderWorker({ entry: standIn('failsToLoad') })).rejects.toThrow(
      'no model files here',
    );
  });

  it('fails a request the thread does not answer in time, and answers later requests with the same rule', async () => {
    const worker = await startSentenceEncoderWorker({
      entry: standIn('neverAnswers'),
      timeoutMs: 50,
      perTextMs: 10,
    });
    try {
      await expect(worker.embed(['hello'])).rejects.toThrow('longer than 50 ms');
      await expect(worker.embed(['a', 'b', 'c'])).rejects.toThrow('longer than 70 ms');
    } finally {
      await worker.close();
    }
  });

  it('fails the waiting request and every later one when the thread dies', async () => {
    const worker = await startSentenceEncoderWorker({ entry: standIn('crashesOnRequest') });
    await expect(worker.embed(['hello'])).rejects.toThrow(/stopped \(exit code 3\)/);
    await expect(worker.embed(['again'])).rejects.toThrow(/stopped/);
    await worker.close();
  });
});
