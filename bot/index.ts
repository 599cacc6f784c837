export { mountBot, type Bot } from './mount';
export { createChannelPoster } from './poster';
export { createMeetingChatPoster } from './meeting-chat-poster';
export { teamCommands, personalCommands, type CommandInfo } from './commands';
export type { BotDeps, DeliveryEngine, TenantAccess } from './deps';
