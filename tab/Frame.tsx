import {
  FluentProvider,
  RendererProvider,
  SSRProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type GriffelRenderer,
  type Theme,
} from '@fluentui/react-components';
import { StrictMode, type ReactNode } from 'react';
import type { Language } from '../src/i18n/language';
import { AppShell, type Section } from './components/AppShell/AppShell';
import { FocusTitleContext } from './components/PageTitle/PageTitle';
import type { HostTheme } from './host/teamsHost';

const themes: Readonly<Record<HostTheme, Theme>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/**
 * The providers around the whole tab, the same on the server and in the browser so that the
 * browser can hydrate the server's markup: the style renderer and the SSR context.
 */
export function TabProviders({
  renderer,
  children,
}: {
  renderer: GriffelRenderer;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <RendererProvider renderer={renderer}>
        <SSRProvider>{children}</SSRProvider>
      </RendererProvider>
    </StrictMode>
  );
}

export interface TabFrameProps {
  theme: HostTheme;
  section: Section;
  /** Shows the main navigation (hidden on the configuration page). */
  navigation: boolean;
  /** True once the reader has moved between views. */
  navigated: boolean;
  /** Uses the full width (the meeting stage), not a reading column. */
  wide?: boolean;
  /** Called when the reader switches language (nothing happens without it, as on the server). */
  onLanguageChange?: (language: Language) => void;
  /** The navigation's label for the force's responses, shown to a learning lead only. */
  forceLabel?: string;
  /** Offers the IOPC's editors their screen of readers' comments. */
  editor?: boolean;
  children: ReactNode;
}

/** The themed frame around a view; free of host and browser access, so the server renders it too. */
export function TabFrame({
  theme,
  section,
  navigation,
  navigated,
  wide = false,
  onLanguageChange,
  forceLabel,
  editor = false,
  children,
}: TabFrameProps) {
  return (
    <FluentProvider theme={themes[theme]} data-theme={theme}>
      <AppShell
        section={section}
        navigation={navigation}
        wide={wide}
        onLanguageChange={onLanguageChange}
        forceLabel={forceLabel}
        editor={editor}
      >
        <FocusTitleContext.Provider value={navigated}>{children}</FocusTitleContext.Provider>
      </AppShell>
    </FluentProvider>
  );
}
