import { createElement, Fragment, type ReactNode } from 'react';
import type { RichValues } from '../../src/i18n/translator';
import type { TabKey, TabText } from './messages';

/** A message whose placeholders are elements (a `<time>`, a title marked with its language). */
export function richText(text: TabText, key: TabKey, values: RichValues<ReactNode>): ReactNode {
  return text
    .rich<ReactNode>(key, values)
    .map((part, index) => createElement(Fragment, { key: index }, part));
}
