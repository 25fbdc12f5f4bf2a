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

// -- oneOf without a discriminator ------------------------------------------------------------

async function refused(promise, union, variants, at) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof esm.AmbiguousValueError, String(error));
    assert.ok(error instanceof esm.ChecksError);
    assert.equal(error.union, union);
    assert.deepEqual(error.variants, variants);
    assert.equal(error.at, at);
    assert.match(error.message, new RegExp(`^ambiguous ${union.replace(/\|/g, "\\|")} at `));
    assert.match(error.message, /oneOf needs exactly one to match/);
    return true;
  });
  assert.equal(server.requests.length, 0, "nothing may be sent");
}

test("a value two variants accept is refused before anything is sent", async () => {
  await refused(client.pets.create({ name: "rex", bark: true }), "Pet", ["Cat", "Dog"], "body");
  await refused(
    client.pets.createEither({ name: "rex", bark: false }),
    "Cat | Dog",
    ["Cat", "Dog"],
    "body",
  );
  await refused(client.pets.createCoupon({ code: "A1" }), "Coupon", ["Closed", "Open"], "body");
});

test("ambiguity is found at any depth and named by its place", async () => {
  const both = { name: "rex", bark: true };
  await refused(
    client.pets.createOwner({ id: 1, pets: [{ name: "tom" }, both] }),
    "Pet",
    ["Cat", "Dog"],
    "body.pets[1]",
  );
  await refused(
    client.pets.createOwner({ id: 1, byName: { rex: both } }),
    "Pet",
    ["Cat", "Dog"],
    "body.byName.rex",
  );
});

test("a value exactly one variant accepts is sent as it is", async () => {
  server.reply(
    { status: 201, json: { name: "tom" } },
    { status: 204 },
    { status: 204 },
    { status: 204 },
    { status: 204 },
    { status: 204 },
  );
  // Dog needs bark; a null bark is no boolean
  assert.deepEqual(await client.pets.create({ name: "tom", bark: null }), { name: "tom" });
  // additionalProperties false: Closed takes no size
  await client.pets.createCoupon({ code: "A1", size: 3 });
  const uuid = "0b7f3f0e-8c39-4d59-a3c4-1a5cfb3a8f10";
  const owner = {
    id: uuid, // a uuid string, not an integer
    pets: [
      { name: "tom", indoor: true },
      { name: "rex", bark: "loud" },
    ], // "loud": no boolean
    stamp: "2024-05-01", // a date, not a date-time
    tag: 3, // anyOf: any number of variants may match
  };
  await client.pets.createOwner(owner);
  await client.pets.createOwner({ id: 7, stamp: "2024-05-01T12:30:00Z" });
  await client.pets.createOwner({ id: 8, stamp: 1714566600 });
  // a Date is sent as a date-time: not a date
  await client.pets.createOwner({ id: 9, stamp: new Date(Date.UTC(2024, 4, 1)) });
  const sent = server.requests.map(json);
  assert.deepEqual(sent, [
    { name: "tom", bark: null },
    { code: "A1", size: 3 },
    owner,
    { id: 7, stamp: "2024-05-01T12:30:00Z" },
    { id: 8, stamp: 1714566600 },
    { id: 9, stamp: "2024-05-01T00:00:00.000Z" },
  ]);
});

test("read-only keys do not count when matching, and are dropped from the variant", async () => {
  server.reply({ status: 201, json: { id: "c1", name: "tom" } });
  // Cat's read-only id is dropped; Dog (no bark) does not accept it
  await client.pets.create({ id: "c1", name: "tom" });
  assert.deepEqual(json(server.requests[0]), { name: "tom" });
});

test("responses are not checked: the JSON is returned as it came", async () => {
  server.reply({ status: 201, json: { name: "rex", bark: true } });
  assert.deepEqual(await client.pets.create({ name: "tom" }), { name: "rex", bark: true });
});

// -- header values ----------------------------------------------------------------------------

const RULE = "header values must be ASCII without control characters";

function invalidHeader(what, value) {
  return (error) => {
    assert.ok(error instanceof esm.InvalidHeaderError, String(error));
    assert.ok(error instanceof esm.ChecksError);
    assert.ok(error.message.startsWith(`${what}: ${RULE}; found `), error.message);
    assert.ok(!error.message.includes(value), "the value is never in the message");
    return true;
  };
}

test("header parameters that are not ASCII or hold a control character are refused", async () => {
  for (const bad of [
    "t\r\nX-Admin: 1",
    "t\nx",
    "t\rx",
    "t\u0000x",
    "t\tx",
    "caf\u00e9",
    "a\u2028secret",
  ]) {
    await assert.rejects(
      client.items.list({ "X-Trace": bad }),
      invalidHeader('header parameter "X-Trace"', bad),
    );
    await assert.rejects(
      client.items.list({ "X-Tags": ["ok", bad] }),
      invalidHeader('header parameter "X-Tags"', bad),
    );
  }
  await assert.rejects(
    client.items.list({ "X-Trace": "a\r\nb" }),
    /found "\\r" \(U\+000D\) at position 1/,
  );
  assert.equal(server.requests.length, 0, "nothing may be sent");
});

test("printable ASCII goes out as it is; leading and trailing spaces are dropped", async () => {
  server.reply({ json: [] });
  await client.items.list({ "X-Trace": ' t-1; a=b "q" ~! ', "X-Tags": ["a", "b c"] });
  const [req] = server.requests;
  assert.equal(req.headers["x-trace"], 't-1; a=b "q" ~!');
  assert.equal(req.headers["x-tags"], "a,b c");
  assert.equal(req.headers["x-api-key"], "k");
});

test("the client's headers and API keys are checked when it is made", () => {
  const make = (options) => () => new esm.ChecksClient({ baseUrl: server.url, ...options });
  assert.throws(
    make({ headers: { "X-A": "a\r\nX-B: b" } }),
    invalidHeader('headers["X-A"]', "X-B"),
  );
  assert.throws(make({ headers: { "X A": "a" } }), /headers\["X A"\]: "X A" is not a header name/);
  assert.throws(
    make({ apiKey: "cl\u00e9-secret" }),
    invalidHeader("the key credential (sent in the X-Api-Key header)", "secret"),
  );
});

test("a request's headers and idempotency key are checked before sending", async () => {
  await assert.rejects(
    client.items.list({}, { headers: { "X-Extra": "a\nb" } }),
    invalidHeader('options.headers["X-Extra"]', "a\nb"),
  );
  await assert.rejects(
    client.items.list({}, { headers: { "Bad Name": "v" } }),
    /is not a header name/,
  );
  await assert.rejects(
    client.items.list({}, { idempotencyKey: "k\r\n1" }),
    invalidHeader("options.idempotencyKey", "k\r\n1"),
  );
  assert.equal(server.requests.length, 0);
  server.reply({ json: [] });
  await client.items.list({}, { headers: { "X-Extra": "ok", Accept: null } });
  assert.equal(server.requests[0].headers["x-extra"], "ok");
});

test("a class with its own toJSON is sent as JSON.stringify would, read-only keys dropped", async () => {
  class Fetched {
    toJSON() {
      return { ...READ, password: "pw" };
    }
  }
  server.reply({ status: 201, json: READ });
  await client.users.createUser(new Fetched());
  assert.deepEqual(json(server.requests[0]), { ...SENT, password: "pw" });
});

test("header values given as numbers from plain JavaScript are sent as text", async () => {
  server.reply({ json: [] });
  const c = new esm.ChecksClient({ baseUrl: server.url, maxRetries: 0, headers: { "X-N": 7 } });
  await c.items.list({}, { headers: { "X-M": 8 } });
  assert.equal(server.requests[0].headers["x-n"], "7");
  assert.equal(server.requests[0].headers["x-m"], "8");
});

test("a null where a variant allows null counts as a match", async () => {
  // owner is a required nullable Tag in both Home and Flat
  await refused(
    client.pets.createDwelling({ owner: null, street: "Main", floor: 1 }),
    "Dwelling",
    ["Home", "Flat"],
    "body",
  );
  server.reply({ status: 204 }, { status: 204 });
  await client.pets.createDwelling({ owner: null, street: "Main" });
  await client.pets.createDwelling({ owner: { id: "t1", label: "x" }, floor: 2 });
  assert.deepEqual(server.requests.map(json), [
    { owner: null, street: "Main" },
    { owner: { label: "x" }, floor: 2 },
  ]);
});

test("variants of one JSON type are named by their format", async () => {
  // formats keep the two string variants apart: a date-time with an offset is no date
  server.reply({ status: 204 });
  await client.pets.createOwner({ id: 1, stamp: "2024-05-01T12:30:00+02:00" });
  assert.equal(server.requests.length, 1);
  const { SHAPES } = await import(`${process.env.CLIENTGEN_TS_PACKAGE}/dist/esm/shapes.js`);
  assert.deepEqual(SHAPES.Stamp.variants, ["string (date-time)", "string (date)", "integer"]);
});

// -- request bodies that may be null --------------------------------------------------------------

test("a body that may be null is sent as the JSON null; an optional one left out is not sent", async () => {
  server.reply({ status: 204 }, { status: 204 }, { status: 204 }, { status: 204 });
  await client.items.postNote(null);
  await client.items.putNote(null);
  await client.items.putNote();
  await client.items.putNote({ text: "t" });
  const bodies = server.requests.map((r) => [r.body.toString("utf8"), r.headers["content-type"]]);
  assert.deepEqual(bodies, [
    ["null", "application/json"],
    ["null", "application/json"],
    ["", undefined],
    ['{"text":"t"}', "application/json"],
  ]);
});

// -- open enums in oneOf variants -------------------------------------------------------------

test("open enums take their known values first; any string only when no variant knows it", async () => {
  server.reply({ status: 204 }, { status: 204 }, { status: 204 });
  await client.pets.createLamp({ mode: "on" }); // only Light lists it
  await client.pets.createLamp({ mode: "dim", levels: ["high"] }); // only Dark
  await client.pets.createLamp({ mode: "off", levels: ["high"] }); // Light (levels: extra)
  assert.deepEqual(server.requests.map(json), [
    { mode: "on" },
    { mode: "dim", levels: ["high"] },
    { mode: "off", levels: ["high"] },
  ]);
  server.reset();
  // neither enum lists "bright": both open enums take it as any string
  await refused(client.pets.createLamp({ mode: "bright" }), "Lamp", ["Light", "Dark"], "body");
  // "max" is no known level: the value is not known throughout, so both take it
  await refused(
    client.pets.createLamp({ mode: "dim", levels: ["max"] }),
    "Lamp",
    ["Light", "Dark"],
    "body",
  );
});

// -- values no oneOf variant accepts ----------------------------------------------------------

async function unmatched(promise, union, variants, reasons, at) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof esm.UnmatchedValueError, String(error));
    assert.ok(error instanceof esm.ChecksError);
    assert.equal(error.union, union);
    assert.deepEqual(error.variants, variants);
    assert.deepEqual(error.reasons, reasons);
    assert.equal(error.at, at);
    const why = variants.map((v, i) => `${v} (${reasons[i]})`).join("; ");
    assert.equal(
      error.message,
      `no variant of ${union} accepts the value at ${at}: ${why}; oneOf needs exactly one to match`,
    );
    return true;
  });
  assert.equal(server.requests.length, 0, "nothing may be sent");
}

test("a value no variant accepts is refused before anything is sent, with each reason", async () => {
  await unmatched(
    client.pets.create({ indoor: true }),
    "Pet",
    ["Cat", "Dog"],
    ['missing property "name"', 'missing property "name"'],
    "body",
  );
  await unmatched(
    client.pets.createCoupon({ code: 5 }),
    "Coupon",
    ["Closed", "Open"],
    ['"code": expected a string, got a number', '"code": expected a string, got a number'],
    "body",
  );
  await unmatched(
    client.pets.createOwner({ id: 1, pets: [{ name: "tom", indoor: "yes" }] }),
    "Pet",
    ["Cat", "Dog"],
    ['"indoor": expected a boolean, got a string', 'missing property "bark"'],
    "body.pets[0]",
  );
  await unmatched(
    client.pets.createOwner({ id: 1.5 }),
    "integer | string (uuid)",
    ["integer", "string (uuid)"],
    ["expected an integer, got a number", "expected a string, got a number"],
    "body.id",
  );
  await unmatched(
    client.pets.createOwner({ id: 1, stamp: "May 1st" }),
    "Stamp",
    ["string (date-time)", "string (date)", "integer"],
    ["not a date-time", "not a date", "expected an integer, got a string"],
    "body.stamp",
  );
});
