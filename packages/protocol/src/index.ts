// The agent protocol's schemas, shared by the server, the extension and the CLI.
export * from './agent/v1.js';
export * from './detection.js';
