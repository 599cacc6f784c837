export { mountBot, type Bot } from './mount';
export { createChannelPoster } from './poster';
export { teamCommands, personalCommands, type CommandInfo } from './commands';
export type { BotDeps, DeliveryEngine, TenantAccess } from './deps';
