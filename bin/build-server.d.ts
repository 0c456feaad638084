// Types of build-server.js (plain JavaScript, run before any TypeScript loader).
export declare const serverDist: string;
export declare const serverEntry: string;
export declare function buildIsFresh(): boolean;
export declare function buildServer(): Promise<string>;
