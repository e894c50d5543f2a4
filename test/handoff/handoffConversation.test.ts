// The whole bot with a human in the loop: a request opens a case (handoff.initiate with the transcript),
// the shopper's messages go to the case while it holds the conversation, the agent's replies arrive
// through continueConversationAsync, and after the hand-back the bot answers again and takes a rating.
import { rmSync } from 'node:fs';
import { ALEX, SAM, Shopper, handoffCore, handoffEvents, texts, useHandoffCore } from './handoffHarness';

const harness = useHandoffCore();

test('ask for a person, wait, talk to the agent, get handed back, rate, carry on with the bot', async () => {
  const shopper = new Shopper(harness(), 'conv-main');
  expect(texts(await shopper.say('show me tents')).join(' ')).toMatch(/matches/);

  const asked = await shopper.say('I want to talk to a human');
  expect(texts(asked).join(' ')).toMatch(/number 1 in the queue — about \d+ minutes?/);
  expect(handoffEvents(asked)).toEqual(['handoff.initiate']);
  const initiate = asked.find((a) => a.name === 'handoff.initiate')!;
  expect(initiate.value).toMatchObject({ reason: 'requested', caseId: expect.stringMatching(/^case-/) });
  const transcript = initiate.attachments?.[0].content as { activities: { text: string }[] };
  expect(transcript.activities.map((a) => a.text)).toContain('show me tents');
  const caseId = (initiate.value as { caseId: string }).caseId;

  // While queued: no NLU, no dialogs — the message goes to the case and the shopper hears their place.
  const waiting = await shopper.say('show me headlamps');
  expect(texts(waiting)).toEqual([expect.stringMatching(/still number 1 in the queue/)]);

  const claimed = await shopper.during(() => harness().core.handoff.service.claim(caseId, SAM));
  expect(handoffEvents(claimed)).toEqual(['handoff.status:accepted']);
  expect(texts(claimed)).toEqual(['Sam from our team has joined the chat.']);

  // While assigned the bot stays silent; the agent sees the message.
  expect(await shopper.say('do you have the Ridgeline jacket in red?')).toEqual([]);
  const c = await harness().core.handoff.service.cases.get(caseId);
  expect(c?.lines.filter((l) => l.from === 'shopper').map((l) => l.text)).toEqual([
    'show me headlamps',
    'do you have the Ridgeline jacket in red?',
  ]);
  expect(c?.context.map((s) => s.title)).toEqual(
    expect.arrayContaining([
      'NLU confidence (recent messages)',
      'Viewed products (most recent first)',
      'Cart',
    ]),
  );

  const product = harness().core.handoff.console.findProducts('ridgeline jacket')[0];
  const replied = await shopper.during(() =>
    harness().core.handoff.service.reply(caseId, SAM, {
      text: 'Hi! <b>Red</b> is sold out.',
      productId: product.id,
    }),
  );
  expect(texts(replied)[0]).toBe('Sam: Hi! <b>Red</b> is sold out.');
  expect(replied.find((a) => a.type === 'message')?.textFormat).toBe('plain');
  expect(
    replied.some((a) => a.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive'),
  ).toBe(true);

  // Another agent cannot write to Sam's case.
  expect(await harness().core.handoff.service.reply(caseId, ALEX, { text: 'me too' })).toEqual({
    ok: false,
    error: 'notHolder',
  });

  const back = await shopper.during(() => harness().core.handoff.service.handBack(caseId, SAM));
  expect(handoffEvents(back)).toEqual(['handoff.status:completed']);
  const question = back.find((a) => a.type === 'message')!;
  expect(question.text).toMatch(/Sam has handed you back to me/);
  expect(question.suggestedActions?.actions.map((a) => a.title)).toEqual(['1 ★', '2 ★', '3 ★', '4 ★', '5 ★']);

  expect(texts(await shopper.say('5 ★'))).toEqual(['Thanks for rating the chat 5 out of 5!']);
  expect((await harness().core.handoff.service.cases.get(caseId))?.rating).toBe(5);
  expect(texts(await shopper.say('show me headlamps')).join(' ')).toMatch(/matches/);
});

test('"back to the bot" leaves the queue and the bot answers again', async () => {
  const shopper = new Shopper(harness(), 'conv-back');
  await shopper.say('can I speak to someone please');
  const left = await shopper.say('back to the bot');
  expect(handoffEvents(left)).toEqual(['handoff.status:completed']);
  expect(texts(left)).toEqual([expect.stringMatching(/you're back with me/)]);
  const open = await harness().core.handoff.service.cases.openCases();
  expect(open.some((c) => c.conversation.conversation.id === 'conv-back')).toBe(false);
  expect(texts(await shopper.say('show me tents')).join(' ')).toMatch(/matches/);
});

test('two misunderstandings in a row bring in a person', async () => {
  const shopper = new Shopper(harness(), 'conv-lost');
  const first = await shopper.say('zorp blatt quiggle');
  expect(texts(first).join(' ')).not.toMatch(/queue/);
  const second = await shopper.say('flim flam zibber');
  expect(texts(second).join(' ')).toMatch(/not getting this right.*number \d+ in the queue/);
  expect(second.find((a) => a.name === 'handoff.initiate')?.value).toMatchObject({ reason: 'misunderstood' });
});

test('frustration brings in a person with high priority', async () => {
  const shopper = new Shopper(harness(), 'conv-angry');
  const replies = await shopper.say('this is useless, what a waste of my time');
  expect(texts(replies).join(' ')).toMatch(/frustrating.*in the queue/);
  expect(replies.find((a) => a.name === 'handoff.initiate')?.value).toMatchObject({
    reason: 'frustrated',
    priority: 'high',
  });
});

test('a flow interrupted by the handoff is asked again after the hand-back', async () => {
  const shopper = new Shopper(harness(), 'conv-flow');
  const prompt = await shopper.say('I want to buy something');
  const question = texts(prompt).join(' ');
  expect(question).toMatch(/what are you (looking|shopping) for/i);
  await shopper.say('talk to a person');
  const c = (await harness().core.handoff.service.cases.openCases()).find(
    (x) => x.conversation.conversation.id === 'conv-flow',
  )!;
  await harness().core.handoff.service.claim(c.id, ALEX);
  const back = await shopper.during(() => harness().core.handoff.service.handBack(c.id, ALEX));
  expect(texts(back).slice(1)).toEqual([question]);
});

test('an agent who goes quiet gives the shopper back to the bot, which asks its question again', async () => {
  const shopper = new Shopper(harness(), 'conv-idle');
  const question = texts(await shopper.say('I want to buy something')).join(' ');
  await shopper.say('talk to a person');
  const { service } = harness().core.handoff;
  const open = (await service.cases.openCases()).find((x) => x.conversation.conversation.id === 'conv-idle')!;
  await service.claim(open.id, SAM);
  expect(await service.sweep()).toBe(0);
  // Thirty-one minutes pass with no word from Sam (the claim is moved back, as the clock is real).
  const key = `handoff/cases/${open.id}`;
  const stored = (await harness().core.storage.read([key]))[key];
  const longAgo = new Date(Date.now() - 31 * 60_000).toISOString();
  await harness().core.storage.write({ [key]: { ...stored, assignedAt: longAgo, eTag: '*' } });
  const away = await shopper.during(() => service.sweep());
  expect(handoffEvents(away)).toEqual(['handoff.status:failed']);
  expect(texts(away)[0]).toMatch(/Sam .*step(ped)? away/);
  expect(texts(away).slice(1)).toEqual([question]);
  expect((await service.cases.get(open.id))?.state).toBe('timed_out');
  expect(texts(await shopper.say('show me headlamps')).join(' ')).toMatch(/matches/);
});

test('without staff accounts nothing is handed off; an explicit request gets an honest answer', async () => {
  const bare = await handoffCore(false);
  try {
    const shopper = new Shopper(bare, 'conv-nostaff');
    const replies = await shopper.say('I want to talk to a human');
    expect(texts(replies)).toEqual([expect.stringMatching(/can't bring in a person/)]);
    expect(handoffEvents(replies)).toEqual([]);
    expect(await bare.core.handoff.service.cases.openCases()).toEqual([]);
  } finally {
    await bare.core.close();
    rmSync(bare.dataDir, { recursive: true, force: true });
  }
});
