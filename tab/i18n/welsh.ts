import commonCy from '../../src/i18n/catalogues/common.cy';
import tabCy from '../../src/i18n/catalogues/tab.cy';
import type { TabMessages } from './messages';

/** The tab's Welsh messages: a script of their own, loaded only for a Welsh reader. */
export const welsh: TabMessages = { ...commonCy.messages, ...tabCy.messages };
