// The generated Vapi TypeScript client (built to dist/esm and dist/cjs) against a loopback server:
// every operation, with method, path, query string, headers and body checked on the server.
import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { loadClient, startServer } from "./server.mjs";

const { esm, cjs } = await loadClient();
const { VapiClient } = esm;
let server;
let client;

const NUMBER = {
  provider: "byo-phone-number",
  id: "0f9a6a3e-1111-4c5e-9e51-3f3c2b7a0001",
  orgId: "org-1",
  createdAt: "2024-01-02T03:04:05.000Z",
  updatedAt: "2024-01-02T03:04:05.000Z",
  credentialId: "cred-1",
  name: "Front desk",
};

before(async () => {
  server = await startServer();
});
after(() => server.close());
beforeEach(() => {
  server.reset();
  client = new VapiClient({ token: "sk-test-123", baseUrl: server.url, maxRetries: 0 });
});

test("create sends the JSON body with bearer auth and returns the parsed result", async () => {
  server.reply({ status: 201, json: NUMBER });
  const body = { provider: "byo-phone-number", credentialId: "cred-1", name: "Front desk" };
  const created = await client.phoneNumbers.create(body);
  assert.deepEqual(created, NUMBER);
  const [req] = server.requests;
  assert.equal(req.method, "POST");
  assert.equal(req.path, "/phone-number");
  assert.equal(req.query, "");
  assert.equal(req.headers.authorization, "Bearer sk-test-123");
  assert.equal(req.headers["content-type"], "application/json");
  assert.equal(req.headers.accept, "application/json");
  assert.deepEqual(JSON.parse(req.body.toString("utf8")), body);
});

test("list sends its query parameters (numbers, dates) and nothing unset", async () => {
  server.reply({ json: [NUMBER] });
  const got = await client.phoneNumbers.list({
    limit: 10,
    createdAtGt: new Date(Date.UTC(2024, 0, 1)),
    updatedAtLe: "2024-02-01T00:00:00Z",
  });
  assert.deepEqual(got, [NUMBER]);
  const [req] = server.requests;
  assert.equal(req.method, "GET");
  assert.equal(req.path, "/phone-number");
  assert.equal(
    req.query,
    "limit=10&createdAtGt=2024-01-01T00%3A00%3A00.000Z&updatedAtLe=2024-02-01T00%3A00%3A00Z",
  );
  assert.equal(req.headers["content-type"], undefined); // no body, no content type
  server.reply({ json: [] });
  await client.phoneNumbers.list();
  assert.equal(server.requests[1].query, "");
});

test("listPaginated sends search, paging and sorting", async () => {
  const page = { results: [NUMBER], metadata: { itemsPerPage: 1, totalItems: 3, currentPage: 2 } };
  server.reply({ json: page });
  const got = await client.phoneNumbers.listPaginated({
    search: "front desk",
    page: 2,
    sortOrder: "ASC",
    limit: 1,
  });
  assert.deepEqual(got, page);
  const [req] = server.requests;
  assert.equal(req.path, "/v2/phone-number");
  assert.equal(req.query, "search=front%20desk&page=2&sortOrder=ASC&limit=1");
});

test("get, update and delete put the id in the path, percent-encoded", async () => {
  server.reply({ json: NUMBER }, { json: { ...NUMBER, name: "x" } }, { json: NUMBER });
  assert.deepEqual(await client.phoneNumbers.get(NUMBER.id), NUMBER);
  const patch = { provider: "byo-phone-number", name: "x" };
  assert.equal((await client.phoneNumbers.update("a/b?c", patch)).name, "x");
  assert.deepEqual(await client.phoneNumbers.delete("id 1"), NUMBER);
  const [get, update, del] = server.requests;
  assert.equal(get.method, "GET");
  assert.equal(get.path, `/phone-number/${NUMBER.id}`);
  assert.equal(update.method, "PATCH");
  assert.equal(update.rawPath, "/phone-number/a%2Fb%3Fc");
  assert.deepEqual(JSON.parse(update.body.toString("utf8")), patch);
  assert.equal(del.method, "DELETE");
  assert.equal(del.rawPath, "/phone-number/id%201");
  assert.equal(server.requests.length, 3);
  for (const bad of ["", ".", ".."]) {
    // empty or dot segments would reach another endpoint: refused before anything is sent
    assert.throws(() => client.phoneNumbers.get(bad), esm.VapiError);
  }
  assert.equal(server.requests.length, 3);
});

test("status errors: a subclass per status, with status, headers and parsed body", async () => {
  const cases = [
    [400, esm.BadRequestError],
    [401, esm.AuthenticationError],
    [403, esm.PermissionDeniedError],
    [404, esm.NotFoundError],
    [409, esm.ConflictError],
    [422, esm.UnprocessableEntityError],
    [429, esm.RateLimitError],
    [503, esm.InternalServerError],
    [418, esm.ApiStatusError],
  ];
  for (const [status, cls] of cases) {
    server.reply({
      status,
      json: { message: "nope sk-test-123" },
      headers: { "x-request-id": "r1" },
    });
    const error = await client.phoneNumbers.get("id-1").then(
      () => assert.fail("no error"),
      (e) => e,
    );
    assert.ok(error instanceof cls, `${status}: ${error}`);
    assert.ok(error instanceof esm.ApiStatusError && error instanceof esm.VapiError);
    assert.equal(error.status, status);
    assert.equal(error.headers.get("x-request-id"), "r1");
    assert.deepEqual(error.body, { message: "nope sk-test-123" });
    assert.ok(!error.message.includes("sk-test-123"), error.message); // secrets never in messages
    assert.match(error.message, new RegExp(`^${status}`));
  }
});

test("idempotent requests are retried on 503 and 429 (Retry-After honoured); POST only when surely not processed", async () => {
  const retrying = new VapiClient({ token: "t", baseUrl: server.url, maxRetries: 2 });
  server.reply(
    { status: 503, json: {}, headers: { "retry-after": "0" } },
    { status: 429, json: {}, headers: { "retry-after": "0" } },
    { json: NUMBER },
  );
  assert.deepEqual(await retrying.phoneNumbers.get("id-1"), NUMBER);
  assert.equal(server.requests.length, 3);
  const body = { provider: "byo-phone-number", credentialId: "c" };
  server.reset();
  server.reply({ status: 500, json: {}, headers: { "retry-after": "0" } }, { status: 201, json: NUMBER });
  await assert.rejects(retrying.phoneNumbers.create(body), esm.InternalServerError);
  assert.equal(server.requests.length, 1); // may have been processed: never sent twice
  server.reset();
  server.reply({ status: 503, json: {} }, { status: 201, json: NUMBER });
  await assert.rejects(retrying.phoneNumbers.create(body), esm.InternalServerError);
  assert.equal(server.requests.length, 1); // a 503 without Retry-After does not say "not processed"
  server.reset();
  server.reply({ status: 503, json: {}, headers: { "retry-after": "0" } }, { status: 201, json: NUMBER });
  assert.deepEqual(await retrying.phoneNumbers.create(body), NUMBER);
  assert.equal(server.requests.length, 2); // the server said when to send it again
  server.reset();
  server.reply({ status: 500, json: {}, headers: { "retry-after": "0" } }, { status: 201, json: NUMBER });
  assert.deepEqual(await retrying.phoneNumbers.create(body, { idempotencyKey: "k-1" }), NUMBER);
  assert.equal(server.requests.length, 2);
  assert.deepEqual(
    server.requests.map((r) => r.headers["idempotency-key"]),
    ["k-1", "k-1"],
  );
  server.reset();
  server.reply(...Array(3).fill({ status: 500, json: {}, headers: { "retry-after": "0" } }));
  await assert.rejects(retrying.phoneNumbers.delete("id-1"), esm.InternalServerError);
  assert.equal(server.requests.length, 3); // 1 + maxRetries
});

test("a POST is retried when the connection was refused, not when it broke after sending", async () => {
  const failing = (code) => {
    let calls = 0;
    const fetchFn = (url, init) => {
      calls += 1;
      if (calls === 1) {
        const cause = Object.assign(new Error(`connect ${code}`), { code });
        return Promise.reject(new TypeError("fetch failed", { cause }));
      }
      return fetch(url, init);
    };
    const c = new VapiClient({ token: "t", baseUrl: server.url, maxRetries: 2, fetch: fetchFn });
    return { c, calls: () => calls };
  };
  const body = { provider: "byo-phone-number", credentialId: "c" };
  server.reply({ status: 201, json: NUMBER });
  const refused = failing("ECONNREFUSED");
  assert.deepEqual(await refused.c.phoneNumbers.create(body), NUMBER);
  assert.equal(refused.calls(), 2);
  server.reset();
  server.reply({ status: 201, json: NUMBER });
  const reset = failing("ECONNRESET");
  await assert.rejects(reset.c.phoneNumbers.create(body), esm.ApiConnectionError);
  assert.equal(reset.calls(), 1); // it may have arrived: never sent twice
  assert.equal(server.requests.length, 0);
});

test("timeouts, caller cancellation and connection errors", async () => {
  server.reply({ delay: 500, json: NUMBER });
  await assert.rejects(client.phoneNumbers.get("slow", { timeout: 50 }), esm.ApiTimeoutError);
  server.reply({ delay: 500, json: NUMBER });
  const controller = new AbortController();
  const pending = client.phoneNumbers.get("slow", { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(pending, esm.ApiUserAbortError);
  const aborted = AbortSignal.abort();
  await assert.rejects(client.phoneNumbers.list({}, { signal: aborted }), esm.ApiUserAbortError);
  const closed = new VapiClient({
    token: "sk-test-123",
    baseUrl: "http://127.0.0.1:9",
    maxRetries: 0,
  });
  const error = await closed.phoneNumbers.list().catch((e) => e);
  assert.ok(error instanceof esm.ApiConnectionError && !(error instanceof esm.ApiTimeoutError));
  assert.ok(!error.message.includes("sk-test-123"));
});

test("raw responses: withRawResponse and asResponse give status and headers", async () => {
  server.reply({ status: 201, json: NUMBER, headers: { "x-request-id": "abc" } });
  const raw = await client.phoneNumbers
    .create({ provider: "byo-phone-number", credentialId: "c" })
    .withRawResponse();
  assert.equal(raw.status, 201);
  assert.equal(raw.headers.get("x-request-id"), "abc");
  assert.deepEqual(raw.data, NUMBER);
  await new Promise((resolve) => setTimeout(resolve, 600)); // earlier tests' server delays end
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
  const before = timers();
  server.reply({ json: NUMBER, headers: { "x-request-id": "def" } });
  const response = await client.phoneNumbers.get("id-1").asResponse();
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("x-request-id"), "def");
  assert.deepEqual(await response.json(), NUMBER);
  // the request's timeout timer is gone: it would keep Node running for a minute
  assert.equal(timers(), before);
});

test("per-request headers, client headers, injected fetch, token from VAPI_API_KEY", async () => {
  const seen = [];
  const recording = async (url, init) => {
    seen.push(url);
    return fetch(url, init);
  };
  process.env.VAPI_API_KEY = "  env-token\n";
  try {
    const fromEnv = new VapiClient({
      baseUrl: server.url,
      fetch: recording,
      headers: { "X-App": "a" },
    });
    server.reply({ json: [] });
    await fromEnv.phoneNumbers.list({ limit: 1 }, { headers: { "X-Extra": "1", "X-App": null } });
  } finally {
    delete process.env.VAPI_API_KEY;
  }
  const [req] = server.requests;
  assert.equal(req.headers.authorization, "Bearer env-token");
  assert.equal(req.headers["x-extra"], "1");
  assert.equal(req.headers["x-app"], undefined);
  assert.deepEqual(seen, [`${server.url}/phone-number?limit=1`]);
  assert.throws(() => new VapiClient({ token: "a\nb" }), esm.VapiError);
  assert.equal(new VapiClient({ token: "t" }).baseUrl, esm.DEFAULT_BASE_URL);
});

test("the CommonJS build exports the same API", async () => {
  assert.deepEqual(Object.keys(cjs).sort(), Object.keys(esm).sort());
  const c = new cjs.VapiClient({ token: "t", baseUrl: server.url, maxRetries: 0 });
  server.reply({ status: 404, json: { message: "gone" } });
  await assert.rejects(c.phoneNumbers.get("x"), cjs.NotFoundError);
});
