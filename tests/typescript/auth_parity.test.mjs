// Per-operation security of the TypeScript client on tests/golden/auth/spec.yaml, case by case
// the same table as the Python wire test (tests/test_wire_auth.py passes it in
// CLIENTGEN_AUTH_CASES): each operation sends exactly the credentials its requirement names.
// Then OAuth2 client credentials: a fetched token refused with a 401 is fetched again once.
import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { loadClient, startServer } from "./server.mjs";

const { esm } = await loadClient();
const cases = JSON.parse(process.env.CLIENTGEN_AUTH_CASES ?? "[]");
let server;

before(async () => {
  server = await startServer();
});
after(() => server.close());
beforeEach(() => server.reset());

const camel = (snake) => snake.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const options = (args) =>
  Object.fromEntries(Object.entries(args).map(([k, v]) => [camel(k), v]));
const client = (args) => new esm.AuthClient({ baseUrl: server.url, maxRetries: 0, ...options(args) });

// cookie values compared decoded: Python leaves "=" as it is (a cookie-octet), TypeScript
// percent-encodes it; either way the value cannot add a cookie
const cookie = (header) =>
  header == null
    ? null
    : header
        .split("; ")
        .map((pair) => pair.split("=", 1)[0] + "=" + decodeURIComponent(pair.slice(pair.indexOf("=") + 1)))
        .join("; ");

test("the table is there", () => assert.ok(cases.length >= 10, "CLIENTGEN_AUTH_CASES not set"));

for (const [i, [method, path, args, expected]] of cases.entries()) {
  test(`${i}: ${method} with ${Object.keys(args).join(", ")}`, async () => {
    server.reply({ status: 204 });
    await client(args).ops[camel(method)]();
    assert.equal(server.requests.length, 1);
    const [req] = server.requests;
    const got = {
      authorization: req.headers.authorization ?? null,
      "x-api-key": req.headers["x-api-key"] ?? null,
      cookie: cookie(req.headers.cookie),
      target: req.rawPath + (req.query ? `?${req.query}` : ""),
    };
    const want = { authorization: null, "x-api-key": null, cookie: null, target: path, ...expected };
    want.cookie = cookie(want.cookie);
    assert.deepEqual(got, want);
  });
}

const token = (access_token) => ({ json: { access_token, token_type: "bearer", expires_in: 3600 } });

test("OAuth2: a fetched token refused with a 401 is fetched again, and the call sent once more", async () => {
  server.reply(token("at1"), { status: 401, json: { error: "invalid_token" } }, token("at2"), { status: 204 }, { status: 204 });
  const c = client({ client_id: "c", client_secret: "s" });
  await c.ops.withOauth();
  await c.ops.withOauth(); // the new token is cached
  const seen = server.requests.map((r) => `${r.path} ${r.path === "/oauth" ? r.headers.authorization : ""}`.trim());
  assert.deepEqual(seen, ["/oauth/token", "/oauth Bearer at1", "/oauth/token", "/oauth Bearer at2", "/oauth Bearer at2"]);
});

test("OAuth2: a second 401 is the caller's (one renewal per call)", async () => {
  server.reply(token("at1"), { status: 401 }, token("at2"), { status: 401 });
  const error = await client({ client_id: "c", client_secret: "s" }).ops.withOauth().catch((e) => e);
  assert.ok(error instanceof esm.AuthenticationError, String(error));
  assert.equal(server.requests.length, 4);
});

test("OAuth2: a ready token refused with a 401 is not replaced", async () => {
  server.reply({ status: 401 });
  const error = await client({ oauth_token: "ready", client_id: "c", client_secret: "s" })
    .ops.withOauth()
    .catch((e) => e);
  assert.ok(error instanceof esm.AuthenticationError, String(error));
  assert.deepEqual(server.requests.map((r) => r.headers.authorization), ["Bearer ready"]);
});
