import type { TurnContext } from 'botbuilder';
import type { Language } from '../../src/i18n/language';
import type { BotDeps } from '../deps';
import type { BotText } from '../text';
import type { TeamPlace } from '../turn';

/** The commands the bot answers; each has an English and a Welsh name in the catalogues. */
export type CommandId =
  | 'help'
  | 'status'
  | 'pause'
  | 'resume'
  | 'postNow'
  | 'unsubscribe'
  | 'actions'
  | 'latest'
  | 'case'
  | 'search';

/** A command as typed by the user, after the bot's mention is removed. */
export interface CommandRequest {
  deps: BotDeps;
  context: TurnContext;
  /** Whatever followed the command's name, trimmed. */
  args: string;
  /** The language to answer in: Welsh for a Welsh command or a Welsh Teams, else English. */
  language: Language;
  /** The bot's messages in that language. */
  text: BotText;
}

/** A command in a team channel: it knows the team and channel it was typed in. */
export interface TeamCommandRequest extends CommandRequest {
  place: TeamPlace;
}

/** What a command answers to in each language, for the manifest and help. */
export interface CommandInfo {
  name: string;
  description: string;
  welshName: string;
  welshDescription: string;
}

export interface TeamCommand {
  id: CommandId;
  run(request: TeamCommandRequest): Promise<void>;
}

export interface PersonalCommand {
  id: CommandId;
  run(request: CommandRequest): Promise<void>;
}
