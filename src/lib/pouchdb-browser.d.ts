/**
 * The part of PouchDB 9 (pouchdb-browser) the sync bridge uses, typed here: the DefinitelyTyped
 * package declares a global `Buffer` that breaks Node's, and the bridge needs little of the API.
 */
declare module 'pouchdb-browser' {
  type Document = { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[] } & Record<string, unknown>;
  type Row = { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: Document };
  type WriteResult = { ok?: boolean; id: string; rev?: string; error?: string; reason?: string };
  type ReplicationResult = { ok: boolean; docs_read: number; docs_written: number; errors: unknown[] };
  type Replication = Promise<ReplicationResult> & {
    on: (event: string, listener: (info: unknown) => void) => Replication;
    cancel: () => void;
  };
  type ReplicationOptions = {
    live?: boolean;
    retry?: boolean;
    batch_size?: number;
    back_off_function?: (delay: number) => number;
  };
  type Options = {
    auth?: { username: string; password: string };
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
    skip_setup?: boolean;
  };

  export type ChangesResult = {
    results: { id: string; seq: number | string; deleted?: boolean; doc?: Document }[];
    last_seq: number | string;
  };
  export type ChangedDocument = Document;

  class PouchDB {
    constructor(name: string, options?: Options);
    readonly name: string;
    info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
    get(id: string, options?: { conflicts?: boolean; rev?: string; revs?: boolean }): Promise<Document>;
    /** Several revisions of one document (each `ok`, or `missing` when this replica lacks it). */
    get(id: string, options: { open_revs: string[] | 'all' }): Promise<{ ok?: Document; missing?: string }[]>;
    put(doc: Document): Promise<WriteResult>;
    bulkDocs(docs: Document[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
    allDocs(options?: {
      include_docs?: boolean;
      conflicts?: boolean;
      keys?: string[];
      startkey?: string;
      endkey?: string;
    }): Promise<{
      total_rows: number;
      rows: Row[];
    }>;
    changes(options: {
      since?: number | string;
      live?: boolean;
      include_docs?: boolean;
      conflicts?: boolean;
      limit?: number;
    }): Promise<ChangesResult> & {
      on: (event: string, listener: (info: unknown) => void) => unknown;
      cancel: () => void;
    };
    replicate: {
      to(target: PouchDB | string, options?: ReplicationOptions): Replication;
      from(source: PouchDB | string, options?: ReplicationOptions): Replication;
    };
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  // eslint-disable-next-line import-x/no-default-export -- the package exports its class as the default
  export default PouchDB;
}
