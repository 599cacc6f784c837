import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  useIsomorphicLayoutEffect,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../../src/i18n/language';
import { useContentLang, useText } from '../../i18n';
import { readStored, writeStored } from '../../storage';
import { useContentWarningStyles } from './ContentWarning.styles';

export interface ContentWarningProps {
  issueNumber: number;
  text: string;
  /** The language the warning is written in. */
  language: Language;
}

const storageKey = (issueNumber: number) => `ltl.warning-dismissed.${issueNumber}`;

/**
 * The issue's content warning, shown before its cases until the reader hides it (per session).
 * The server cannot know the reader's choice, so it is read before the browser's first paint
 * rather than during render, which keeps hydration of the server's markup exact.
 */
export function ContentWarning({ issueNumber, text: warning, language }: ContentWarningProps) {
  const styles = useContentWarningStyles();
  const { text } = useText();
  const lang = useContentLang(language);
  const [dismissed, setDismissed] = useState(false);
  useIsomorphicLayoutEffect(() => {
    setDismissed(readStored('sessionStorage', storageKey(issueNumber)) === 'yes');
  }, [issueNumber]);
  if (dismissed) return null;
  const dismiss = () => {
    writeStored('sessionStorage', storageKey(issueNumber), 'yes');
    setDismissed(true);
    document.querySelector<HTMLElement>('h1')?.focus();
  };
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.root}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{text('contentWarning.title')}</MessageBarTitle>{' '}
        <span {...lang}>{warning}</span>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="secondary" onClick={dismiss}>
          {text('contentWarning.hide')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
