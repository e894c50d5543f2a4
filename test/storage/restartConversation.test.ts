// A conversation survives a bot restart: state lives in the lowdb storage directory, not in the process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConversationState, TestAdapter, UserState, type TurnContext } from 'botbuilder';
import { LowdbStorage } from '../../src/storage/lowdbStorage';

const CONVERSATION = { id: 'restart-convo-1', name: 'restart', isGroup: false, conversationType: 'personal' };

/** Everything one bot process holds: storage, state objects and a tiny bot; `talk` opens a conversation with it. */
async function startBot(
  stateDir: string,
): Promise<{ talk: (conversationId?: string) => TestAdapter; storage: LowdbStorage }> {
  const storage = await LowdbStorage.open(stateDir);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const turns = conversationState.createProperty<number>('turns');
  const name = userState.createProperty<string>('name');

  const bot = async (context: TurnContext): Promise<void> => {
    const turn = (await turns.get(context, 0)) + 1;
    await turns.set(context, turn);
    const said = /^my name is (.+)$/i.exec(context.activity.text ?? '');
    if (said) await name.set(context, said[1]!);
    const known = await name.get(context);
    await context.sendActivity(`turn ${turn}${known ? `, ${known}` : ''}`);
    await conversationState.saveChanges(context);
    await userState.saveChanges(context);
  };
  const talk = (id = CONVERSATION.id) => new TestAdapter(bot, { conversation: { ...CONVERSATION, id } });
  return { talk, storage };
}

describe('a conversation over LowdbStorage', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'restart-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('continues the turn counter and remembers the name after a restart', async () => {
    const stateDir = join(dir, 'state');

    const before = await startBot(stateDir);
    await before.talk().send('hello').assertReply('turn 1').send('my name is Zoë').assertReply('turn 2, Zoë');
    await before.storage.close();

    const after = await startBot(stateDir);
    await after.talk().send('I am back').assertReply('turn 3, Zoë').send('again').assertReply('turn 4, Zoë');
    await after.storage.close();
  });

  it('keeps different conversations apart but shares the user across them', async () => {
    const stateDir = join(dir, 'state');
    const first = await startBot(stateDir);
    await first.talk().send('my name is Ana').assertReply('turn 1, Ana');
    await first.storage.close();

    const second = await startBot(stateDir);
    await second.talk('other').send('hi').assertReply('turn 1, Ana');
    await second.talk().send('hi').assertReply('turn 2, Ana');
    await second.storage.close();
  });
});
