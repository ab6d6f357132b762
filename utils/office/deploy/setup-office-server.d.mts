// Types for the plain ES module IT runs with Node (the tests and the bench import it too).
export interface CouchAuth {
  username: string;
  password: string;
}
export function couchRequest(base: string, auth: CouchAuth | null, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
export function setupOfficeServer(options: {
  url: string;
  admin: CouchAuth;
  database: string;
  workstations?: { name: string; password: string }[];
  it?: { name: string; password: string }[];
  dailyLimit?: number;
  log?: (line: string) => void;
}): Promise<void>;
