import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const commandList = z.array(
  z.object({
    name: z.string().min(1),
    description: z.string().min(1),
    welshName: z.string().min(1),
    welshDescription: z.string().min(1),
  }),
);
const botCommands = z.object({ teamCommands: commandList, personalCommands: commandList });

interface CommandList {
  scopes: string[];
  commands: { title: string; description: string }[];
}

const manifest = JSON.parse(
  readFileSync(new URL('../../../appPackage/manifest.json', import.meta.url), 'utf8'),
) as { bots: { commandLists: CommandList[] }[] };

const listed = (scope: string) =>
  manifest.bots[0]!.commandLists.find((list) => list.scopes.includes(scope))?.commands ?? [];

describe('the bot commands in the manifest', () => {
  let bot: z.infer<typeof botCommands>;
  before(async function () {
    this.timeout(30_000);
    const modulePath = new URL('../../../bot/commands/index.ts', import.meta.url).href;
    bot = botCommands.parse(await import(modulePath));
  });

  for (const [scope, exported] of [
    ['team', 'teamCommands'],
    ['personal', 'personalCommands'],
  ] as const) {
    it(`every ${scope} command the bot answers is listed, and every listed one is answered`, () => {
      const answered = bot[exported].map((command) => command.name).sort();
      const inManifest = listed(scope)
        .map((command) => command.title)
        .sort();
      assert.deepEqual(inManifest, answered);
    });

    it(`every ${scope} command is described, within the manifest's limits`, () => {
      for (const command of listed(scope)) {
        assert.ok(
          command.description.length > 0 && command.description.length <= 128,
          command.title,
        );
      }
    });
  }

  it('the Welsh file names and describes each listed command, and nothing more', () => {
    const welsh = JSON.parse(
      readFileSync(new URL('../../../appPackage/cy.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const expected = manifest.bots[0]!.commandLists.flatMap((list, listIndex) =>
      list.commands.flatMap((_command, index) =>
        ['title', 'description'].map(
          (field) => `bots[0].commandLists[${listIndex}].commands[${index}].${field}`,
        ),
      ),
    );
    const localised = Object.keys(welsh).filter((key) => key.startsWith('bots['));
    assert.deepEqual(localised.sort(), expected.sort());
  });

  it('the Welsh file lists each command by the Welsh name the bot answers to', () => {
    const welsh = JSON.parse(
      readFileSync(new URL('../../../appPackage/cy.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    manifest.bots[0]!.commandLists.forEach((list, listIndex) => {
      const exported = list.scopes.includes('team') ? bot.teamCommands : bot.personalCommands;
      list.commands.forEach((command, index) => {
        const answered = exported.find((candidate) => candidate.name === command.title);
        assert.equal(
          welsh[`bots[0].commandLists[${listIndex}].commands[${index}].title`],
          answered?.welshName,
          command.title,
        );
      });
    });
  });
});
