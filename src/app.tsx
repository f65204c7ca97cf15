import type { PropsWithChildren } from 'react';
import './app.scss';

/** The app shell: pages render as its children. Nothing loads here that the first screen does not need. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
