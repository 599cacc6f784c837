import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface Manifest {
  id: string;
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  description: { short: string; full: string };
  bots: { botId: string; scopes: string[]; supportsFiles: boolean }[];
  staticTabs: { entityId: string; contentUrl?: string; scopes: string[] }[];
  configurableTabs: {
    configurationUrl: string;
    scopes: string[];
    context: string[];
    supportedSharePointHosts: string[];
  }[];
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  activities: { activityTypes: { type: string; templateText: string }[] };
  developer: { privacyUrl: string; termsOfUseUrl: string };
}

const template = (name: string) =>
  readFileSync(new URL(`../../../appPackage/${name}`, import.meta.url), 'utf8');
const manifest = JSON.parse(template('manifest.json')) as Manifest;
const welsh = JSON.parse(template('cy.json')) as Record<string, string>;

describe('the manifest template', () => {
  it('names the Teams app and the bot by the environment ids the service reads', () => {
    assert.equal(manifest.id, '${{TEAMS_APP_ID}}');
    assert.equal(manifest.bots[0]!.botId, '${{MICROSOFT_APP_ID}}');
  });

  it('offers the bot in teams, personal chats and meeting chats, without files', () => {
    assert.deepEqual(manifest.bots[0]!.scopes, ['team', 'personal', 'groupChat']);
    assert.equal(manifest.bots[0]!.supportsFiles, false);
  });

  it('has the personal library tab the deep links open, and a team tab SharePoint can host', () => {
    const library = manifest.staticTabs.find((tab) => tab.entityId === 'library');
    assert.equal(library?.contentUrl, '${{PUBLIC_BASE_URL}}/');
    assert.deepEqual(library?.scopes, ['personal']);
    const [teamTab] = manifest.configurableTabs;
    assert.equal(teamTab?.configurationUrl, '${{PUBLIC_BASE_URL}}/config');
    assert.ok(teamTab?.scopes.includes('team'));
    assert.deepEqual(teamTab?.supportedSharePointHosts, [
      'sharePointFullPage',
      'sharePointWebPart',
    ]);
  });

  it('asks for exactly the team and meeting permissions the product uses, and says plainly what it reads', () => {
    const permissions = manifest.authorization.permissions.resourceSpecific;
    const named = (type: string) =>
      permissions
        .filter((permission) => permission.type === type)
        .map((permission) => permission.name)
        .sort();
    assert.deepEqual(named('Application'), [
      'ChannelMessage.Read.Group',
      'ChannelSettings.Read.Group',
      'TeamMember.Read.Group',
      'TeamsActivity.Send.Group',
    ]);
    assert.deepEqual(named('Delegated'), ['MeetingStage.Write.Chat']);
    assert.equal(permissions.length, 5);
    for (const permission of permissions) {
      assert.ok(
        manifest.description.full.includes(permission.name),
        `${permission.name} is explained`,
      );
      assert.ok(
        welsh['description.full']!.includes(permission.name),
        `${permission.name} is explained in Welsh`,
      );
    }
    assert.match(
      manifest.description.full,
      /every message posted in that team's standard channels/,
    );
    assert.match(manifest.description.full, /keeps no other message/);
    assert.match(manifest.description.full, /does not read or keep the messages of a meeting chat/);
  });

  it('adds its configurable tab to a meeting’s side panel and stage, as well as to a channel', () => {
    const [tab] = manifest.configurableTabs;
    assert.deepEqual(tab!.scopes, ['team', 'groupChat']);
    assert.deepEqual(tab!.context, ['channelTab', 'meetingSidePanel', 'meetingStage']);
  });

  it('declares the new-issue notice with the issue number and theme', () => {
    const [notice] = manifest.activities.activityTypes;
    assert.equal(notice?.type, 'newIssuePublished');
    assert.match(notice!.templateText, /\{issueNumber\}.*\{theme\}/);
    assert.match(welsh['activities.activityTypes[0].templateText']!, /\{issueNumber\}.*\{theme\}/);
  });

  it('is in British English with a Welsh translation, and links its privacy notice and terms', () => {
    assert.equal(manifest.localizationInfo.defaultLanguageTag, 'en-gb');
    assert.deepEqual(manifest.localizationInfo.additionalLanguages, [
      { languageTag: 'cy', file: 'cy.json' },
    ]);
    assert.equal(manifest.developer.privacyUrl, '${{PUBLIC_BASE_URL}}/privacy');
    assert.equal(manifest.developer.termsOfUseUrl, '${{PUBLIC_BASE_URL}}/terms');
  });
});
