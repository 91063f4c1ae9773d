// sparql-crosscheck.mjs - run SPARQL queries through `summitkg query` and through Oxigraph
// (npm oxigraph, an independent engine) over `summitkg export` of the same store, and say
// which answers differ.  Answers are compared as multisets of rows (SELECT), as booleans
// (ASK), as sets of triples (CONSTRUCT); each value written as in N-Triples, so that a
// number, a string and an IRI never compare equal.
//
//   node scripts/sparql-crosscheck.mjs --summitkg src/summitkg --store S.db --export S.nq \
//        [--diffs DIR] [--times] [--repeat N] QUERY.rq...
//
// Prints one line a query, "ok NAME: R rows" or "not ok NAME: ...", with --times the seconds
// each engine took (summitkg: the whole command, which includes opening the store; Oxigraph:
// the query alone, over a store in memory loaded once, the best of --repeat runs), and
// exits 1 if any differs.  With --diffs DIR, each query's two canonical answers are written to
// DIR/NAME.summitkg and DIR/NAME.oxigraph.
//
// A query with parameters runs again for each line
//   # cross-check: with org=SCO status="Expected"
// as "NAME[org=SCO status=Expected]": summitkg gets --param org=SCO --param status=Expected,
// Oxigraph the query with $org and $status set as `summitkg query --help` says --param does
// (an <IRI> as it is, a number as a number, anything else as a string), written again here.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename } from "node:path";
import oxigraph from "oxigraph";

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
const RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

function usage(msg) {
  process.stderr.write(`sparql-crosscheck: ${msg}\n`);
  process.exit(2);
}

const opts = { repeat: 1, times: false, queries: [] };
for (let i = 2; i < process.argv.length; ++i) {
  const a = process.argv[i];
  const next = () => (++i < process.argv.length ? process.argv[i] : usage(`${a} needs a value`));
  if (a === "--summitkg") opts.summitkg = next();
  else if (a === "--store") opts.store = next();
  else if (a === "--export") opts.export = next();
  else if (a === "--diffs") opts.diffs = next();
  else if (a === "--repeat") opts.repeat = Math.max(1, parseInt(next(), 10) || 1);
  else if (a === "--times") opts.times = true;
  else if (a.startsWith("--")) usage(`unknown option ${a}`);
  else opts.queries.push(a);
}
if (!opts.summitkg || !opts.store || !opts.export || !opts.queries.length)
  usage("usage: --summitkg BIN --store DB --export FILE.nq [--diffs DIR] [--times] [--repeat N] QUERY.rq...");

// A value as N-Triples writes it: <iri>, "text"^^<datatype>, "text"@lang, "text".
// Numbers are compared by value: Oxigraph keeps an xsd:decimal as a number and writes
// "0.90" back as "0.9", where summitkg's store gives the term as it was written.
const NUMERIC = new Set(["integer", "decimal", "double", "float", "int", "long"].map(
  (t) => `http://www.w3.org/2001/XMLSchema#${t}`));

function literalText(value, lang, datatype) {
  if (datatype && NUMERIC.has(datatype) && value.trim() !== "" && !Number.isNaN(Number(value)))
    value = String(Number(value));
  const q = JSON.stringify(value);
  if (lang) return `${q}@${lang.toLowerCase()}`;
  if (datatype && datatype !== XSD_STRING && datatype !== RDF_LANGSTRING) return `${q}^^<${datatype}>`;
  return q;
}

function oxTerm(t) {
  if (!t) return "";
  switch (t.termType) {
    case "NamedNode": return `<${t.value}>`;
    case "BlankNode": return "_:b";  // no blank nodes in summitkg's graphs; never equal by label
    case "Literal": return literalText(t.value, t.language, t.datatype && t.datatype.value);
    default: return `?${t.termType}`;
  }
}

// A value of the W3C SPARQL 1.1 JSON results (and the 2005 draft's "typed-literal").
function jsonTerm(b) {
  if (!b) return "";
  switch (b.type) {
    case "uri": return `<${b.value}>`;
    case "bnode": return "_:b";
    case "unbound": return "";
    case "literal":
    case "typed-literal": return literalText(b.value, b["xml:lang"], b.datatype);
    default: return `?${b.type}`;
  }
}

// Columns whose order SPARQL leaves open, named in the query by a comment line
//   # cross-check: ?titles unordered "; "
// (a GROUP_CONCAT joined with "; "): their parts are sorted before comparing.
let unordered = new Map();

function readDirectives(sparql) {
  unordered = new Map();
  for (const m of sparql.matchAll(/^#\s*cross-check:\s*\?(\w+)\s+unordered\s+("(?:[^"\\]|\\.)*")\s*$/gm))
    unordered.set(m[1], JSON.parse(m[2]));
}

// The parameter sets of "# cross-check: with NAME=VALUE ..." lines, each a list of [name, value].
function paramSets(sparql) {
  const sets = [];
  for (const m of sparql.matchAll(/^#\s*cross-check:\s*with\s+(.*?)\s*$/gm)) {
    const set = [];
    for (const p of m[1].matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g))
      set.push([p[1], p[2].startsWith('"') ? JSON.parse(p[2]) : p[2]]);
    sets.push(set);
  }
  return sets;
}

// A --param value as a SPARQL term: <an IRI>, a number, else a string literal.
function paramTerm(value) {
  if (/^<[^<>"{}|^`\\\s]*>$/.test(value)) return value;
  if (/^-?[0-9]/.test(value) && value.trim() !== "" && !Number.isNaN(Number(value))) return value;
  return JSON.stringify(value);
}

// The query with each $NAME of `params` replaced by its term; strings, IRIs and comments
// are left alone, as summitkg does.
function setParams(sparql, params) {
  const values = new Map(params);
  let out = "";
  for (let i = 0; i < sparql.length;) {
    const c = sparql[i];
    let j = i + 1;
    if (c === '"' || c === "'") {
      const long = sparql.startsWith(c.repeat(3), i);
      const end = long ? c.repeat(3) : c;
      j = i + end.length;
      while (j < sparql.length && !sparql.startsWith(end, j)) j += sparql[j] === "\\" ? 2 : 1;
      j = Math.min(sparql.length, j + end.length);
    } else if (c === "<" && /[^\s=]/.test(sparql[i + 1] || " ")) {
      const m = /^<[^>\s]*>/.exec(sparql.slice(i));
      j = m ? i + m[0].length : i + 1;
    } else if (c === "#") {
      j = sparql.indexOf("\n", i);
      if (j < 0) j = sparql.length;
    } else if (c === "$" && /\w/.test(sparql[i + 1] || "")) {
      const name = /^\w+/.exec(sparql.slice(i + 1))[0];
      j = i + 1 + name.length;
      if (values.has(name)) {
        out += paramTerm(values.get(name));
        i = j;
        continue;
      }
    }
    out += sparql.slice(i, j);
    i = j;
  }
  return out;
}

function canonicalValue(v, text) {
  const sep = unordered.get(v);
  if (sep === undefined || !text.startsWith('"')) return text;
  const end = text.lastIndexOf('"');
  const parts = JSON.parse(text.slice(0, end + 1)).split(sep).sort();
  return JSON.stringify(parts.join(sep)) + text.slice(end + 1);
}

function canonicalRows(vars, rows) {
  return rows.map((r) => vars.map((v) => canonicalValue(v, r(v))).join("\t")).sort();
}

function oxigraphAnswer(store, sparql) {
  const res = store.query(sparql, { use_default_graph_as_union: true });
  if (typeof res === "boolean") return { kind: "boolean", lines: [String(res)] };
  if (Array.isArray(res) && (res.length ? !(res[0] instanceof Map) : isConstruct(sparql))) {
    const lines = [...new Set(res.map((q) => `${oxTerm(q.subject)} ${oxTerm(q.predicate)} ${oxTerm(q.object)} .`))];
    return { kind: "graph", lines: lines.sort() };
  }
  // bindings (or an empty answer): again as SPARQL JSON results, which name the variables
  const out = store.query(sparql, { use_default_graph_as_union: true, results_format: "application/sparql-results+json" });
  const j = JSON.parse(out);
  if (!j.head || !j.head.vars) return { kind: "graph", lines: [] };
  const vars = j.head.vars;
  return { kind: "bindings", vars, lines: canonicalRows(vars, j.results.bindings.map((b) => (v) => jsonTerm(b[v]))) };
}

// Whether the query is a CONSTRUCT (summitkg writes its triples as N-Triples).
function isConstruct(sparql) {
  return /^\s*CONSTRUCT\b/im.test(sparql.replace(/#[^\n]*/g, "").replace(/^\s*(PREFIX|BASE)[^\n]*/gim, ""));
}

function summitkgAnswer(sparql, file, params) {
  const isGraph = isConstruct(sparql);
  const args = ["query", "--store", opts.store, "--format", "json", "-o", "ntriples",
                ...params.flatMap(([k, v]) => ["--param", `${k}=${v}`]), file];
  const t0 = process.hrtime.bigint();
  const out = execFileSync(opts.summitkg, args, { maxBuffer: 1 << 30, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (isGraph) {
    const quads = oxigraph.parse(out, { format: "application/n-triples" });
    const lines = [...new Set(quads.map((q) => `${oxTerm(q.subject)} ${oxTerm(q.predicate)} ${oxTerm(q.object)} .`))];
    return { seconds, answer: { kind: "graph", lines: lines.sort() } };
  }
  const j = JSON.parse(out);
  if ("boolean" in j) return { seconds, answer: { kind: "boolean", lines: [String(j.boolean)] } };
  const vars = j.head.vars;
  const lines = canonicalRows(vars, j.results.bindings.map((b) => (v) => jsonTerm(b[v])));
  return { seconds, answer: { kind: "bindings", vars, lines } };
}

// The multiset difference of two sorted arrays, as "-" (only in a) and "+" (only in b) lines.
function difference(a, b) {
  const out = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(`- ${a[i++]}`);
    else if (i >= a.length || b[j] < a[i]) out.push(`+ ${b[j++]}`);
    else { ++i; ++j; }
  }
  return out;
}

const store = new oxigraph.Store();
{
  const t0 = process.hrtime.bigint();
  store.load(readFileSync(opts.export), { format: "application/n-quads" });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (opts.times) process.stdout.write(`# Oxigraph loaded ${store.size} quads in ${s.toFixed(2)} s\n`);
}
if (opts.diffs) mkdirSync(opts.diffs, { recursive: true });

let failed = 0, runs = 0;
for (const file of opts.queries) {
  const text = readFileSync(file, "utf8");
  readDirectives(text);
  for (const params of [[], ...paramSets(text)]) {
    ++runs;
    const name = basename(file, ".rq") + (params.length ? `[${params.map(([k, v]) => `${k}=${v}`).join(" ")}]` : "");
    const sparql = setParams(text, params);
    let ours, theirs, oxSeconds = Infinity;
    try {
      for (let k = 0; k < opts.repeat; ++k) {
        const t0 = process.hrtime.bigint();
        theirs = oxigraphAnswer(store, sparql);
        oxSeconds = Math.min(oxSeconds, Number(process.hrtime.bigint() - t0) / 1e9);
      }
    } catch (e) {
      process.stdout.write(`not ok ${name}: Oxigraph: ${e.message}\n`);
      ++failed;
      continue;
    }
    try {
      ours = summitkgAnswer(sparql, file, params);
      for (let k = 1; k < opts.repeat; ++k) {
        const again = summitkgAnswer(sparql, file, params);
        ours.seconds = Math.min(ours.seconds, again.seconds);
      }
    } catch (e) {
      process.stdout.write(`not ok ${name}: summitkg query failed: ${String(e.stderr || e.message).trim()}\n`);
      ++failed;
      continue;
    }
    const a = ours.answer, b = theirs;
    if (opts.diffs) {
      writeFileSync(`${opts.diffs}/${name}.summitkg`, a.lines.join("\n") + "\n");
      writeFileSync(`${opts.diffs}/${name}.oxigraph`, b.lines.join("\n") + "\n");
    }
    const times = opts.times ? ` (summitkg ${ours.seconds.toFixed(3)} s, Oxigraph ${oxSeconds.toFixed(3)} s)` : "";
    // summitkg's JSON answer with no rows names no variables: two empty answers agree
    const sameVars = a.kind !== "bindings" || b.kind !== "bindings" || a.vars.join(" ") === b.vars.join(" ")
      || (!a.lines.length && !b.lines.length);
    const diff = a.kind === b.kind && sameVars ? difference(a.lines, b.lines) : ["kinds or variables differ"];
    if (!diff.length) {
      process.stdout.write(`ok ${name}: ${a.lines.length} ${a.kind === "graph" ? "triples" : a.kind === "boolean" ? "boolean" : "rows"}${times}\n`);
    } else {
      ++failed;
      process.stdout.write(`not ok ${name}: summitkg ${a.lines.length}, Oxigraph ${b.lines.length} ${a.kind === "graph" ? "triples" : "rows"}, ${diff.length} differ${times}\n`);
      for (const l of diff.slice(0, 6)) process.stdout.write(`#   ${l}\n`);
    }
  }
}
process.stdout.write(`# ${runs - failed} of ${runs} queries agree\n`);
process.exit(failed ? 1 : 0);
