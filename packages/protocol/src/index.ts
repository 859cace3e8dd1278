// The agent protocol's schemas, shared by the server, the extension and the CLI, arrive with the server issue.
export const AGENT_API_VERSION = 'v1';
