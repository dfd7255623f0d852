#!/usr/bin/env node
// The independent SPARQL engine of the tests: Oxigraph (npm) answers a query
// over Turtle/N-Quads files, and answers from attache are brought to the same
// canonical form, so the two can be compared as sorted lists of rows.
//
//   node sparql.cjs run QUERY.rq DATA.ttl|DATA.nq...   Oxigraph's answer
//   node sparql.cjs json RESULTS.srj                   a SPARQL JSON result
//   node sparql.cjs rdf FILE.ttl                       a Turtle graph
//
// Output: one line per row, `?var=TERM` pairs sorted by variable name and
// joined by tabs (unbound variables left out), `true`/`false` for ASK, one
// N-Triples-like line per triple for graphs; lines sorted. Terms: `<iri>`,
// `"text"`, `"text"@lang`, `"text"^^<datatype>` (xsd:string dropped, the
// text with only \\ \" \n \r \t escaped), blank nodes as `_:`; integer
// subtypes as xsd:integer.
'use strict';
const fs = require('fs');
const path = require('path');
const oxigraph = require('oxigraph');

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

function escape(text) {
  return text.replace(/[\\"\n\r\t]/g, (c) =>
    ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]);
}

// Oxigraph answers integer subtypes (xsd:nonNegativeInteger, which attache
// writes for offsets) as xsd:integer: both sides are compared that way.
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const INTEGER_TYPES = new Set(['nonNegativeInteger', 'positiveInteger',
  'nonPositiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte',
  'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte']
  .map((t) => XSD + t));

function literal(value, lang, datatype) {
  if (INTEGER_TYPES.has(datatype)) {
    datatype = XSD + 'integer';
    if (/^[+-]?\d+$/.test(value)) value = String(BigInt(value));
  }
  let out = `"${escape(value)}"`;
  if (lang) return `${out}@${lang.toLowerCase()}`;
  if (datatype && datatype !== XSD_STRING && datatype !== RDF_LANG_STRING)
    out += `^^<${datatype}>`;
  return out;
}

// An RDF/JS term (Oxigraph) in canonical form.
function term(t) {
  switch (t.termType) {
    case 'NamedNode': return `<${t.value}>`;
    case 'BlankNode': return '_:';
    case 'Literal': return literal(t.value, t.language, t.datatype && t.datatype.value);
    default: return `?${t.termType}`;
  }
}

// A term of a SPARQL JSON result (both the 2013 "literal" and the older
// "typed-literal" spellings, which rasqal writes).
function jsonTerm(b) {
  switch (b.type) {
    case 'uri': return `<${b.value}>`;
    case 'bnode': return '_:';
    case 'literal':
    case 'typed-literal':
      return literal(b.value, b['xml:lang'], b.datatype);
    default: return `?${b.type}`;
  }
}

function row(pairs) {
  return pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([name, value]) => `?${name}=${value}`).join('\t');
}

function quadLine(q) {
  return `${term(q.subject)} ${term(q.predicate)} ${term(q.object)} .`;
}

function print(lines) {
  lines.sort();
  process.stdout.write(lines.map((l) => l + '\n').join(''));
}

function formatOf(file) {
  return file.endsWith('.nq') ? 'application/n-quads'
    : file.endsWith('.nt') ? 'application/n-triples' : 'text/turtle';
}

function run(queryFile, dataFiles) {
  const store = new oxigraph.Store();
  for (const file of dataFiles) {
    store.load(fs.readFileSync(file, 'utf8'), {
      format: formatOf(file),
      base_iri: 'file://' + path.resolve(file),
    });
  }
  // attache's store answers the default graph as the union of the
  // document graphs; so does this one.
  const answer = store.query(fs.readFileSync(queryFile, 'utf8'),
                             { use_default_graph_as_union: true });
  if (typeof answer === 'boolean') return print([String(answer)]);
  print(answer.map((item) => (item instanceof Map
    ? row([...item].map(([name, value]) => [name, term(value)]))
    : quadLine(item))));
}

function json(file) {
  const result = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof result.boolean === 'boolean') return print([String(result.boolean)]);
  print(result.results.bindings.map((b) =>
    // rasqal writes {"type": "unbound"} where the standard leaves it out
    row(Object.entries(b).filter(([, value]) => value.type !== 'unbound')
      .map(([name, value]) => [name, jsonTerm(value)]))));
}

function rdf(file) {
  const quads = oxigraph.parse(fs.readFileSync(file, 'utf8'),
                               { format: formatOf(file), base_iri: 'http://example.org/' });
  print([...new Set(quads.map(quadLine))]);
}

const [mode, ...args] = process.argv.slice(2);
try {
  if (mode === 'run' && args.length >= 2) run(args[0], args.slice(1));
  else if (mode === 'json' && args.length === 1) json(args[0]);
  else if (mode === 'rdf' && args.length === 1) rdf(args[0]);
  else {
    process.stderr.write('usage: sparql.cjs run QUERY DATA... | json FILE | rdf FILE\n');
    process.exit(2);
  }
} catch (e) {
  process.stderr.write(`sparql.cjs: ${e.message || e}\n`);
  process.exit(1);
}
