// A loopback HTTP server for the TypeScript client tests: it records every request (method, path,
// query string, headers, raw body bytes) and answers from a queue of scripted responses.
import http from "node:http";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { createRequire } from "node:module";

/** The built package under test (CLIENTGEN_TS_PACKAGE), as ES module and as CommonJS. */
export async function loadClient() {
  const dir = process.env.CLIENTGEN_TS_PACKAGE;
  if (!dir) throw new Error("CLIENTGEN_TS_PACKAGE is not set (pytest sets it)");
  const esm = await import(pathToFileURL(join(dir, "dist", "esm", "index.js")).href);
  const cjs = createRequire(import.meta.url)(join(dir, "dist", "cjs", "index.js"));
  return { esm, cjs, dir };
}

export async function startServer() {
  const requests = [];
  const replies = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url, "http://localhost");
      const record = {
        method: req.method,
        path: url.pathname,
        rawPath: req.url.split("?")[0],
        query: req.url.includes("?") ? req.url.slice(req.url.indexOf("?") + 1) : "",
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(record);
      const reply = replies.shift() ?? { status: 200, json: {} };
      const send = () => {
        if (res.destroyed) return;
        const headers = { ...(reply.headers ?? {}) };
        let payload = "";
        if (reply.json !== undefined) {
          headers["content-type"] ??= "application/json";
          payload = JSON.stringify(reply.json);
        } else if (reply.body !== undefined) {
          payload = reply.body;
        }
        res.writeHead(reply.status ?? 200, headers);
        res.end(payload);
      };
      if (reply.chunks) {
        // a body sent piece by piece: [{ data, delay }] (a server-sent event stream)
        res.writeHead(reply.status ?? 200, {
          "content-type": "text/event-stream",
          ...reply.headers,
        });
        res.flushHeaders();
        let at = 0;
        for (const chunk of reply.chunks) {
          at += chunk.delay ?? 0;
          setTimeout(() => res.destroyed || res.write(chunk.data), at);
        }
        setTimeout(() => res.destroyed || res.end(), at + 10);
        res.on("close", () => (record.closedEarly = !res.writableEnded));
      } else if (reply.delay) setTimeout(send, reply.delay);
      else send();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Queue replies: { status, json | body, headers, delay }. */
    reply(...items) {
      replies.push(...items);
    },
    reset() {
      requests.length = 0;
      replies.length = 0;
    },
    close() {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
