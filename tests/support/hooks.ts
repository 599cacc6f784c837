import { stopTestPostgres } from './postgres';
import { removeTestFolders } from './store';

/** Mocha root hooks: tear down what the test run started, once, after every suite. */
export const mochaHooks = {
  async afterAll(): Promise<void> {
    await stopTestPostgres();
    removeTestFolders();
  },
};
