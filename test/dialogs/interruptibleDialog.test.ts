// A flow's prompt answer wins over the NLU's control intents when it is one of the prompt's choices.
import { type Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { ChoicePrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { InterruptibleDialog } from '../../dialogs/interruptibleDialog';
import { setRecognition } from '../../dialogs/turnRecognition';

/** Asks for a colour and says which was chosen. */
class ColourFlow extends InterruptibleDialog {
  constructor() {
    super('colourFlow');
    this.addDialog(new ChoicePrompt('askColour'));
    this.addDialog(
      new WaterfallDialog('steps', [
        (step: WaterfallStepContext) =>
          step.prompt('askColour', { prompt: 'Which colour?', choices: ['Slate', 'Sand'] }),
        async (step: WaterfallStepContext) => {
          await step.context.sendActivity(`You chose ${(step.result as { value: string }).value}`);
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = 'steps';
  }
}

/** An NLU that hears "clean slate" in "Slate": start over, and sure of it. */
const mishearing: Middleware = {
  onTurn: async (context, next) => {
    const text = context.activity.text ?? '';
    const intent = /slate|start over/i.test(text) ? 'start_over' : 'none';
    setRecognition(context, { text, intent, score: 0.99, alternatives: [], entities: [] });
    await next();
  },
};

describe('InterruptibleDialog', () => {
  it.each(['Slate', 'slate.', '  SLATE '])(
    'takes "%s", one of the choices offered, as the answer',
    async (answer) => {
      const client = new DialogTestClient('test', new ColourFlow(), undefined, [mishearing]);
      expect((await client.sendActivity('hi')).text).toMatch('Which colour?');
      expect((await client.sendActivity(answer)).text).toBe('You chose Slate');
    },
  );

  it('still starts over on a message that is not a choice', async () => {
    const client = new DialogTestClient('test', new ColourFlow(), undefined, [mishearing]);
    await client.sendActivity('hi');
    expect((await client.sendActivity('start over')).text).toMatch(/start/i);
    expect(client.dialogTurnResult.status).toBe('complete');
  });
});
