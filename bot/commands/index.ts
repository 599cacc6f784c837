import { caseCommand } from './case';
import { helpCommand } from './help';
import { latest } from './latest';
import { pause } from './pause';
import { postNow } from './post-now';
import { resume } from './resume';
import { search } from './search';
import { status } from './status';
import type {
  CommandInfo,
  CommandRequest,
  PersonalCommand,
  TeamCommand,
  TeamCommandRequest,
} from './types';
import { unsubscribe } from './unsubscribe';

export type {
  CommandInfo,
  CommandRequest,
  PersonalCommand,
  TeamCommand,
  TeamCommandRequest,
} from './types';

const TEAM_INTRO = 'Mention me with one of these in a channel:';
const PERSONAL_INTRO = 'Here is what I can do in this chat:';

const teamHelp: TeamCommand = helpCommand(TEAM_INTRO, () => teamCommands);
const personalHelp: PersonalCommand = helpCommand(PERSONAL_INTRO, () => personalCommands);

const teamHandlers: readonly TeamCommand[] = [
  teamHelp,
  status,
  pause,
  resume,
  postNow,
  unsubscribe,
];
const personalHandlers: readonly PersonalCommand[] = [latest, caseCommand, search, personalHelp];

const info = ({ name, description }: CommandInfo): CommandInfo => ({ name, description });

/** The commands a team channel understands (for the manifest's command list). */
export const teamCommands: CommandInfo[] = teamHandlers.map(info);

/** The commands a personal chat understands (for the manifest's command list). */
export const personalCommands: CommandInfo[] = personalHandlers.map(info);

/** Longest names first, so `post now` is found before a shorter name it starts with. */
const byNameLength = <T extends CommandInfo>(handlers: readonly T[]): readonly T[] =>
  [...handlers].sort((a, b) => b.name.length - a.name.length);
const teamLookup = byNameLength(teamHandlers);
const personalLookup = byNameLength(personalHandlers);

/** The command whose name starts the text, with the rest as its arguments; else `help`. */
function match<T extends CommandInfo>(
  handlers: readonly T[],
  help: T,
  text: string,
): { command: T; args: string } {
  const lower = text.toLowerCase();
  const command = handlers.find(({ name }) => lower === name || lower.startsWith(`${name} `));
  return command
    ? { command, args: text.slice(command.name.length).trim() }
    : { command: help, args: '' };
}

/** Runs a channel command; unknown input gets help. */
export async function runTeamCommand(
  text: string,
  request: Omit<TeamCommandRequest, 'args'>,
): Promise<void> {
  const { command, args } = match(teamLookup, teamHelp, text);
  await command.run({ ...request, args });
}

/** Runs a personal-chat command; unknown input gets help. */
export async function runPersonalCommand(
  text: string,
  request: Omit<CommandRequest, 'args'>,
): Promise<void> {
  const { command, args } = match(personalLookup, personalHelp, text);
  await command.run({ ...request, args });
}
