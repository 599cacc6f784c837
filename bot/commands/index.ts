import { LANGUAGES, type Language } from '../../src/i18n/language';
import { botText, languageOfTurn } from '../text';
import { actions } from './actions';
import { caseCommand } from './case';
import { commandName, helpCommand } from './help';
import { latest } from './latest';
import { pause } from './pause';
import { postNow } from './post-now';
import { resume } from './resume';
import { search } from './search';
import { status } from './status';
import type {
  CommandId,
  CommandInfo,
  CommandRequest,
  PersonalCommand,
  TeamCommand,
  TeamCommandRequest,
} from './types';
import { unsubscribe } from './unsubscribe';

export { commandName } from './help';
export type {
  CommandId,
  CommandInfo,
  CommandRequest,
  PersonalCommand,
  TeamCommand,
  TeamCommandRequest,
} from './types';

const teamHelp: TeamCommand = helpCommand('help.team', () => teamHandlers.map(({ id }) => id));
const personalHelp: PersonalCommand = helpCommand('help.personal', () =>
  personalHandlers.map(({ id }) => id),
);

const teamHandlers: readonly TeamCommand[] = [
  teamHelp,
  status,
  pause,
  resume,
  postNow,
  unsubscribe,
  actions,
];
const personalHandlers: readonly PersonalCommand[] = [latest, caseCommand, search, personalHelp];

const info = ({ id }: { id: CommandId }): CommandInfo => ({
  name: commandName(id, 'en'),
  description: botText('en').text(`command.${id}.description`),
  welshName: commandName(id, 'cy'),
  welshDescription: botText('cy').text(`command.${id}.description`),
});

/** The commands a team channel understands (for the manifest's command list). */
export const teamCommands: CommandInfo[] = teamHandlers.map(info);

/** The commands a personal chat understands (for the manifest's command list). */
export const personalCommands: CommandInfo[] = personalHandlers.map(info);

interface Named<T> {
  name: string;
  language: Language;
  command: T;
}

/** Every name of every command, longest first, so `post now` is found before a shorter name. */
function byNameLength<T extends { id: CommandId }>(handlers: readonly T[]): readonly Named<T>[] {
  return handlers
    .flatMap((command) =>
      LANGUAGES.map((language) => ({
        name: commandName(command.id, language).toLowerCase(),
        language,
        command,
      })),
    )
    .sort((a, b) => b.name.length - a.name.length);
}
const teamLookup = byNameLength(teamHandlers);
const personalLookup = byNameLength(personalHandlers);

/**
 * The command whose name (English or Welsh) starts the text, with the rest as its arguments;
 * else `help`. A Welsh name is answered in Welsh; otherwise the sender's Teams language decides.
 */
function match<T extends { id: CommandId }>(
  lookup: readonly Named<T>[],
  help: T,
  text: string,
  turnLanguage: Language,
): { command: T; args: string; language: Language } {
  const lower = text.toLowerCase();
  const found = lookup.find(({ name }) => lower === name || lower.startsWith(`${name} `));
  if (!found) return { command: help, args: '', language: turnLanguage };
  return {
    command: found.command,
    args: text.slice(found.name.length).trim(),
    language: found.language === 'cy' ? 'cy' : turnLanguage,
  };
}

/** Runs a channel command; unknown input gets help. */
export async function runTeamCommand(
  text: string,
  request: Omit<TeamCommandRequest, 'args' | 'language' | 'text'>,
): Promise<void> {
  const found = match(teamLookup, teamHelp, text, languageOfTurn(request.context));
  await found.command.run({
    ...request,
    args: found.args,
    language: found.language,
    text: botText(found.language),
  });
}

/** Runs a personal-chat command; unknown input gets help. */
export async function runPersonalCommand(
  text: string,
  request: Omit<CommandRequest, 'args' | 'language' | 'text'>,
): Promise<void> {
  const found = match(personalLookup, personalHelp, text, languageOfTurn(request.context));
  await found.command.run({
    ...request,
    args: found.args,
    language: found.language,
    text: botText(found.language),
  });
}
