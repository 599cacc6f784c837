import type { Language } from '../../src/i18n/language';
import { botText, type BotText } from '../text';
import type { CommandId } from './types';

/** A command's name in a language. */
export function commandName(id: CommandId, language: Language): string {
  return botText(language).text(`command.${id}.name`);
}

/** The help text: one line per command, in the reader's language, and how to ask in the other. */
function helpText(t: BotText, intro: 'help.team' | 'help.personal', ids: readonly CommandId[]) {
  const other: Language = t.language === 'cy' ? 'en' : 'cy';
  return [
    t.text(intro),
    ...ids.map((id) =>
      t.text('help.line', {
        name: t.text(`command.${id}.name`),
        description: t.text(`command.${id}.description`),
      }),
    ),
    '',
    t.text('help.otherLanguage', { command: commandName('help', other) }),
  ].join('\n');
}

/** `help` (`cymorth`) in a channel or a personal chat. */
export function helpCommand(intro: 'help.team' | 'help.personal', ids: () => readonly CommandId[]) {
  return {
    id: 'help' as const,
    run: async (request: {
      text: BotText;
      context: { sendActivity(text: string): Promise<unknown> };
    }): Promise<void> => {
      await request.context.sendActivity(helpText(request.text, intro, ids()));
    },
  };
}
