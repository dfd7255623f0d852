// parse.mjs FORMAT FILE...: parses each file strictly with N3.js, an RDF
// parser independent of raptor. FORMAT is turtle, ntriples or nquads.
// Prints "FILE: N quads" per file; exits 1 at the first file that fails.
import fs from 'node:fs';
import { Parser } from 'n3';

const formats = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads' };
const [format, ...files] = process.argv.slice(2);
if (!formats[format] || files.length === 0) {
  console.error('usage: node parse.mjs turtle|ntriples|nquads FILE...');
  process.exit(2);
}
for (const file of files) {
  let text;
  try {
    // invalid UTF-8 is an error, not a replacement character
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch (err) {
    console.error(`n3: ${file}: ${err.message}`);
    process.exit(1);
  }
  // N3.js's parser for one format rejects the syntax of the others, so a
  // Turtle shorthand in an N-Triples file is an error, as it must be.
  const parser = new Parser({ format: formats[format], baseIRI: 'file://' + file });
  let quads;
  try {
    quads = parser.parse(text);
  } catch (err) {
    console.error(`n3: ${file}: ${err.message}`);
    process.exit(1);
  }
  // N3.js accepts some IRIs that RDF 1.1 forbids (spaces, '<', '"', '{',
  // '}', '|', '^', '`', '\\' once unescaped); check them as RDF 1.1 does.
  const bad = /[\u0000-\u0020<>"{}|^`\\]/;
  for (const q of quads)
    for (const t of [q.subject, q.predicate, q.object, q.graph])
      if (t.termType === 'NamedNode' && bad.test(t.value)) {
        console.error(`n3: ${file}: invalid IRI <${t.value}>`);
        process.exit(1);
      }
  console.log(`${file}: ${quads.length} quads`);
}
