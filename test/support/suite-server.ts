/**
 * The mock server's lifecycle for the layers that drive a built app (weapp, browser), registered
 * once per test file: started before the file's first test (startMockServer, the one way every
 * layer starts it, clock frozen at FROZEN_NOW), its world reset before each test so nothing one
 * journey created is seen by the next, and closed after the file.
 */
import type { World } from '../../mock/world';
import { startMockServer, type MockServer, type MockServerOptions } from './mock-server';

export interface SuiteServer {
  /** base URL, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  readonly world: World;
  /**
   * GET an API path on the server (POST with a JSON body when one is given), parsed as JSON;
   * throws on a non-2xx answer. For deriving a test's expectations from the server's own data
   * instead of restating it, and for setting up state (a demo sign-in) before a journey.
   */
  api<T>(pathAndQuery: string, body?: unknown): Promise<T>;
}

/**
 * `options` may be a function, for options that only exist once the file starts (the browser
 * layer serves a snapshot of the H5 build made in its own beforeAll).
 */
export function mockServerPerFile(options: MockServerOptions | (() => MockServerOptions) = {}): SuiteServer {
  let server: MockServer | undefined;
  const started = (): MockServer => {
    if (!server) throw new Error('mockServerPerFile: beforeAll has not run (or the server failed to start)');
    return server;
  };

  beforeAll(async () => {
    server = await startMockServer(typeof options === 'function' ? options() : options);
  });
  // Before, not after, each test: whatever a previous journey left in flight has been closed by
  // then, and a test always starts from the world of the first.
  beforeEach(() => {
    started().world.reset();
  });
  afterAll(async () => {
    if (!server) return;
    const { logged } = server;
    await server.close();
    // A 500 shows in the app as a generic error; the stack is only here.
    if (logged.length) console.error('[mock] server errors during this file:', logged);
  });

  return {
    get url() {
      return started().url;
    },
    get world() {
      return started().world;
    },
    async api<T>(pathAndQuery: string, body?: unknown): Promise<T> {
      const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
      const res = await fetch(started().url + pathAndQuery, init);
      if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${pathAndQuery} → ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    },
  };
}
