// Set by the build (scripts/build.mjs): the V8 flags the language server runs with.
declare const __SERVER_NODE_FLAGS__: string[];
