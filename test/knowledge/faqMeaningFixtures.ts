// Small FAQs and stand-in sentence vectors for the meaning channel's tests: each text's vector
// is chosen by the test (a "topic" axis), so what the channel should do is known exactly.
import type { FaqArticle } from '../../src/knowledge/faqSchema';
import type { SentenceEncoder } from '../../src/knowledge/sentenceEncoder';

export function article(id: string, title: string, questions: string[]): FaqArticle {
  return {
    id,
    title,
    answer: `${title}: the answer.`,
    questions,
    tags: [],
    category: 'test',
    source: 'test.json',
  };
}

/** A unit vector along `axis` of `dimensions`, leaning a little towards `lean` when given. */
export function axisVector(axis: number, dimensions = 8, lean?: number): Float32Array {
  const v = new Float32Array(dimensions);
  v[axis] = 1;
  if (lean !== undefined) v[lean] = 0.3;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** An encoder that looks each text up in `topics` (text → axis); unknown texts get the last axis. */
export function topicEncoder(
  topics: Map<string, number>,
  dimensions = 8,
): SentenceEncoder & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    id: 'test-topics',
    calls,
    async embed(texts) {
      calls.push([...texts]);
      return texts.map((t) => axisVector(topics.get(t) ?? dimensions - 1, dimensions));
    },
  };
}
