import type { PropsWithChildren } from 'react';
import { sessionRecovery } from './core/session/recovery';
import './app.scss';
// After the app's styles, so the page's come later in the cascade, as when it loaded on its own.
import './core/first-page';

// A refused session: signed in again silently on weapp, the sign-in page on H5 (core/session).
sessionRecovery.install();

/** The app shell: pages render as its children. Nothing loads here that the first screen does not need. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
