import { cleanup, configure } from '@testing-library/react';

// The component layer renders as the H5 build does: platform files resolve to *.h5.tsx.
process.env.TARO_ENV = 'h5';

// Two shared cores run the whole suite; give renders time instead of failing on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// Each test starts from an empty document, whatever the previous one left mounted.
afterEach(() => cleanup());
