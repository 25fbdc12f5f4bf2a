// Conformance build step for the typescript template set: compile the generated client to
// dist/esm with tsc (the driver imports the ES module build; `npm run build` also makes dist/cjs). tsc comes from CLIENTGEN_TSC, else
// the node_modules/.bin of the folder clientgen was started in (or one above it), else PATH.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

function findTsc() {
  if (process.env.CLIENTGEN_TSC) return process.env.CLIENTGEN_TSC;
  for (let dir = resolve(process.env.PWD ?? process.cwd()); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", ".bin", "tsc");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return "tsc";
  }
}

const tsc = findTsc();
execFileSync(tsc, ["-p", "tsconfig.esm.json"], { stdio: "inherit" });
writeFileSync("dist/esm/package.json", '{ "type": "module" }\n');
