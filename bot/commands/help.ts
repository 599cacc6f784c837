import type { CommandInfo } from './types';

/** The help text: one line per command. */
function helpText(intro: string, commands: readonly CommandInfo[]): string {
  return [
    intro,
    ...commands.map((command) => `- **${command.name}**: ${command.description}`),
  ].join('\n');
}

/** `help` in a channel or a personal chat. */
export function helpCommand(intro: string, commands: () => readonly CommandInfo[]) {
  return {
    name: 'help',
    description: 'Show what I can do',
    run: async (request: {
      context: { sendActivity(text: string): Promise<unknown> };
    }): Promise<void> => {
      await request.context.sendActivity(helpText(intro, commands()));
    },
  };
}
