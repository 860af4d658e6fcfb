// The slim build (`fintone/slim`) has the main entry's API and types: see ./index.d.ts.
export * from "./index.js";
