/**
 * The messages slice: listens to case events (mock/workflow `onCaseEvent`), keeps an in-app
 * message per notice (notices.ts) and pushes the templated ones outside the app once per accepted
 * subscription, else through the official account, else by SMS (delivery.ts), into the dev
 * outbox. `installMessages` is called once per world by the API router.
 */
import type { World } from '../world';
import { onCaseEvent } from '../workflow';
import { push } from './delivery';
import { noticesFor } from './notices';
import { addMessage } from './store';

export { messageRoutes } from './routes';

const installed = new WeakSet<World>();

export function installMessages(world: World): void {
  if (installed.has(world)) return;
  installed.add(world);
  onCaseEvent(world, (event) => {
    for (const notice of noticesFor(event)) {
      addMessage(world, event, notice);
      push(world, event, notice);
    }
  });
}
