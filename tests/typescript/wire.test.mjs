// Wire features of the TypeScript target, generated from tests/typescript/specs/wire.yaml: every
// parameter style, cookies, form and multipart bodies, per-operation auth, text, binary and empty
// responses. The bytes are checked on a loopback server.
import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { loadClient, startServer } from "./server.mjs";

const { esm } = await loadClient();
let server;
let client;
// every warning the process emits while the tests run (deprecations are checked at the end)
const warnings = [];
process.on("warning", (warning) => warnings.push(warning));

before(async () => {
  server = await startServer();
});
after(() => server.close());
beforeEach(() => {
  server.reset();
  client = new esm.WireClient({
    token: "tok",
    apiKey: "hdr-key",
    apiKeyQuery: "q-key",
    baseUrl: `${server.url}/api`,
    maxRetries: 0,
  });
});

test("parameters are serialised by style and explode in every location", async () => {
  server.reply({ json: { ok: true } });
  const got = await client.params.search([1, 2, 3], ["a", "b"], "m x", {
    q: "hi there",
    tags: ["a", "b,c"],
    repeat: ["x", "y"],
    filter: { status: "open", min_price: 9.5 },
    pipes: ["p", "q"],
    spaces: [1, 2.5],
    flag: false,
    since: new Date(Date.UTC(2024, 0, 1)),
    "X-Flags": ["f1", "f2"],
    "X-Trace": "t",
    session_id: "abc;admin=1",
  });
  assert.deepEqual(got, { ok: true });
  const [req] = server.requests;
  assert.equal(req.rawPath, "/api/search/1,2,3/.a.b/;matrix=m%20x");
  assert.equal(
    req.query,
    [
      "q=hi%20there",
      "tags=a,b%2Cc",
      "repeat=x&repeat=y",
      "filter[status]=open&filter[min_price]=9.5",
      "pipes=p%7Cq",
      "spaces=1%202.5",
      "flag=false",
      "since=2024-01-01T00%3A00%3A00.000Z",
    ].join("&"),
  );
  assert.equal(req.headers["x-flags"], "f1,f2");
  assert.equal(req.headers["x-trace"], "t");
  // a cookie value can never add a cookie
  assert.equal(req.headers.cookie, "session_id=abc%3Badmin%3D1");
  assert.equal(req.headers.authorization, "Bearer tok");
  assert.equal(req.headers["x-api-key"], undefined);
});

test("unset optional parameters are left out", async () => {
  server.reply({ json: {} });
  await client.params.search([7], ["z"], "m", { q: "x" });
  const [req] = server.requests;
  assert.equal(req.rawPath, "/api/search/7/.z/;matrix=m");
  assert.equal(req.query, "q=x");
  assert.equal(req.headers.cookie, undefined);
  assert.equal(req.headers["x-flags"], undefined);
});

test("form bodies: nested objects as a[b], arrays repeat their name; only the operation's API key", async () => {
  server.reply({ json: { id: "c1", login: "l" } });
  await client.bodies.createCustomer({
    email: "a@b.c",
    metadata: { order_id: "6735" },
    address: { line1: "1 Main", city: "Oslo" },
    expand: ["a", "b"],
    balance: 5,
  });
  const [req] = server.requests;
  assert.equal(req.method, "POST");
  assert.equal(req.headers["content-type"], "application/x-www-form-urlencoded");
  assert.equal(
    req.body.toString("utf8"),
    "email=a%40b.c&metadata[order_id]=6735&address[line1]=1+Main&address[city]=Oslo" +
      "&expand=a&expand=b&balance=5",
  );
  assert.equal(req.headers["x-api-key"], "hdr-key");
  assert.equal(req.headers.authorization, undefined); // bearer is not this operation's scheme
});

test("multipart bodies: files as file parts, one part per array item", async () => {
  server.reply({ status: 204 });
  const result = await client.bodies.upload({
    file: new File(["hello"], "a.txt", { type: "text/plain" }),
    attachments: [new Blob([new Uint8Array([0, 255])]), new File(["x"], "b.bin")],
    note: "n",
    meta: { a: 1 },
  });
  assert.equal(result, undefined);
  const [req] = server.requests;
  assert.match(req.headers["content-type"], /^multipart\/form-data; boundary=/);
  assert.equal(req.query, "api_key=q-key");
  assert.equal(req.headers.authorization, undefined);
  const text = req.body.toString("latin1");
  assert.match(text, /name="file"; filename="a.txt"\r\nContent-Type: text\/plain\r\n\r\nhello\r\n/);
  assert.equal(text.match(/name="attachments"/g).length, 2);
  assert.ok(text.includes("\x00\xff"), "binary bytes sent as they are");
  assert.match(text, /name="note"\r\n\r\nn\r\n/);
  assert.match(text, /name="meta"\r\n\r\n\{"a":1\}\r\n/);
});

test("security: [] sends no credentials; read-only fields are typed out of requests", async () => {
  server.reply({ status: 201, json: { id: "a1", login: "l" } });
  const account = await client.bodies.createAccount({ login: "l", password: "secret" });
  assert.deepEqual(account, { id: "a1", login: "l" });
  const [req] = server.requests;
  assert.equal(req.headers.authorization, undefined);
  assert.equal(req.headers["x-api-key"], undefined);
  assert.deepEqual(JSON.parse(req.body.toString("utf8")), { login: "l", password: "secret" });
});

test("binary and text responses; Accept names the declared media type", async () => {
  server.reply({
    body: Buffer.from([1, 2, 3]),
    headers: { "content-type": "application/octet-stream" },
  });
  const blob = await client.bodies.download("r.bin");
  assert.deepEqual([...new Uint8Array(await blob.arrayBuffer())], [1, 2, 3]);
  assert.equal(server.requests[0].headers.accept, "application/octet-stream");
  server.reply({ body: "stored", headers: { "content-type": "text/plain" } });
  assert.equal(await client.bodies.putNote("a note"), "stored");
  const put = server.requests[1];
  assert.equal(put.method, "PUT");
  assert.equal(put.headers["content-type"], "text/plain");
  assert.equal(put.headers.accept, "text/plain");
  assert.equal(put.body.toString("utf8"), "a note");
});

test("event streams: events arrive as they are sent, JSON parsed, [DONE] ends", async () => {
  server.reply({
    chunks: [
      { data: 'data: {"delta":"Hel"}\n\n' },
      { data: ': a comment\ndata: {"delta":', delay: 20 },
      { data: '"lo"}\r\n\r\n', delay: 20 },
      { data: "data: [DONE]\n\n", delay: 300 },
      { data: 'data: {"delta":"never"}\n\n' },
    ],
  });
  const started = Date.now();
  const stream = await client.streams.chatStream({ prompt: "hi" });
  assert.ok(stream instanceof esm.Stream);
  const seen = [];
  for await (const chunk of stream) seen.push([chunk, Date.now() - started]);
  assert.deepEqual(
    seen.map(([c]) => c),
    [{ delta: "Hel" }, { delta: "lo" }],
  );
  assert.ok(seen[1][1] < 250, "the second event arrived before the stream ended");
  const [req] = server.requests;
  assert.equal(req.headers.accept, "text/event-stream");
  assert.deepEqual(JSON.parse(req.body.toString("utf8")), { prompt: "hi", stream: true });
  // the plain call asks for JSON
  server.reply({ json: { text: "Hello" } });
  assert.deepEqual(await client.streams.chat({ prompt: "hi" }), { text: "Hello" });
  assert.equal(server.requests[1].headers.accept, "application/json");
});

test("event streams: text data; stopping early closes the connection", async () => {
  server.reply({
    chunks: [
      { data: "data: one\ndata: two\n\n" },
      { data: "data: three\n\n", delay: 20 },
      { data: "data: late\n\n", delay: 2000 },
    ],
  });
  const got = [];
  for await (const tick of await client.streams.ticks()) {
    got.push(tick);
    if (got.length === 2) break;
  }
  assert.deepEqual(got, ["one\ntwo", "three"]);
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(server.requests[0].closedEarly, true);
});

test("event streams: the caller's signal stops a stream; the timeout does not", async () => {
  server.reply({
    chunks: [
      { data: "data: a\n\n" },
      { data: "data: b\n\n", delay: 150 },
      { data: "data: c\n\n", delay: 2000 },
    ],
  });
  const controller = new AbortController();
  const stream = await client.streams.ticks({ timeout: 100, signal: controller.signal });
  const got = [];
  await assert.rejects(async () => {
    for await (const tick of stream) {
      got.push(tick);
      if (tick === "b") controller.abort();
    }
  }, esm.ApiUserAbortError);
  assert.deepEqual(got, ["a", "b"]); // b came after the 100 ms timeout: streams are not cut
});

test("every 2xx is parsed by its own status; Accept lists every declared media type", async () => {
  server.reply({ json: { value: 1 } }, { status: 202, json: { job_id: "j" } }, { status: 204 });
  assert.deepEqual(await client.streams.submitJob({ queue: "q" }), { value: 1 });
  assert.deepEqual(await client.streams.submitJob({ queue: "q" }), { job_id: "j" });
  const raw = await client.streams.submitJob({ queue: "q" }).withRawResponse();
  assert.equal(raw.status, 204);
  assert.equal(raw.data, undefined);
  assert.equal(server.requests[0].headers.accept, "application/json, application/problem+json");
  server.reply({
    status: 404,
    body: '{"title":"no queue"}',
    headers: { "content-type": "application/problem+json" },
  });
  const error = await client.streams.submitJob({ queue: "x" }).catch((e) => e);
  assert.ok(error instanceof esm.NotFoundError);
  assert.deepEqual(error.body, { title: "no queue" });
});

test("servers: selectable by name, URL variables from options (enums checked), baseUrl wins", () => {
  const { WireClient, WireError, SERVERS } = esm;
  assert.equal(new WireClient({ token: "t" }).baseUrl, "https://eu.wire.example.com/api");
  assert.equal(
    new WireClient({ token: "t", region: "us", base: "v2" }).baseUrl,
    "https://us.wire.example.com/v2",
  );
  assert.equal(
    new WireClient({ server: "sandbox" }).baseUrl,
    "https://sandbox.wire.example.com/api",
  );
  assert.equal(
    new WireClient({ baseUrl: "http://127.0.0.1:1/x/", region: "us" }).baseUrl,
    "http://127.0.0.1:1/x",
  );
  assert.throws(() => new WireClient({ region: "mars" }), WireError);
  assert.deepEqual(Object.keys(SERVERS), ["production", "sandbox"]); // the relative one is left out
});

test("deprecated operations and parameters warn once each, when used (DeprecationWarning)", async () => {
  server.reply({ body: "x", headers: { "content-type": "application/octet-stream" } });
  await client.bodies.download("a.bin");
  server.reply({ body: "x", headers: { "content-type": "application/octet-stream" } });
  await client.bodies.download("b.bin");
  server.reply({ json: { ok: true } });
  await client.params.search([1], ["a"], "m", { q: "x" }); // X-Trace not passed: no warning
  await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
  const deprecations = warnings
    .filter((w) => w.name === "DeprecationWarning")
    .map((w) => w.message)
    .sort();
  assert.deepEqual(deprecations, [
    "bodies.download() is deprecated by the API",
    "params.search(): the X-Trace parameter is deprecated by the API",
  ]);
});
