// Runs every transcript in test/conversations/ against the real bot (seeded
// store, lowdb state in a temp dir). Each transcript is data: turns with what
// the user does and what each reply of that turn must look like.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Activity } from 'botbuilder';
import { cardTitles, makeTestShopkeeper, TestConversation } from './helpers/testShopkeeper';

const Expectation = z
  .object({
    text: z.string().optional(),
    suggestions: z.array(z.string()).optional(),
    noAttachments: z.boolean().optional(),
    cards: z
      .object({
        min: z.number().int().optional(),
        max: z.number().int().optional(),
        contentMatches: z.string().optional(),
        /** No card may match this (e.g. a brand the shopper excluded). */
        contentNotMatches: z.string().optional(),
        firstTitle: z.string().optional(),
        titleIsLastCardTitle: z.number().int().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
const Turn = z
  .object({
    join: z.literal(true).optional(),
    /** Stop the bot and start it again on the same data (state must survive). */
    restart: z.literal(true).optional(),
    user: z.string().optional(),
    userRepeat: z.object({ text: z.string(), times: z.number().int() }).optional(),
    submit: z.unknown().optional(),
    submitFromLastCards: z.object({ card: z.number().int(), action: z.string() }).optional(),
    expect: z.array(Expectation),
  })
  .strict();
const Transcript = z
  .object({ description: z.string(), channelId: z.string().optional(), turns: z.array(Turn).min(1) })
  .strict();
type Expectation = z.infer<typeof Expectation>;

const dir = join(__dirname, 'conversations');
const transcripts = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, transcript: Transcript.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))) }));

let env: Awaited<ReturnType<typeof makeTestShopkeeper>>;
beforeAll(async () => {
  env = await makeTestShopkeeper();
});
afterAll(async () => env.cleanup());

function submitValueFrom(cards: Partial<Activity>[], index: number, action: string): unknown {
  const attachments = cards.flatMap((r) => r.attachments ?? []);
  const content = attachments[index]?.content as { actions?: { data?: { action?: string } }[] } | undefined;
  const found = content?.actions?.find((a) => a.data?.action === action);
  if (!found) throw new Error(`no "${action}" action on card ${index}`);
  return found.data;
}

function check(
  reply: Partial<Activity> | undefined,
  e: Expectation,
  lastCards: Partial<Activity>[],
  where: string,
) {
  expect({ where, present: reply !== undefined }).toEqual({ where, present: true });
  const r = reply as Partial<Activity>;
  if (e.text !== undefined) expect(r.text ?? '').toMatch(new RegExp(e.text, 'i'));
  if (e.suggestions)
    expect((r.suggestedActions?.actions ?? []).map((a) => a.title)).toEqual(
      expect.arrayContaining(e.suggestions),
    );
  if (e.noAttachments) expect(r.attachments ?? []).toHaveLength(0);
  if (e.cards) {
    const attachments = r.attachments ?? [];
    expect(attachments.every((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
    if (e.cards.min !== undefined) expect(attachments.length).toBeGreaterThanOrEqual(e.cards.min);
    if (e.cards.max !== undefined) expect(attachments.length).toBeLessThanOrEqual(e.cards.max);
    const titles = cardTitles([r]);
    if (e.cards.contentMatches) {
      for (const a of attachments)
        expect(JSON.stringify(a.content)).toMatch(new RegExp(e.cards.contentMatches, 'i'));
    }
    if (e.cards.contentNotMatches) {
      for (const a of attachments)
        expect(JSON.stringify(a.content)).not.toMatch(new RegExp(e.cards.contentNotMatches, 'i'));
    }
    if (e.cards.firstTitle) expect(titles[0]).toBe(e.cards.firstTitle);
    if (e.cards.titleIsLastCardTitle !== undefined)
      expect(titles[0]).toBe(cardTitles(lastCards)[e.cards.titleIsLastCardTitle]);
  }
}

describe.each(transcripts)('conversation $file', ({ file, transcript }) => {
  it(transcript.description, async () => {
    const ids = { conversationId: `conv-${file}`, channelId: transcript.channelId };
    let conversation = new TestConversation(env.core, ids);
    let lastCards: Partial<Activity>[] = [];
    for (const [i, turn] of transcript.turns.entries()) {
      if (turn.restart) {
        await env.restart();
        conversation = new TestConversation(env.core, ids);
        continue;
      }
      const replies = turn.join
        ? await conversation.join()
        : turn.user !== undefined
          ? await conversation.say(turn.user)
          : turn.userRepeat
            ? await conversation.say(turn.userRepeat.text.repeat(turn.userRepeat.times))
            : turn.submitFromLastCards
              ? await conversation.submit(
                  submitValueFrom(lastCards, turn.submitFromLastCards.card, turn.submitFromLastCards.action),
                )
              : await conversation.submit(turn.submit);
      const where = `${file} turn ${i + 1}`;
      expect({ where, replies: replies.length }).toEqual({ where, replies: turn.expect.length });
      turn.expect.forEach((e, j) => check(replies[j], e, lastCards, `${where} reply ${j + 1}`));
      const withCards = replies.filter((r) => (r.attachments ?? []).length > 0);
      if (withCards.length) lastCards = withCards;
    }
  });
});
