import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SEARCH_COMMAND_ID } from '../../../bot/extensions';
import { AUDIENCES } from '../../../src/content/model';
import { textFor } from '../../../src/i18n';

interface Parameter {
  name: string;
  title: string;
  description: string;
  choices?: { title: string; value: string }[];
}

interface ComposeExtension {
  botId: string;
  commands: {
    id: string;
    type: string;
    title: string;
    description: string;
    initialRun: boolean;
    context: string[];
    parameters: Parameter[];
  }[];
  messageHandlers: { type: string; value: { domains: string[] } }[];
}

const read = (name: string) =>
  readFileSync(new URL(`../../../appPackage/${name}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('manifest.json')) as {
  composeExtensions: ComposeExtension[];
  bots: { botId: string }[];
};
const welsh = JSON.parse(read('cy.json')) as Record<string, string>;
const [extension] = manifest.composeExtensions;
const [command] = extension!.commands;

describe('the message extension in the manifest', () => {
  it('is the bot’s search command, offered in the compose box and the command box', () => {
    assert.equal(extension!.botId, manifest.bots[0]!.botId);
    assert.equal(command!.id, SEARCH_COMMAND_ID);
    assert.equal(command!.type, 'query');
    assert.equal(command!.initialRun, true);
    assert.deepEqual(command!.context, ['compose', 'commandBox']);
    assert.deepEqual(
      command!.parameters.map((parameter) => parameter.name),
      ['words', 'factor', 'audience'],
    );
  });

  it('offers every audience by its key, named as the catalogues name it in English and Welsh', () => {
    const index = command!.parameters.findIndex((parameter) => parameter.name === 'audience');
    const choices = command!.parameters[index]!.choices!;
    assert.equal(choices.length, AUDIENCES.length);
    AUDIENCES.forEach((audience, choiceIndex) => {
      assert.equal(choices[choiceIndex]!.value, audience);
      assert.equal(
        choices[choiceIndex]!.title,
        textFor('common', 'en').text(`audience.${audience}`),
      );
      assert.equal(
        welsh[
          `composeExtensions[0].commands[0].parameters[${index}].choices[${choiceIndex}].title`
        ],
        textFor('common', 'cy').text(`audience.${audience}`).replace(/’/g, "'"),
      );
    });
  });

  it('unfurls links to the tab’s own host, for members of a force only', () => {
    assert.deepEqual(extension!.messageHandlers, [
      {
        type: 'link',
        value: { domains: ['${{PUBLIC_HOST}}'], supportsAnonymizedPayloads: false },
      },
    ]);
  });

  it('has a Welsh translation of every title and description, within the manifest’s limits', () => {
    const strings: [string, string, number][] = [
      ['composeExtensions[0].commands[0].title', command!.title, 32],
      ['composeExtensions[0].commands[0].description', command!.description, 128],
      ...command!.parameters.flatMap((parameter, index): [string, string, number][] => [
        [`composeExtensions[0].commands[0].parameters[${index}].title`, parameter.title, 32],
        [
          `composeExtensions[0].commands[0].parameters[${index}].description`,
          parameter.description,
          128,
        ],
      ]),
    ];
    for (const [key, english, limit] of strings) {
      assert.ok(english.length <= limit, `${key} is within ${limit} characters`);
      assert.ok(welsh[key] && welsh[key].length <= limit, `${key} has a Welsh translation`);
      assert.notEqual(welsh[key], english, `${key} is translated`);
    }
  });
});
