/**
 * H5: the first screen's page ships in the entry chunk.
 *
 * Taro's H5 router loads every page with a dynamic import, the first one too. Left alone, the
 * nearby page is a chunk of its own: one more request on a first visit, and a task between the
 * app shell's paint and the page's, so the citizen sees an empty frame first. Imported here, the
 * page's modules are already in the entry chunk when the router asks for them; webpack then makes
 * no chunk for that import and resolves it without a request.
 */
import '../pages/nearby/index';
