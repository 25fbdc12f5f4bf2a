// Pagination in the TypeScript client (tests/golden/pagination): a paginated method resolves to
// its first page, which keeps the response's fields and is an async iterable over every item of
// every page. The next page is requested only when needed (one request per page) and nothing
// more is sent when the loop stops early. One scripted server per way of paging.
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
  client = new esm.PagingClient({
    baseUrl: `${server.url}/api`,
    maxRetries: 0,
  });
});

const ITEMS = [0, 1, 2, 3, 4].map((n) => ({ id: `i${n}`, name: `item ${n}` }));
const ids = (items) => items.map((i) => i.id);
const queries = () => server.requests.map((r) => r.query);

async function collect(iterable, take = Infinity) {
  const got = [];
  for await (const x of iterable) {
    got.push(x);
    if (got.length >= take) break;
  }
  return got;
}

function peoplePage(page, size = 2, extra = {}) {
  return {
    json: {
      results: ITEMS.slice((page - 1) * size, page * size),
      metadata: {
        currentPage: page,
        itemsPerPage: size,
        totalItems: 5,
        totalPages: 3,
        ...extra,
      },
    },
  };
}

test("page number with an envelope: every item, one request per page", async () => {
  server.reply(peoplePage(1), peoplePage(2), peoplePage(3));
  const page = await client.paging.listPeople({ limit: 2, search: "a b" });
  // the response as it was: its fields, and nothing else when serialised
  assert.deepEqual(ids(page.results), ["i0", "i1"]);
  assert.equal(page.metadata.totalPages, 3);
  assert.deepEqual(Object.keys(page), ["results", "metadata"]);
  assert.equal(JSON.stringify(page), JSON.stringify(peoplePage(1).json));
  assert.equal(page.hasNextPage(), true);
  assert.equal(server.requests.length, 1);
  assert.deepEqual(ids(await collect(page)), ids(ITEMS));
  assert.deepEqual(queries(), [
    "limit=2&search=a%20b",
    "page=2&limit=2&search=a%20b",
    "page=3&limit=2&search=a%20b",
  ]);
});

test("stopping early sends nothing more", async () => {
  server.reply(peoplePage(1), peoplePage(2), peoplePage(3));
  const page = await client.paging.listPeople({ limit: 2 });
  assert.deepEqual(ids(await collect(page, 3)), ["i0", "i1", "i2"]);
  assert.equal(server.requests.length, 2);
  server.reset();
  server.reply(peoplePage(1));
  assert.deepEqual(
    ids(await collect(await client.paging.listPeople({ limit: 2 }), 2)),
    ["i0", "i1"],
  );
  assert.equal(server.requests.length, 1);
});

test("hasNextPage false ends the pages; iterPages yields pages", async () => {
  server.reply(
    peoplePage(2, 2, { hasNextPage: true, totalPages: undefined }),
    peoplePage(3, 2, { hasNextPage: false, totalPages: undefined }),
  );
  const page = await client.paging.listPeople({ page: 2, limit: 2 });
  const pages = await collect(page.iterPages());
  assert.deepEqual(
    pages.map((p) => ids(p.results)),
    [["i2", "i3"], ["i4"]],
  );
  assert.deepEqual(queries(), ["page=2&limit=2", "page=3&limit=2"]);
  assert.equal(pages[1].hasNextPage(), false);
  assert.equal(await pages[1].getNextPage(), null);
});

test("offset on a plain array: the page is an array of its own items", async () => {
  server.reply(
    { json: ITEMS.slice(0, 2) },
    { json: ITEMS.slice(2, 4) },
    { json: ITEMS.slice(4) },
  );
  const page = await client.paging.listEvents({ limit: 2 });
  assert.ok(Array.isArray(page));
  assert.equal(page.length, 2);
  assert.deepEqual(ids([...page]), ["i0", "i1"]); // sync iteration: this page
  assert.deepEqual(ids(await collect(page)), ids(ITEMS)); // for await: every page
  assert.deepEqual(queries(), [
    "limit=2",
    "offset=2&limit=2",
    "offset=4&limit=2",
  ]);
});

test("a cursor in the body", async () => {
  server.reply(
    { json: { items: ITEMS.slice(0, 2), next_cursor: "c2" } },
    { json: { items: ITEMS.slice(2, 4), next_cursor: "c4" } },
    { json: { items: ITEMS.slice(4), next_cursor: null } },
  );
  const page = await client.paging.listLogs({ page_size: 2 });
  assert.deepEqual(ids(await collect(page)), ids(ITEMS));
  assert.deepEqual(queries(), [
    "page_size=2",
    "cursor=c2&page_size=2",
    "cursor=c4&page_size=2",
  ]);
});

test("a next URL in the body, and none on another host", async () => {
  server.reply(
    {
      json: {
        data: ITEMS.slice(0, 2),
        links: { next: `${server.url}/api/articles?after=2&tag=a&tag=b` },
      },
    },
    { json: { data: ITEMS.slice(2), links: { next: null } } },
  );
  assert.deepEqual(
    ids(await collect(await client.paging.listArticles({ size: 2 }))),
    ids(ITEMS),
  );
  assert.equal(server.requests[1].path, "/api/articles");
  assert.equal(server.requests[1].query, "after=2&tag=a&tag=b");
  server.reset();
  server.reply({
    json: {
      data: ITEMS.slice(0, 2),
      links: { next: "https://elsewhere.example/api/x" },
    },
  });
  const page = await client.paging.listArticles();
  await assert.rejects(
    collect(page),
    (e) => e instanceof esm.PagingError && /outside/.test(e.message),
  );
  assert.equal(server.requests.length, 1);
});

test("the Link header", async () => {
  const link = (n) =>
    `<${server.url}/api/commits?page=${n}&per_page=2>; rel="next", <${server.url}/api/commits?page=1>; rel="first"`;
  server.reply(
    { json: ITEMS.slice(0, 2), headers: { link: link(2) } },
    { json: ITEMS.slice(2, 4), headers: { link: link(3) } },
    {
      json: ITEMS.slice(4),
      headers: { link: `<${server.url}/api/commits?page=1>; rel="first"` },
    },
  );
  const page = await client.paging.listCommits({ per_page: 2 });
  const pages = await collect(page.iterPages());
  assert.deepEqual(
    pages.map((p) => ids([...p])),
    [["i0", "i1"], ["i2", "i3"], ["i4"]],
  );
  assert.deepEqual(queries(), [
    "per_page=2",
    "page=2&per_page=2",
    "page=3&per_page=2",
  ]);
});

test("Stripe style: has_more and the last item's id as starting_after", async () => {
  server.reply(
    { json: { object: "list", data: ITEMS.slice(0, 2), has_more: true } },
    { json: { object: "list", data: ITEMS.slice(2, 4), has_more: true } },
    { json: { object: "list", data: ITEMS.slice(4), has_more: false } },
  );
  const page = await client.paging.listCharges({ limit: 2 });
  assert.equal(page.has_more, true);
  assert.deepEqual(ids(await collect(page)), ids(ITEMS));
  assert.deepEqual(queries(), [
    "limit=2",
    "limit=2&starting_after=i1",
    "limit=2&starting_after=i3",
  ]);
});

test("x-pagination", async () => {
  server.reply(
    { json: { entries: ITEMS.slice(0, 2), state: { resume: "2" } } },
    { json: { entries: ITEMS.slice(2, 4), state: { resume: "4" } } },
  );
  assert.deepEqual(ids(await collect(await client.paging.listEntries(), 4)), [
    "i0",
    "i1",
    "i2",
    "i3",
  ]);
  assert.deepEqual(queries(), ["", "from=2"]);
});

test("withRawResponse gives the first page with status and headers; CommonJS pages too", async () => {
  server.reply(peoplePage(1), peoplePage(2), peoplePage(3));
  const raw = await client.paging.listPeople({ limit: 2 }).withRawResponse();
  assert.equal(raw.status, 200);
  assert.deepEqual(ids(await collect(raw.data)), ids(ITEMS));
  server.reset();
  server.reply({ json: ITEMS.slice(0, 1) });
  const c = new cjs.PagingClient({
    baseUrl: `${server.url}/api`,
    maxRetries: 0,
  });
  assert.deepEqual(
    ids(await collect(await c.paging.listEvents({ limit: 2 }))),
    ["i0"],
  );
  assert.equal(server.requests.length, 1);
});

test("x-pagination next_url on an operation without parameters (a relative link)", async () => {
  server.reply(
    { json: { items: ITEMS.slice(0, 2), more: "/api/feed?from=2" } },
    { json: { items: ITEMS.slice(2, 4), more: "/api/feed?from=4" } },
    { json: { items: ITEMS.slice(4) } },
  );
  assert.deepEqual(
    ids(await collect(await client.paging.listFeed())),
    ids(ITEMS),
  );
  assert.deepEqual(queries(), ["", "from=2", "from=4"]);
  assert.ok(server.requests.every((r) => r.path === "/api/feed"));
});

test("a cursor in a response header", async () => {
  server.reply(
    { json: ITEMS.slice(0, 2), headers: { "x-next-page-token": "t2" } },
    { json: ITEMS.slice(2, 4), headers: { "x-next-page-token": "t4" } },
    { json: ITEMS.slice(4) },
  );
  assert.deepEqual(
    ids(await collect(await client.paging.listJobs())),
    ids(ITEMS),
  );
  assert.deepEqual(queries(), ["", "page_token=t2", "page_token=t4"]);
});
