export interface CacheEntry {
  inputs: string;
  outputs: Record<string, string>;
}
export interface Cache {
  version: 1;
  services: { name: string; dir: string }[];
  entries: Record<string, CacheEntry>;
}
export declare const CROSS_SERVICE: '*';
export declare function readCache(repo: string): Cache;
export declare function writeCache(repo: string, cache: Cache): void;
export declare function sharedInputs(repo: string): string[];
export declare function inputsHash(repo: string, dir: string | undefined, shared: string[]): string;
export declare function outputsIntact(repo: string, entry: CacheEntry): boolean;
export declare function freshEntry(repo: string, cache: Cache, key: string, dir: string | undefined, shared: string[]): CacheEntry | undefined;
export declare function everythingFresh(repo: string): boolean;
export declare function sha256(data: string | Uint8Array): string;
export declare function filesUnder(dir: string): string[];
