// The contract lint can fail: the defects once found in signpost.yaml are put back into a copy of it,
// and the build's lint (same ruleset, same exceptions) must refuse exactly those. Run by `npm test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const contract = "src/main/openapi/signpost.yaml";
const copy = join("target", "lint-test");

function put(text, from, to) {
  assert.ok(text.includes(from), `the contract no longer contains ${JSON.stringify(from)}: update this test`);
  return text.replace(from, to);
}

function lint(text) {
  mkdirSync(join(copy, "src/main/openapi"), { recursive: true });
  writeFileSync(join(copy, contract), text);
  copyFileSync(".spectral.yaml", join(copy, ".spectral.yaml"));
  const run = spawnSync("node_modules/.bin/spectral",
    ["lint", "--ruleset", join(copy, ".spectral.yaml"), "--format", "json", "--quiet", join(copy, contract)],
    { encoding: "utf8" });
  return { status: run.status, problems: JSON.parse(run.stdout || "[]") };
}

const errors = (problems) => problems.filter((p) => p.severity === 0).map((p) => `${p.code} at ${p.path.join(".")}`).sort();

test("a contract with the defects once found fails the lint, on those defects alone", () => {
  let text = readFileSync(contract, "utf8");
  // an unquoted ", e.g." inside a flow mapping: YAML reads a second, empty key
  text = put(text, `description: "Signpost's stable code for the term, e.g. sp-loneliness"}`,
    "description: Signpost's stable code for the term, e.g. sp-loneliness}");
  // a tag used by operations but not declared
  text = put(text, "  - name: search-admin\n", "  - name: search-administration\n");
  // a plain-HTTP server
  text = put(text, "  - url: /\n", "  - url: http://localhost:8080\n");

  const { status, problems } = lint(text);

  assert.notEqual(status, 0, "spectral must exit non-zero on errors");
  const found = errors(problems);
  assert.ok(found.includes("oas3-schema at components.schemas.OrukTaxonomyTerm.properties.code.e.g. sp-loneliness"), found.join("\n"));
  assert.ok(found.includes("owasp:api8:2023-no-server-http at servers.0.url"), found.join("\n"));
  assert.ok(found.includes("operation-tag-defined at paths./admin/search/rebuild.post.tags.0"), found.join("\n"));
  const other = found.filter((f) => !/^(oas3-schema|owasp:api8:2023-no-server-http|operation-tag-defined) /.test(f));
  assert.deepEqual(other, [], "only the injected defects are errors");
});
