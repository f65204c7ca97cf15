/**
 * The mock server of an HTTP test file (the unit layer's API tests): started before the file's
 * first test, its world reset before each test and the file's citizens signed in again
 * (`signIn`), and closed after the file, which fails if the server logged an error meanwhile.
 */
import { Api } from './api-client';
import { startMockServer, type MockServer } from './mock-server';

export interface ApiSuite {
  readonly server: MockServer;
  /** no session */
  readonly anon: Api;
  /** runs the file's `signIn` again, e.g. after moving the clock past the sessions' idle time */
  signIn(): Promise<void>;
}

export function apiSuitePerFile(signIn: (anon: Api) => Promise<void> = async () => {}): ApiSuite {
  let server: MockServer | undefined;
  let anon: Api | undefined;
  const started = (): { server: MockServer; anon: Api } => {
    if (!server || !anon) throw new Error('apiSuitePerFile: beforeAll has not run (or the server failed to start)');
    return { server, anon };
  };

  beforeAll(async () => {
    server = await startMockServer();
    anon = new Api(server.url);
  });
  afterAll(async () => {
    const { server: s } = started();
    expect(s.logged).toEqual([]);
    await s.close();
  });
  beforeEach(async () => {
    started().server.world.reset();
    await signIn(started().anon);
  });

  return {
    get server() {
      return started().server;
    },
    get anon() {
      return started().anon;
    },
    signIn: () => signIn(started().anon),
  };
}
