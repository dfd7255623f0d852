// shacl.mjs SHAPES DATA: validates DATA (Turtle) against SHAPES with
// rdf-validate-shacl, a SHACL Core engine independent of Jena (it skips
// SHACL-SPARQL constraints). Prints one line per result,
// "FOCUS<TAB>PATH<TAB>COMPONENT<TAB>MESSAGE", then "conforms: true|false".
// Exit status: 0 conforms, 1 violations, 2 the files could not be read.
import fs from 'node:fs';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const [shapesFile, dataFile] = process.argv.slice(2);
if (!shapesFile || !dataFile) {
  console.error('usage: node shacl.mjs SHAPES.ttl DATA.ttl');
  process.exit(2);
}
function read(file) {
  return new Parser({ format: 'Turtle', baseIRI: 'file://' + file })
    .parse(fs.readFileSync(file, 'utf8'));
}
let shapes, data;
try {
  shapes = read(shapesFile);
  data = read(dataFile);
} catch (err) {
  console.error(`rdf-validate-shacl: ${err.message}`);
  process.exit(2);
}
// rdf-validate-shacl stops at a constraint it does not implement:
// leave the SHACL-SPARQL ones to Jena.
const SH_SPARQL = 'http://www.w3.org/ns/shacl#sparql';
const validator = new SHACLValidator(shapes.filter((q) => q.predicate.value !== SH_SPARQL));
const report = await validator.validate(validator.factory.dataset(data));
for (const r of report.results) {
  const message = r.message.map((m) => m.value).join(' ');
  console.log([r.focusNode?.value, r.path?.value ?? '',
               r.sourceConstraintComponent?.value ?? '', message].join('\t'));
}
console.log(`conforms: ${report.conforms}`);
process.exit(report.conforms ? 0 : 1);
