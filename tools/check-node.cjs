// Run first by every npm script (package.json): on a Node older than package.json's `engines.node`,
// one line naming both versions, and exit 1, before anything else can fail less clearly (on Node 20,
// `node tools/dev.ts` dies with ERR_UNKNOWN_FILE_EXTENSION). The floor is Node 22.18.0: the first
// release that strips TypeScript types by default, which `node <file>.ts` needs. Plain CommonJS in
// old syntax, so that it runs on any Node.
"use strict";
const engines = require("../package.json").engines.node;
const floor = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(engines);
if (!floor) {
  console.error(`tools/check-node.cjs: package.json engines.node must read ">=X.Y.Z", not "${engines}"`);
  process.exit(1);
}
const want = floor.slice(1).map(Number);
const have = process.versions.node.split(".").map(Number);
for (let i = 0; i < 3; i++) {
  if (have[i] > want[i]) break;
  if (have[i] < want[i]) {
    console.error(
      `Spec Drive needs Node ${want.join(".")} or later (see .nvmrc; README says how to get it); this is Node ${process.versions.node} (${process.execPath}).`,
    );
    process.exit(1);
  }
}
