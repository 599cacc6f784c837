import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

/**
 * The rules a file breaks, by ESLint's API with the project's own configuration (but for unused
 * names: the snippets import what they do not use).
 */
async function rulesBroken(eslint: ESLint, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .map((message) => message.ruleId ?? 'parse error')
    .filter((rule) => rule !== '@typescript-eslint/no-unused-vars');
}

describe('the layering, as lint rules', () => {
  const eslint = new ESLint();
  const breaks = (filePath: string, code: string) => rulesBroken(eslint, filePath, code);

  it('fails the core when it imports restify, botbuilder, React, bot/, tab/ or src/server/', async () => {
    const imports = [
      "import restify from 'restify';",
      "import { TurnContext } from 'botbuilder';",
      "import React from 'react';",
      "import { makeStyles } from '@fluentui/react-components';",
      "import { createChannelPoster } from '../../bot';",
      "import { PRERENDER_MARKER } from '../../tab/ssr/contract';",
      "import { jsonRoute } from '../server/app';",
      "import { FakeBotConnector } from '../../testkit';",
    ];
    for (const line of imports) {
      assert.deepEqual(
        await breaks('src/delivery/violation.ts', `${line}\nexport { };\n`),
        ['no-restricted-imports'],
        line,
      );
    }
  });

  it('lets src/server/ use restify and the bot, and the core use its own modules', async () => {
    assert.deepEqual(
      await breaks(
        'src/server/routes/example.ts',
        "import type { Server } from 'restify';\nimport type { BotDeps } from '../../../bot';\nexport type Example = [Server, BotDeps];\n",
      ),
      [],
    );
    assert.deepEqual(
      await breaks(
        'src/delivery/example.ts',
        "import type { Store } from '../store/types';\nexport type Example = Store;\n",
      ),
      [],
    );
  });

  it('fails the tab when it imports more of the core than its contract', async () => {
    const contract =
      "import type { IssueView } from '../../src/content/views';\nimport { caseSubPage } from '../../src/links';\nimport tabEn from '../../src/i18n/catalogues/tab.en';\nexport const used = [caseSubPage, tabEn] as const;\nexport type Used = IssueView;\n";
    assert.deepEqual(await breaks('tab/components/Example/Example.tsx', contract), []);
    for (const line of [
      "import type { Store } from '../../src/store/types';",
      "import { loadConfig } from '../../src/config';",
      "import { caseCard } from '../../bot/cards';",
    ]) {
      assert.deepEqual(
        await breaks('tab/components/Example/Example.tsx', `${line}\nexport { };\n`),
        ['no-restricted-imports'],
        line,
      );
    }
  });

  it('fails the bot when it imports restify, the tab or src/server/', async () => {
    for (const line of [
      "import restify from 'restify';",
      "import { jsonRoute } from '../src/server/app';",
      "import { PRERENDER_MARKER } from '../tab/ssr/contract';",
    ]) {
      assert.deepEqual(
        await breaks('bot/violation.ts', `${line}\nexport { };\n`),
        ['no-restricted-imports'],
        line,
      );
    }
  });

  it('fails the bench and the scripts when they import the tests, not the testkit', async () => {
    for (const file of ['bench/violation.ts', 'scripts/violation.ts']) {
      assert.deepEqual(
        await breaks(
          file,
          "import { withEachEngine } from '../tests/support/store';\nexport { };\n",
        ),
        ['no-restricted-imports'],
      );
      assert.deepEqual(
        await breaks(
          file,
          "import { FakeBotConnector } from '../testkit';\nexport { FakeBotConnector };\n",
        ),
        [],
      );
    }
  });

  it('fails a hook called conditionally in the tab, and a focused test', async () => {
    /** The focusing call, spelt apart so the suite itself holds no focused test. */
    const focused = 'only';
    assert.deepEqual(
      await breaks(
        'tab/hooks/useExample.ts',
        "import { useState } from 'react';\nexport function useExample(on: boolean) {\n  if (on) useState(0);\n}\n",
      ),
      ['react-hooks/rules-of-hooks'],
    );
    assert.deepEqual(
      await breaks(
        'tests/unit/example.test.ts',
        `describe('a suite', () => {\n  it.${focused}('a test', () => undefined);\n});\n`,
      ),
      ['mocha/no-exclusive-tests'],
    );
  });
});
