// Reads the .trx files that `dotnet test` wrote in the folder given as argument and prints, last in
// the log where a reader looks first, how many tests ran and the name and error of each failed one.
// Exits with 1 when no test was executed: a run that executes no test is a failure.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const folder = process.argv[2];
const files = readdirSync(folder).filter((name) => name.endsWith(".trx"));

const decode = (text) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, "&");

let executed = 0;
const failures = [];
for (const file of files) {
  const xml = readFileSync(join(folder, file), "utf8");
  const counters = xml.match(/<Counters [^>]*executed="(\d+)"/);
  executed += counters ? Number(counters[1]) : 0;
  // A result without output is written as an empty element, <UnitTestResult ... />.
  for (const result of xml.matchAll(/<UnitTestResult ([^>]*?)(?:\/>|>([\s\S]*?)<\/UnitTestResult>)/g)) {
    if (!/outcome="Failed"/.test(result[1])) {
      continue;
    }
    const name = decode(result[1].match(/testName="([^"]*)"/)?.[1] ?? "(unnamed test)");
    const message = decode((result[2] ?? "").match(/<Message>([\s\S]*?)<\/Message>/)?.[1] ?? "");
    const stack = decode((result[2] ?? "").match(/<StackTrace>([\s\S]*?)<\/StackTrace>/)?.[1] ?? "");
    failures.push({ name, message, stack });
  }
}

const excerpt = (text, lines) => text.split("\n").slice(0, lines).map((line) => `      ${line.trimEnd()}`).join("\n");

if (failures.length > 0) {
  console.error(`\n${failures.length} failed test(s):`);
  for (const failure of failures) {
    console.error(`  ${failure.name}`);
    console.error(excerpt(failure.message, 20));
    console.error(excerpt(failure.stack, 8));
  }
}
console.error(`\nTests executed: ${executed}, failed: ${failures.length}`);
if (executed === 0) {
  console.error("error: no test was executed");
  process.exit(1);
}
