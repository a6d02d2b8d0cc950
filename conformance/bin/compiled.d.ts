// Types of compiled.js (plain JavaScript: the bin reads it before any TypeScript loader is registered).
export declare const DIST: URL;
export declare const MANIFEST_NAME: string;
export declare const MANIFEST_FORMAT: number;
export declare const PACKAGE_DIR: URL;
export declare function sha256(bytes: string | Uint8Array): string;
export interface SourceRecord {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}
export declare function sourceRecord(relativePath: string, packageDir?: URL): SourceRecord;
export declare function staleReason(dist?: URL, packageDir?: URL): string | undefined;
export declare function compiledEntry(name: string, dist?: URL, packageDir?: URL): URL | undefined;
