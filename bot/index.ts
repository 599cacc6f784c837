export { createBot, type Bot } from './create';
export type { BotAnswer } from './endpoint';
export { createChannelPoster } from './poster';
export { createMeetingChatPoster } from './meeting-chat-poster';
export { teamCommands, personalCommands, type CommandInfo } from './commands';
export type { BotDeps, DeliveryEngine, TenantAccess } from './deps';
