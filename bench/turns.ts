// npm run bench:turns — turn throughput and latency of the real bot over HTTP
// with ExpectReplies (state persisted to disk every turn), side by side with
// a bare echo bot in the same run. Each server runs in its own process; the
// load generator (autocannon, 16 connections) runs here.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_S = 2;

/** A realistic shopper conversation: greets, searches, asks for help, opens details, searches again. */
const MIX: ({ text: string } | { value: unknown })[] = [
  { text: 'show me tents' },
  { text: 'waterproof jackets' },
  { text: 'ridgline jaket' },
  { text: 'merino base layer' },
  { text: 'hello' },
  { text: 'headlamp' },
  { text: 'sleeping bag for winter' },
  { text: 'help' },
  { value: { action: 'details', productId: 'JKT-0001' } },
  { text: 'I want to buy something' },
  { text: 'backpacks' },
  { text: 'thanks' },
];
/**
 * A whole shopping journey per shopper: search → refine three times → select → add to cart →
 * checkout to the order summary (the last turn asks "Shall I place this order?"; no order is placed,
 * so stock never runs out during the run).
 */
const SHOPPING_SCRIPT: { text: string }[] = [
  { text: 'show me tents' },
  { text: 'only 2-person' },
  { text: 'under $500' },
  { text: 'in green' },
  { text: 'the second one' },
  { text: 'add it to my cart' },
  { text: 'checkout' },
  { text: 'Jane Doe, 1 Main St, Springfield, IL 62704, US' },
  { text: 'standard' },
];
/** What the last reply of the shopping script must say (checked once before the load). */
const SCRIPT_ENDS_WITH = /Shall I place this order/;
const SEARCH_ONLY = [
  { text: 'show me tents' },
  { text: 'waterproof jackets' },
  { text: 'ridgline jaket' },
  { text: 'headlamp' },
];

interface Target {
  port: number;
  child: ChildProcess;
}

async function spawnTarget(kind: 'echo' | 'shopkeeper'): Promise<Target> {
  const child = fork(join(__dirname, 'serve.ts'), [kind], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: unknown) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return { port, child };
}

function body(message: { text: string } | { value: unknown }, conversationId: string, n: number): string {
  return JSON.stringify({
    type: 'message',
    id: `b${n}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1/',
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}` },
    recipient: { id: 'bot' },
    deliveryMode: 'expectReplies',
    ...message,
  });
}

/**
 * Loads the target: every connection plays shoppers one after another, each
 * shopper a conversation of its own that sends `messages` in order (autocannon
 * resets the per-connection context after the last request of the list).
 */
async function load(port: number, messages: typeof MIX, seconds: number) {
  let shoppers = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: messages.map((message, turn) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: autocannon.Request, ctx: object) => {
        const context = ctx as { conversation?: string };
        context.conversation ??= `bench-${process.pid}-${++shoppers}`;
        return { ...req, body: body(message, context.conversation, turn) };
      },
    })),
  });
  return {
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    total: result.requests.total,
  };
}

/** Plays the script once as one shopper and fails unless the bot ends where the script expects. */
async function checkScript(port: number): Promise<void> {
  let last = '';
  for (const [turn, message] of SHOPPING_SCRIPT.entries()) {
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(message, `bench-check-${process.pid}`, turn),
    });
    const replies = ((await response.json()) as { activities?: { text?: string }[] }).activities ?? [];
    last = replies.map((a) => a.text ?? '').join(' | ');
  }
  if (!SCRIPT_ENDS_WITH.test(last)) throw new Error(`the shopping script ended with: ${last}`);
}

async function measure(kind: 'echo' | 'shopkeeper', messages: typeof MIX) {
  const target = await spawnTarget(kind);
  try {
    if (messages === SHOPPING_SCRIPT) await checkScript(target.port);
    await load(target.port, messages, WARMUP_S);
    return await load(target.port, messages, DURATION_S);
  } finally {
    target.child.disconnect();
    target.child.kill();
  }
}

async function main(): Promise<void> {
  process.stderr.write(
    `bench:turns — ${CONNECTIONS} connections, ${DURATION_S} s per run after ${WARMUP_S} s warm-up; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  const rows: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  rows['echo bot (restify + CloudAdapter)'] = await measure('echo', [{ text: 'hello' }]);
  rows['shopkeeper: product search turns'] = await measure('shopkeeper', SEARCH_ONLY);
  rows['shopkeeper: realistic mix'] = await measure('shopkeeper', MIX);
  rows['shopkeeper: search → refine → select → add → checkout'] = await measure(
    'shopkeeper',
    SHOPPING_SCRIPT,
  );
  const echo = rows['echo bot (restify + CloudAdapter)'].requestsPerSec;
  const table = Object.entries(rows).map(([name, r]) => ({
    target: name,
    'turns/s': Math.round(r.requestsPerSec),
    'p50 ms': r.p50Ms,
    'p99 ms': r.p99Ms,
    errors: r.errors,
    'ratio to echo': Number((r.requestsPerSec / echo).toFixed(2)),
  }));
  console.table(table);
  const search = rows['shopkeeper: product search turns'];
  const mix = rows['shopkeeper: realistic mix'];
  const script = rows['shopkeeper: search → refine → select → add → checkout'];
  process.stdout.write(
    JSON.stringify({
      connections: CONNECTIONS,
      seconds: DURATION_S,
      echoTurnsPerSec: Math.round(echo),
      searchTurnsPerSec: Math.round(search.requestsPerSec),
      mixTurnsPerSec: Math.round(mix.requestsPerSec),
      searchRatioToEcho: Number((search.requestsPerSec / echo).toFixed(2)),
      mixRatioToEcho: Number((mix.requestsPerSec / echo).toFixed(2)),
      searchP50Ms: search.p50Ms,
      searchP99Ms: search.p99Ms,
      scriptTurnsPerSec: Math.round(script.requestsPerSec),
      scriptRatioToEcho: Number((script.requestsPerSec / echo).toFixed(2)),
      scriptP50Ms: script.p50Ms,
      scriptP99Ms: script.p99Ms,
      echoP99Ms: rows['echo bot (restify + CloudAdapter)'].p99Ms,
      loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
      errors: search.errors + mix.errors + script.errors,
    }) + '\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:turns failed: ${String(error)}\n`);
  process.exit(1);
});
