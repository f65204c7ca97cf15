/**
 * The moment every test world stands still at, in a module of its own so jsdom fixtures can use
 * it without loading the HTTP server. Import it from ./mock-server.
 */

/** Wednesday 2026-12-02 10:00 Beijing time: an ordinary working morning, every hall template open. */
export const FROZEN_NOW = new Date('2026-12-02T02:00:00Z');
