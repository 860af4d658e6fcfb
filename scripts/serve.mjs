// A small static server for the demo: the repo root (index.html, www/, js/, pkg/) on
// 127.0.0.1:$PORT (default 8080), with correct MIME types and the strict CSP of issue 6.
// Usage: node scripts/serve.mjs   |   import { serve } from "./serve.mjs" (tests, port 0).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const root = fileURLToPath(new URL("../", import.meta.url));
const allowed = ["index.html", "www", "js", "pkg", "docs"];
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json",
  ".png": "image/png", ".svg": "image/svg+xml", ".ts": "text/plain; charset=utf-8", ".txt": "text/plain; charset=utf-8",
};

/**
 * Starts the server; resolves with it and its origin.
 * @param {number} [port]
 * @returns {Promise<{server: import("node:http").Server, origin: string}>}
 */
export async function serve(port = Number(process.env.PORT ?? 8080)) {
  const server = createServer(async (req, res) => {
    const headers = { "content-security-policy": CSP, "x-content-type-options": "nosniff", "cache-control": "no-cache" };
    try {
      let path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      if (path.endsWith("/")) path += "index.html";
      const rel = normalize(path).replace(/^[/\\]+/, "");
      if (rel.includes("..") || !allowed.includes(rel.split(sep)[0])) throw Object.assign(new Error(), { code: "ENOENT" });
      const file = join(root, rel);
      if (!(await stat(file)).isFile()) throw Object.assign(new Error(), { code: "ENOENT" });
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404, { ...headers, "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve(undefined)));
  const addr = /** @type {import("node:net").AddressInfo} */ (server.address());
  return { server, origin: `http://127.0.0.1:${addr.port}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { origin } = await serve();
  console.log(`fintone demo: ${origin}/`);
}
