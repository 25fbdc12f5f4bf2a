// Conformance driver for the typescript template set (see generator/conformance/README.md).
// Reads the runner's JSON on stdin, imports the built client (dist/esm), makes each call and
// prints {"results": {id: outcome}}. Path parameters are positional in signature order (their
// conformance name is their index), then the body, then one object of the other parameters.
import { pathToFileURL } from "node:url";
import { join } from "node:path";

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function plain(value) {
  if (value instanceof Blob) {
    return { bytes_base64: Buffer.from(await value.arrayBuffer()).toString("base64") };
  }
  if (value !== null && typeof value === "object" && Symbol.asyncIterator in value) {
    const events = [];
    for await (const event of value) events.push(event);
    return events;
  }
  return value === undefined ? null : value;
}

// {"$file": {filename, content_type, text | base64}} values become Files (Blobs without a name)
function files(value) {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "$file") {
      const spec = value.$file;
      const bytes =
        spec.base64 !== undefined ? Buffer.from(spec.base64, "base64") : Buffer.from(spec.text ?? "");
      const type = spec.content_type ?? "";
      return spec.filename === undefined
        ? new Blob([bytes], { type })
        : new File([bytes], spec.filename, { type });
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, files(v)]));
  }
  return Array.isArray(value) ? value.map(files) : value;
}

const camel = (name) => name.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

function failure(pkg, base, error) {
  const out = {
    type: error?.name ?? typeof error,
    message: String(error?.message ?? error).slice(0, 500),
  };
  if (error instanceof pkg.ApiStatusError) {
    out.kind = "status";
    out.status = error.status;
    out.body = error.rawBody === undefined ? error.body : parseRaw(error.rawBody);
    // the body was given the type the spec declares for this status
    out.typed = error.declared !== undefined;
  } else if (error instanceof pkg.ApiTimeoutError) {
    out.kind = "timeout";
  } else if (error instanceof pkg.ApiConnectionError) {
    out.kind = "connection";
  } else if (error instanceof pkg.ResponseValidationError) {
    out.kind = "validation";
    out.status = error.status;
  } else if (
    error instanceof TypeError ||
    (base && error instanceof base && !(error instanceof pkg.ApiUserAbortError))
  ) {
    out.kind = "client"; // refused before anything was sent (AmbiguousValueError, ...)
  } else {
    out.kind = "other";
  }
  return out;
}

function parseRaw(raw) {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

async function run(pkg, clientName, call) {
  const base = pkg[clientName.replace(/Client$/, "Error")];
  const Client = pkg[clientName];
  let client;
  try {
    // the client may refuse its settings (a credential no header can carry, say)
    client = new Client({
      baseUrl: call.base_url,
      maxRetries: call.max_retries ?? 0,
      ...call.credentials,
    });
  } catch (error) {
    return { error: failure(pkg, base, error) };
  }
  const owner = call.resource ? client[call.resource] : client;
  const positional = [];
  const params = {};
  let hasParams = false;
  for (const arg of call.args) {
    if (arg.location === "path") positional[Number(arg.name)] = files(arg.value);
    else {
      params[arg.name] = files(arg.value);
      hasParams = true;
    }
  }
  const options = Object.fromEntries(
    Object.entries(call.options ?? {}).map(([k, v]) => [camel(k), v]),
  );
  // the method's arguments in signature order (call.info: "path", "body", "params", "options")
  const argv = [];
  let p = 0;
  for (const kind of call.info) {
    if (kind === "path") argv.push(positional[p++]);
    else if (kind === "body") argv.push(call.body === null ? undefined : files(call.body.value));
    else if (kind === "params") argv.push(hasParams ? params : undefined);
    else argv.push(Object.keys(options).length ? options : undefined);
  }
  while (argv.length && argv[argv.length - 1] === undefined) argv.pop();
  try {
    return { result: await plain(await owner[call.method](...argv)) };
  } catch (error) {
    return { error: failure(pkg, base, error) };
  }
}

const doc = await readStdin();
const pkg = await import(pathToFileURL(join(doc.out, "dist", "esm", "index.js")).href);
const results = {};
for (const call of doc.calls) results[call.id] = await run(pkg, doc.client, call);
process.stdout.write(JSON.stringify({ results }));
