import type { TurnContext } from 'botbuilder';
import type { BotDeps } from '../deps';
import type { TeamPlace } from '../turn';

/** A command as typed by the user, after the bot's mention is removed. */
export interface CommandRequest {
  deps: BotDeps;
  context: TurnContext;
  /** Whatever followed the command's name, trimmed. */
  args: string;
}

/** A command in a team channel: it knows the team and channel it was typed in. */
export interface TeamCommandRequest extends CommandRequest {
  place: TeamPlace;
}

/** What a command answers to, for the manifest and help. */
export interface CommandInfo {
  name: string;
  description: string;
}

export interface TeamCommand extends CommandInfo {
  run(request: TeamCommandRequest): Promise<void>;
}

export interface PersonalCommand extends CommandInfo {
  run(request: CommandRequest): Promise<void>;
}
