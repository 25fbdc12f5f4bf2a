// Per-operation security and declared form encodings (tests/typescript/specs/security.yaml),
// checked on a loopback server.
import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { loadClient, startServer } from "./server.mjs";

const { esm } = await loadClient();
let server;

before(async () => {
  server = await startServer();
});
after(() => server.close());
beforeEach(() => server.reset());

const client = (options) => new esm.SecClient({ baseUrl: server.url, maxRetries: 0, ...options });

test("AND: both schemes of a requirement are sent, and nothing else", async () => {
  server.reply({ status: 204 });
  await client({ token: "tok", apiKey: "hk", queryKey: "qk" }).auth.both();
  const [req] = server.requests;
  assert.equal(req.headers["x-key"], "hk");
  assert.equal(req.query, "key=qk");
  assert.equal(req.headers.authorization, undefined);
  // half a requirement is no requirement: no credentials at all
  server.reply({ status: 204 });
  await client({ token: "tok", apiKey: "hk" }).auth.both();
  assert.equal(server.requests[1].headers["x-key"], undefined);
  assert.equal(server.requests[1].headers.authorization, undefined);
});

test("OR: the first configured alternative is used", async () => {
  server.reply({ status: 204 }, { status: 204 });
  await client({ token: "tok", cookieKey: "c;1" }).auth.either();
  await client({ token: "tok" }).auth.either();
  const [first, second] = server.requests;
  assert.equal(first.headers.cookie, "sid=c%3B1");
  assert.equal(first.headers.authorization, undefined);
  assert.equal(second.headers.authorization, "Bearer tok");
  assert.equal(second.headers.cookie, undefined);
});

test("an empty alternative allows an anonymous call", async () => {
  server.reply({ status: 204 }, { status: 204 });
  await client({ token: "tok" }).auth.maybe();
  await client({ apiKey: "hk" }).auth.maybe();
  assert.equal(server.requests[0].headers.authorization, undefined);
  assert.equal(server.requests[0].headers["x-key"], undefined);
  assert.equal(server.requests[1].headers["x-key"], "hk");
});

test("OAuth2 client credentials: a token is fetched once, cached, and sent", async () => {
  server.reply(
    { json: { access_token: "at-1", token_type: "Bearer", expires_in: 3600 } },
    { json: ["r1"] },
    { json: ["r2"] },
  );
  const c = client({ clientId: "id 1", clientSecret: "s3cret" });
  assert.deepEqual(await c.auth.reports(), ["r1"]);
  assert.deepEqual(await c.auth.reports(), ["r2"]);
  const [token, first, second] = server.requests;
  assert.equal(token.method, "POST");
  assert.equal(token.path, "/oauth/token");
  assert.equal(
    token.headers.authorization,
    `Basic ${Buffer.from("id+1:s3cret").toString("base64")}`,
  );
  assert.equal(token.body.toString("utf8"), "grant_type=client_credentials&scope=reports.read");
  assert.equal(first.headers.authorization, "Bearer at-1");
  assert.equal(second.headers.authorization, "Bearer at-1");
  assert.equal(server.requests.length, 3);
  // a ready token wins; a failed token request is a status error without the secret
  server.reset();
  server.reply({ json: ["r3"] });
  await client({ oauthToken: "ready", clientId: "i", clientSecret: "s" }).auth.reports();
  assert.equal(server.requests[0].headers.authorization, "Bearer ready");
  server.reply({ status: 401, json: { error: "invalid_client s3cret" } });
  const error = await client({ clientId: "i", clientSecret: "s3cret" })
    .auth.reports()
    .catch((e) => e);
  assert.ok(error instanceof esm.AuthenticationError);
  assert.ok(!error.message.includes("s3cret"), error.message);
});

test("form bodies follow the declared encoding (deepObject arrays indexed, pipe-delimited)", async () => {
  server.reply({ status: 204 });
  await client({ token: "t" }).auth.createCharge({
    amount: 5,
    expand: ["a", "b"],
    tags: ["x", "y z"],
    metadata: { k: "v" },
  });
  const [req] = server.requests;
  assert.equal(
    req.body.toString("utf8"),
    "amount=5&expand[0]=a&expand[1]=b&tags=x%7Cy+z&metadata[k]=v",
  );
});
