// The few PouchDB 9 calls the office sync makes, typed here (the @types packages are for
// PouchDB 7 and pull in global typings that clash with Node's).
declare module 'pouchdb-core' {
  export interface PouchDocResult {
    ok?: boolean;
    id?: string;
    rev?: string;
    error?: string | boolean;
    status?: number;
    reason?: string;
  }
  export interface ReplicationResult {
    ok: boolean;
    status: string;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
  }
  export interface AllDocsRow {
    id?: string;
    key: string;
    value?: { rev: string; deleted?: boolean };
    error?: string;
  }
  export interface PouchDatabase<Doc extends { _id: string }> {
    bulkDocs(docs: Doc[]): Promise<PouchDocResult[]>;
    allDocs(options: { keys: string[] }): Promise<{ rows: AllDocsRow[] }>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    replicate: { to(target: PouchDatabase<Doc>, options?: { batch_size?: number; retry?: boolean }): Promise<ReplicationResult> };
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  export interface PouchOptions {
    adapter?: string;
    auto_compaction?: boolean;
    skip_setup?: boolean;
    auth?: { username: string; password: string };
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
  }
  interface PouchStatic {
    new <Doc extends { _id: string }>(name: string, options?: PouchOptions): PouchDatabase<Doc>;
    plugin(plugin: unknown): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
