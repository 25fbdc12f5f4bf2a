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

function failure(pkg, base, error) {
  const out = {
    type: error?.name ?? typeof error,
    message: String(error?.message ?? error).slice(0, 500),
  };
  if (error instanceof pkg.ApiStatusError) {
    out.kind = "status";
    out.status = error.status;
    out.body = error.body;
  } else if (error instanceof pkg.ApiTimeoutError) {
    out.kind = "timeout";
  } else if (error instanceof pkg.ApiConnectionError) {
    out.kind = "connection";
  } else if (error instanceof pkg.ResponseValidationError) {
    out.kind = "validation";
    out.status = error.status;
  } else if (error instanceof TypeError || (base && error?.constructor === base)) {
    out.kind = "client"; // refused before anything was sent
  } else {
    out.kind = "other";
  }
  return out;
}

async function run(pkg, clientName, call) {
  const Client = pkg[clientName];
  const client = new Client({ baseUrl: call.base_url, maxRetries: 0, ...call.credentials });
  const owner = call.resource ? client[call.resource] : client;
  const positional = [];
  const params = {};
  let hasParams = false;
  for (const arg of call.args) {
    if (arg.location === "path") positional[Number(arg.name)] = arg.value;
    else {
      params[arg.name] = arg.value;
      hasParams = true;
    }
  }
  const argv = [...positional];
  if (call.body !== null) argv.push(call.body.value);
  if (hasParams) argv.push(params);
  const base = pkg[clientName.replace(/Client$/, "Error")];
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
