/**
 * The one way every test layer starts the mock server: in-process, on 127.0.0.1 and a free
 * port, over a World whose clock is frozen at FROZEN_NOW and whose state lives in memory.
 * Suites start one server in beforeAll, `world.reset()` in beforeEach (forgets user-created
 * state, puts the clock back to `now`), and `close()` in afterAll.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../mock/app';
import type { World } from '../../mock/world';
import { createWorld } from '../../mock/world';
import { FROZEN_NOW } from './frozen-now';

export { FROZEN_NOW };

export interface MockServerOptions {
  /** H5 build to serve beside the API (browser layer) */
  staticDir?: string;
  /** where the clock stands still; FROZEN_NOW unless said */
  now?: Date;
  /** where 500s are logged; by default into `logged`, so a test can assert none happened */
  logger?: Pick<Console, 'error'>;
}

export interface MockServer {
  /** `http://127.0.0.1:<port>`, without /api */
  url: string;
  port: number;
  world: World;
  /** the arguments of every error the server logged (default logger only) */
  logged: unknown[][];
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const world = createWorld({ clock: { mode: 'frozen', at: options.now ?? FROZEN_NOW } });
  const logged: unknown[][] = [];
  const logger = options.logger ?? { error: (...args: unknown[]) => logged.push(args) };
  const server = createServer(createApp(world, { staticDir: options.staticDir, logger }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    world,
    logged,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets would hold the server (and jest) open.
        server.closeAllConnections();
        server.close((e) => {
          world.close();
          if (e) reject(e);
          else resolve();
        });
      }),
  };
}
