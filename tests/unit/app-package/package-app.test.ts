import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'dotenv';
import JSZip from 'jszip';
import { AppError } from '../../../src/errors';
import {
  buildAppPackage,
  packageFiles,
  schemaErrors,
  type AppPackage,
} from '../../../scripts/package-app';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
const environments = ['local', 'dev'] as const;

/** What an admin would put in an environment's .user file, or provision would write. */
function sampleValues(environment: string): Record<string, string> {
  const file = parse(readFileSync(join(repository, 'env', `.env.${environment}`)));
  return {
    MICROSOFT_APP_ID: '3f6b1c2d-8e4a-4b7c-9d1e-2a3b4c5d6e7f',
    PUBLIC_BASE_URL: `https://ltl-${environment}.example.net`,
    ...(file.TEAMS_APP_ID ? {} : { TEAMS_APP_ID: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' }),
  };
}

/** A copy of the package sources and env files, with a .user file holding `userValues`. */
function workspace(environment: string, userValues: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ltl-package-'));
  for (const name of packageFiles) {
    cpSync(join(repository, 'appPackage', name), join(root, 'appPackage', name));
  }
  cpSync(join(repository, 'env', `.env.${environment}`), join(root, 'env', `.env.${environment}`));
  const lines = Object.entries(userValues).map(([name, value]) => `${name}=${value}`);
  writeFileSync(join(root, 'env', `.env.${environment}.user`), `${lines.join('\n')}\n`);
  return root;
}

describe('the app package', () => {
  const roots: string[] = [];
  const prepare = (environment: string, userValues: Record<string, string>) => {
    const root = workspace(environment, userValues);
    roots.push(root);
    return root;
  };
  after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  for (const environment of environments) {
    describe(`for the ${environment} environment`, () => {
      const values = sampleValues(environment);
      let built: AppPackage;
      before(async () => {
        built = await buildAppPackage(prepare(environment, values), environment);
      });

      it('renders a manifest and a Welsh file that validate against their official schemas', async () => {
        assert.match(
          String(built.manifest.$schema),
          /\/teams\/v1\.30\/MicrosoftTeams\.schema\.json$/,
        );
        assert.deepEqual(await schemaErrors(built.manifest), []);
        const zip = await JSZip.loadAsync(readFileSync(built.zipPath));
        const welsh = JSON.parse(await zip.file('cy.json')!.async('string')) as Record<
          string,
          unknown
        >;
        assert.deepEqual(await schemaErrors(welsh), []);
      });

      it('zips exactly the manifest, the two icons and the Welsh file', async () => {
        assert.match(
          built.zipPath,
          new RegExp(`appPackage/build/appPackage\\.${environment}\\.zip$`),
        );
        const zip = await JSZip.loadAsync(readFileSync(built.zipPath));
        const names = Object.values(zip.files)
          .filter((entry) => !entry.dir)
          .map((entry) => entry.name);
        assert.deepEqual(names.sort(), ['color.png', 'cy.json', 'manifest.json', 'outline.png']);
      });

      it('fills the ids, the tab addresses and the SSO resource from the environment', () => {
        const { manifest } = built;
        assert.doesNotMatch(JSON.stringify(manifest), /\$\{\{/);
        const host = new URL(values.PUBLIC_BASE_URL!).host;
        const appId = values.MICROSOFT_APP_ID!;
        assert.deepEqual(manifest.validDomains, [host]);
        assert.deepEqual(manifest.webApplicationInfo, {
          id: appId,
          resource: `api://${host}/${appId}`,
        });
        const bots = manifest.bots as { botId: string }[];
        assert.equal(bots[0]!.botId, appId);
        const tabs = manifest.staticTabs as { entityId: string; contentUrl?: string }[];
        assert.equal(
          tabs.find((tab) => tab.entityId === 'library')?.contentUrl,
          `${values.PUBLIC_BASE_URL}/`,
        );
      });
    });
  }

  it('when a placeholder has no value, packaging fails naming it', async () => {
    const root = prepare('dev', { PUBLIC_BASE_URL: 'https://ltl.example.net' });
    await assert.rejects(buildAppPackage(root, 'dev'), (error: unknown) => {
      assert.ok(error instanceof AppError);
      assert.match(error.message, /TEAMS_APP_ID/);
      assert.match(error.message, /MICROSOFT_APP_ID/);
      return true;
    });
  });

  it('when the tab address is not https, packaging fails saying so', async () => {
    const root = prepare('local', { MICROSOFT_APP_ID: '3f6b1c2d-8e4a-4b7c-9d1e-2a3b4c5d6e7f' });
    await assert.rejects(
      buildAppPackage(root, 'local'),
      /PUBLIC_BASE_URL must be an https address/,
    );
  });

  it('when an id is not a GUID, the schema check refuses the package', async () => {
    const root = prepare('dev', { ...sampleValues('dev'), MICROSOFT_APP_ID: 'not-a-guid' });
    await assert.rejects(buildAppPackage(root, 'dev'), /manifest\.json \(dev\) breaks its schema/);
  });

  it('when the Welsh file names a field the schema does not know, the schema check refuses it', async () => {
    const root = prepare('dev', sampleValues('dev'));
    const welshPath = join(root, 'appPackage', 'cy.json');
    const welsh = JSON.parse(readFileSync(welshPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(welshPath, JSON.stringify({ ...welsh, 'developer.name': 'SAYH' }));
    await assert.rejects(buildAppPackage(root, 'dev'), /cy\.json \(dev\) breaks its schema/);
  });

  it('when the environment has no env file, packaging says which file is missing', async () => {
    const root = prepare('dev', {});
    await assert.rejects(buildAppPackage(root, 'prod'), /env\/\.env\.prod/);
  });
});
