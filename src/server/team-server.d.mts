// Types of what tests use of team-server.mjs (a Node script, run without a TypeScript step).
export const DIRECTORY_DATABASE: string;
export const TABLES: readonly string[];
export const pursuitDatabaseName: (opportunityId: string) => string;
export const pursuitRole: (opportunityId: string) => string;
