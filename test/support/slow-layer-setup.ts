// The weapp and browser layers cold-start a mini-program or a browser page per journey and wait
// on real HTTP: on a 2-core machine a journey takes seconds, not jest's default 5.
jest.setTimeout(60_000);
