// npm run bench:faq — FAQ retrieval on held-out phrasings. The last question phrasing of every
// article is held out of the index; the rest are indexed, and the meaning channel's weight is
// learned from those alone (faqFusion.ts). Reports, for words only and for words + meaning side
// by side, precision@1 and @3 on the held-out phrasings; then, for words + meaning (what the bot
// runs), what answer() does with them (answer / choices / none, and how often a confident answer
// is right), a sweep of the answer threshold, 'none' on off-topic questions, per-query latency
// with and without embedding the question (in the encoder's worker thread, as the bot does), and
// how long the event loop stalls while questions are embedded in that thread and, side by side,
// in-process. Progress on stderr; a table and one JSON object (last line) on stdout.
import { join } from 'node:path';
import { learnSemanticWeight } from '../src/knowledge/faqFusion';
import { ANSWER_THRESHOLD, FaqIndex, NONE_THRESHOLD } from '../src/knowledge/faqIndex';
import type { FaqArticle } from '../src/knowledge/faqSchema';
import { SemanticPhrasings } from '../src/knowledge/faqSemantic';
import { loadFaq } from '../src/knowledge/loadFaq';
import { loadSentenceEncoder, type SentenceEncoder } from '../src/knowledge/sentenceEncoder';
import { startSentenceEncoderWorker } from '../src/knowledge/workerSentenceEncoder';
import { TextVectors } from '../src/knowledge/textVectors';
import { PROJECT_ROOT } from '../src/paths';

/** Questions the FAQ should not answer (off-topic, product questions, junk). */
const OFF_TOPIC = [
  'asdkjh qwpoeiru zzxq',
  'tell me a joke',
  'what is the capital of france',
  'is the Ridgeline jacket waterproof',
  'how heavy is the 2-person tent',
  'lorem ipsum dolor sit amet',
  'who won the football last night',
  'recommend a headlamp for running',
];

const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const log = (message: string) => process.stderr.write(`bench:faq ${message}\n`);

interface Case {
  text: string;
  expected: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Milliseconds per answer(), with the question's vector looked up (`embed` absent) or embedded now. */
async function timeQueries(
  index: FaqIndex,
  texts: string[],
  rounds: number,
  vectorOf: (text: string) => Float32Array,
  encoder?: SentenceEncoder,
): Promise<number[]> {
  const vector = async (text: string) => (encoder ? (await encoder.embed([text]))[0] : vectorOf(text));
  for (const text of texts) index.answer(text, { queryVector: await vector(text) }); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      index.answer(text, { queryVector: await vector(text) });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return times.sort((a, b) => a - b);
}

/**
 * How long other turns would wait: the gaps (ms) between ticks of a 1 ms timer while the questions
 * are embedded one after another — the longest and the 99th percentile.
 */
async function eventLoopStall(
  encoder: SentenceEncoder,
  texts: string[],
): Promise<{ max: number; p99: number }> {
  const ticks: number[] = [performance.now()];
  const timer = setInterval(() => ticks.push(performance.now()), 1);
  for (const text of texts) await encoder.embed([text]);
  await new Promise((resolve) => setTimeout(resolve, 5)); // lets the timer see the last stall
  clearInterval(timer);
  const gaps = ticks
    .slice(1)
    .map((t, i) => t - ticks[i])
    .sort((x, y) => x - y);
  return { max: gaps[gaps.length - 1] ?? 0, p99: percentile(gaps, 99) };
}

/** The index of `indexed` with the meaning channel at the weight learned from `indexed` alone. */
function buildFused(indexed: FaqArticle[], synonyms: string[][], vectorOf: (text: string) => Float32Array) {
  const { semanticWeight } = learnSemanticWeight(indexed, { synonyms, vectorOf });
  const semantic = new SemanticPhrasings(indexed, vectorOf);
  return { index: FaqIndex.build(indexed, { synonyms, semantic, semanticWeight }), semanticWeight };
}

function evaluate(index: FaqIndex, cases: Case[], vectorOf?: (text: string) => Float32Array) {
  let at1 = 0;
  let at3 = 0;
  const tops: { confidence: number; right: boolean }[] = [];
  const split = { answer: 0, answerRight: 0, choices: 0, choicesContain: 0, none: 0 };
  const misses: string[] = [];
  for (const { text, expected } of cases) {
    const queryVector = vectorOf?.(text);
    const hits = index.search(text, { limit: 3, queryVector });
    const right = hits[0]?.article.id === expected;
    if (right) at1 += 1;
    else misses.push(`  "${text}" → ${hits[0]?.article.id ?? '(nothing)'} (want ${expected})`);
    if (hits.some((h) => h.article.id === expected)) at3 += 1;
    tops.push({ confidence: hits[0]?.confidence ?? 0, right });
    const decision = index.answer(text, { queryVector });
    split[decision.kind] += 1;
    if (decision.kind === 'answer' && decision.article.id === expected) split.answerRight += 1;
    if (decision.kind === 'choices' && decision.articles.some((a) => a.id === expected))
      split.choicesContain += 1;
  }
  return { at1: at1 / cases.length, at3: at3 / cases.length, tops, split, misses };
}

function sweep(tops: { confidence: number; right: boolean }[]) {
  return THRESHOLDS.map((threshold) => {
    const answered = tops.filter((t) => t.confidence > threshold);
    const right = answered.filter((t) => t.right).length;
    return {
      threshold,
      answeredShare: answered.length / tops.length,
      answeredPrecision: answered.length ? right / answered.length : 1,
    };
  });
}

/**
 * The same scoring with the k-th phrasing from the end held out instead (k = 1..5): the last
 * phrasings were written last and tend to be the longest, so this shows how much depends on
 * which phrasing is held out.
 */
function rotatedPrecision(
  articles: FaqArticle[],
  synonyms: string[][],
  vectorOf: (text: string) => Float32Array,
) {
  return [1, 2, 3, 4, 5].map((k) => {
    log(`rotation ${k}/5: learning the meaning weight and scoring`);
    const heldOut = (a: FaqArticle) => a.questions.length - k;
    const indexed = articles.map((a) => ({
      ...a,
      questions: a.questions.filter((_, i) => i !== heldOut(a)),
    }));
    const cases = articles.map((a) => ({ text: a.questions[heldOut(a)], expected: a.id }));
    const fused = buildFused(indexed, synonyms, vectorOf);
    const words = evaluate(fused.index, cases);
    const { at1, at3, tops } = evaluate(fused.index, cases, vectorOf);
    return { heldOutFromEnd: k, semanticWeight: fused.semanticWeight, wordsAt1: words.at1, at1, at3, tops };
  });
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main(): Promise<void> {
  const dir = join(PROJECT_ROOT, 'knowledge', 'faq');
  const { articles, synonyms } = loadFaq(dir);
  const indexed: FaqArticle[] = articles.map((a) => ({ ...a, questions: a.questions.slice(0, -1) }));
  const cases: Case[] = articles.map((a) => ({ text: a.questions[a.questions.length - 1], expected: a.id }));
  log(`${articles.length} articles; ${cases.length} held-out phrasings; ${synonyms.length} synonym groups`);

  // A text's vector depends on that text alone, so every phrasing (held out or not) and the
  // off-topic questions are embedded once, reusing models/faq-vectors.json where it has them.
  // The encoder in its worker thread, as the bot runs it.
  const encoder = await startSentenceEncoderWorker();
  const vectors = await TextVectors.load(join(PROJECT_ROOT, 'models', 'faq-vectors.json'), encoder.id);
  const embedded = await vectors.ensure(
    [...SemanticPhrasings.texts(articles), ...OFF_TOPIC],
    encoder,
    (done, total) => log(`embedding ${done}/${total}`),
  );
  log(`${embedded} texts embedded now, ${vectors.size - embedded} from models/faq-vectors.json`);
  const vectorOf = (text: string) => vectors.of(text);

  const wordsIndex = FaqIndex.build(indexed, { synonyms });
  const words = evaluate(wordsIndex, cases);
  const buildStart = process.hrtime.bigint();
  const { index, semanticWeight } = buildFused(indexed, synonyms, vectorOf);
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  const result = evaluate(index, cases, vectorOf);
  const offTopic = OFF_TOPIC.map((text) => index.answer(text, { queryVector: vectorOf(text) }).kind);
  const queries = [...cases.map((c) => c.text), ...OFF_TOPIC];
  const times = await timeQueries(index, queries, 20, vectorOf);
  const embedTimes = await timeQueries(index, queries, 2, vectorOf, encoder);
  log('event-loop stall while embedding: in the worker thread, then in-process');
  const stallWorker = await eventLoopStall(encoder, queries);
  await encoder.close();
  const inProcess = await loadSentenceEncoder();
  await inProcess.embed(['warm up']);
  const stallInProcess = await eventLoopStall(inProcess, queries);
  const rotated = rotatedPrecision(articles, synonyms, vectorOf);
  const sweepRows = sweep(rotated.flatMap((r) => r.tops));
  const rotations = rotated.map(({ heldOutFromEnd, semanticWeight: weight, wordsAt1, at1, at3 }) => ({
    heldOutFromEnd,
    semanticWeight: weight,
    wordsAt1,
    at1,
    at3,
  }));

  if (result.misses.length) log(`top-1 misses (words + meaning):\n${result.misses.join('\n')}`);
  const n = cases.length;
  const { split } = result;
  const rows = [
    ['articles / held-out phrasings', `${articles.length} / ${n}`],
    ['precision@1 / @3, words only', `${pct(words.at1)} / ${pct(words.at3)}`],
    [`meaning weight (learned on the indexed phrasings)`, `${semanticWeight}`],
    ['precision@1, words + meaning', pct(result.at1)],
    ['precision@3, words + meaning', pct(result.at3)],
    [
      `answer (> ${ANSWER_THRESHOLD})`,
      `${pct(split.answer / n)} (right ${split.answerRight}/${split.answer})`,
    ],
    ['choices', `${pct(split.choices / n)} (contain right ${split.choicesContain}/${split.choices})`],
    [`none (coverage < ${NONE_THRESHOLD})`, pct(split.none / n)],
    ['off-topic → none', `${offTopic.filter((k) => k === 'none').length}/${OFF_TOPIC.length}`],
    [
      'latency p50 / p99 (ms), vector given',
      `${percentile(times, 50).toFixed(3)} / ${percentile(times, 99).toFixed(3)}`,
    ],
    [
      'latency p50 / p99 (ms), question embedded',
      `${percentile(embedTimes, 50).toFixed(3)} / ${percentile(embedTimes, 99).toFixed(3)}`,
    ],
    [
      'event-loop stall max / p99 (ms), worker vs in-process',
      `${stallWorker.max.toFixed(1)} / ${stallWorker.p99.toFixed(1)} vs ${stallInProcess.max.toFixed(1)} / ${stallInProcess.p99.toFixed(1)}`,
    ],
    ['precision@1, words only, rotated', rotations.map((r) => pct(r.wordsAt1)).join('  ')],
    ['precision@1 / @3 + meaning, rotated', rotations.map((r) => `${pct(r.at1)}/${pct(r.at3)}`).join('  ')],
    ['meaning weight per rotation', rotations.map((r) => r.semanticWeight).join('  ')],
    ['index build + weight learning (ms)', buildMs.toFixed(1)],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n\n`);
  process.stdout.write(
    `answer threshold sweep, pooled over the 5 rotations (${sweepRows.length} steps)\nthreshold  answered  precision of answered\n${sweepRows
      .map(
        (r) =>
          `${r.threshold.toFixed(2).padEnd(9)}  ${pct(r.answeredShare).padEnd(8)}  ${pct(r.answeredPrecision)}`,
      )
      .join('\n')}\n`,
  );
  // The rule ANSWER_THRESHOLD documents: the lowest step above 0.5 whose confident answers are
  // ≥ 90% right (ANSWER_THRESHOLD may sit a step above it for margin).
  const suggested = sweepRows.find((r) => r.threshold > 0.5 && r.answeredPrecision >= 0.9)?.threshold ?? null;
  process.stdout.write(
    `rule (≥ 90% of answers right, > 0.5) picks ${suggested}; ANSWER_THRESHOLD is ${ANSWER_THRESHOLD}\n`,
  );
  const json = {
    articles: articles.length,
    heldOut: n,
    precisionAt1WordsOnly: words.at1,
    precisionAt3WordsOnly: words.at3,
    semanticWeight,
    precisionAt1: result.at1,
    precisionAt3: result.at3,
    answerThreshold: ANSWER_THRESHOLD,
    suggestedAnswerThreshold: suggested,
    noneThreshold: NONE_THRESHOLD,
    split: { answer: split.answer / n, choices: split.choices / n, none: split.none / n },
    answerPrecision: split.answer ? split.answerRight / split.answer : null,
    choicesContainRight: split.choices ? split.choicesContain / split.choices : null,
    offTopicNone: offTopic.filter((k) => k === 'none').length / OFF_TOPIC.length,
    latencyMs: { p50: percentile(times, 50), p99: percentile(times, 99) },
    latencyWithEmbeddingMs: { p50: percentile(embedTimes, 50), p99: percentile(embedTimes, 99) },
    eventLoopStallMs: { worker: stallWorker, inProcess: stallInProcess },
    buildMs,
    rotated: rotations,
    thresholdSweep: sweepRows,
  };
  process.stdout.write(`${JSON.stringify(json)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench:faq failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
