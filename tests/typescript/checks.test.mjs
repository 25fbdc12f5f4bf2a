// What the TypeScript client checks or changes before it sends a request, generated from
// tests/typescript/specs/checks.yaml; the bytes are read on a loopback server.
import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { loadClient, startServer } from "./server.mjs";

const { esm, cjs } = await loadClient();
let server;
let client;

before(async () => {
  server = await startServer();
});
after(() => server.close());
beforeEach(() => {
  server.reset();
  client = new esm.ChecksClient({ baseUrl: server.url, maxRetries: 0, apiKey: "k" });
});

const json = (req) => JSON.parse(req.body.toString("utf8"));

// a user as a response gives it: every read-only key set
const READ = {
  id: "u1",
  name: "ada",
  profile: { createdAt: "2024-05-01T12:30:00Z", bio: "hi" },
  tags: [{ id: "t1", label: "x" }],
  labels: { home: { id: "t2", label: "h" } },
  friends: [{ id: "u2", name: "bo", profile: { createdAt: "2024-01-01T00:00:00Z" } }],
};
const SENT = {
  name: "ada",
  profile: { bio: "hi" },
  tags: [{ label: "x" }],
  labels: { home: { label: "h" } },
  friends: [{ name: "bo", profile: {} }],
};

test("read-only keys spread from a response are not sent, at any depth", async () => {
  server.reply({ status: 201, json: READ });
  const created = await client.users.createUser({ ...READ, password: "pw" });
  assert.deepEqual(created, READ); // responses keep them
  assert.deepEqual(json(server.requests[0]), { ...SENT, password: "pw" });
});

test("the caller's object is left as it was", async () => {
  server.reply({ status: 201, json: READ });
  const body = structuredClone(READ);
  await client.users.createUser(body);
  assert.deepEqual(body, READ);
});

test("array and map bodies drop the read-only keys of each item", async () => {
  server.reply({ status: 204 }, { status: 204 });
  await client.users.createUsers([READ, { name: "cy", profile: {} }]);
  assert.deepEqual(json(server.requests[0]), [SENT, { name: "cy", profile: {} }]);
  await client.users.put({ a: READ });
  assert.deepEqual(json(server.requests[1]), { a: SENT });
});

test("multipart and form bodies send no read-only part or pair", async () => {
  server.reply({ status: 204 }, { status: 204 });
  const image = new Blob([new Uint8Array([137, 80, 78, 71])], { type: "image/png" });
  await client.users.setAvatar("u1", { image, uploadedAt: "2024-01-01T00:00:00Z" });
  const multipart = server.requests[0].body.toString("latin1");
  assert.match(multipart, /name="image"/);
  assert.doesNotMatch(multipart, /uploadedAt/);
  await client.users.saveSettings({ theme: "dark", revision: 7 });
  assert.equal(server.requests[1].body.toString("utf8"), "theme=dark");
});

test("the CommonJS build drops them too", async () => {
  server.reply({ status: 201, json: READ });
  const c = new cjs.ChecksClient({ baseUrl: server.url, maxRetries: 0, apiKey: "k" });
  await c.users.createUser(READ);
  assert.deepEqual(json(server.requests[0]), SENT);
});
