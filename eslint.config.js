import js from '@eslint/js';
import mocha from 'eslint-plugin-mocha';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** An import of one of these folders, from anywhere (`../../bot`, `../tab/ssr/contract`). */
const folder = (...names) => `(^|/)(${names.join('|')})(/|$)`;

/** What each part of the tree may not import: the layering, as lint rules. */
const layers = {
  /** The core: `src/` but `src/server/`. */
  core: {
    paths: ['restify', 'botbuilder', 'botframework-connector', 'react', 'react-dom'].map(
      (name) => ({ name, message: 'The core stays free of restify, botbuilder and React.' }),
    ),
    patterns: [
      {
        group: [
          'botbuilder-*',
          'botframework-*',
          'react-dom/*',
          '@fluentui/*',
          '@microsoft/teams-js',
        ],
        message: 'The core stays free of botbuilder, React and teams-js.',
      },
      {
        regex: folder('bot', 'tab', 'server', 'tests', 'testkit'),
        message: 'The core imports none of bot/, tab/, src/server/, tests/ or testkit/.',
      },
    ],
  },
  /** The tab: React, Fluent UI, teams-js and its contract in the core, nothing else of ours. */
  tab: {
    paths: ['restify', 'botbuilder', 'botframework-connector'].map((name) => ({
      name,
      message: 'The tab talks to the service over HTTP only.',
    })),
    patterns: [
      {
        regex:
          '^(\\.\\./)+src/(?!(content/(model|views)|team-response/(model|views)|insights/(view|weeks)|links|i18n/(language|translator)|i18n/catalogues/\\w+\\.(en|cy))$)',
        message:
          'The tab imports only its contract: src/content/model, src/content/views, src/team-response/model and views, src/insights/view and weeks (how periods are named), src/links and the i18n catalogues, language and translator.',
      },
      {
        regex: folder('bot', 'tests', 'testkit'),
        message: 'The tab imports none of bot/, tests/ or testkit/.',
      },
    ],
  },
  /** The bot: botbuilder, never the HTTP server (src/server/ serves it) or the tab. */
  bot: {
    paths: [
      { name: 'restify', message: 'src/server/ serves the bot; bot/ stays free of restify.' },
    ],
    patterns: [
      {
        regex: `${folder('tab', 'tests', 'testkit')}|(^|/)src/server(/|$)`,
        message: 'bot/ imports none of tab/, src/server/, tests/ or testkit/.',
      },
    ],
  },
  /** The bench, the scripts and the testkit: never the tests themselves. */
  tools: {
    patterns: [
      {
        regex: folder('tests'),
        message: 'Share fakes and fixtures through testkit/, not by importing tests/.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'appPackage/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/server/**'],
    rules: { 'no-restricted-imports': ['error', layers.core] },
  },
  {
    files: ['tab/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', layers.tab],
    },
  },
  {
    files: ['bot/**'],
    rules: { 'no-restricted-imports': ['error', layers.bot] },
  },
  {
    files: ['bench/**', 'scripts/**', 'testkit/**'],
    rules: { 'no-restricted-imports': ['error', layers.tools] },
  },
  {
    files: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    ...mocha.configs.recommended,
    rules: {
      ...mocha.configs.recommended.rules,
      'mocha/no-exclusive-tests': 'error',
      'mocha/no-pending-tests': 'error',
      // The house style writes every suite and test as an arrow function and never uses `this`.
      'mocha/no-mocha-arrows': 'off',
      'mocha/consistent-spacing-between-blocks': 'off',
      // Suites are defined by helpers (`withEachEngine`) and from data (a test per theme).
      'mocha/no-setup-in-describe': 'off',
      'mocha/no-top-level-hooks': 'off',
      'mocha/max-top-level-suites': 'off',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/**', 'testkit/**'],
    rules: { 'no-console': 'off' },
  },
);
