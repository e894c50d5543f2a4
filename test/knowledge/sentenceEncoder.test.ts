// The real Universal Sentence Encoder from node_modules (about a second to load and run).
import {
  cosine,
  loadSentenceEncoder,
  UNIVERSAL_SENTENCE_ENCODER_ID,
} from '../../src/knowledge/sentenceEncoder';

describe('the sentence encoder', () => {
  it('embeds texts as unit vectors whose cosines follow meaning, with no network', async () => {
    const encoder = await loadSentenceEncoder();
    expect(encoder.id).toBe(UNIVERSAL_SENTENCE_ENCODER_ID);
    const [question, paraphrase, unrelated, empty] = await encoder.embed([
      'which courier delivers my parcel',
      'what shipping carrier do you use',
      'how do I wash a merino jumper',
      '',
    ]);
    expect(question).toHaveLength(512);
    expect(Math.hypot(...question)).toBeCloseTo(1, 5);
    expect(cosine(question, paraphrase)).toBeGreaterThan(cosine(question, unrelated) + 0.1);
    expect(Math.hypot(...empty)).toBeCloseTo(1, 5);
  });
});
