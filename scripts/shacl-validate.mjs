#!/usr/bin/env node
// Validate summitkg's RDF output against SHACL shapes.
//
// Usage: node scripts/shacl-validate.mjs SHAPES.ttl DATA.nq [DATA.nq ...]
//
// SHAPES is Turtle (ontology/shapes.ttl). Each DATA file is N-Quads (or N-Triples), as written
// by `summitkg extract -o nquads`; its named graphs are merged into one data graph, which is
// validated on its own. The engine is shacl-engine (npm) with its SPARQL plugin, so the shapes
// may use SPARQL-based constraints (sh:sparql) and SPARQL-based targets (sh:target/sh:select).
// Blank graph names are flagged here, since the merged data graph does not keep graph names.
//
// The SPARQL plugin is the one of shacl-engine/sparql.js, re-implemented here with one
// Comunica QueryEngine shared by all queries: shacl-engine 1.1.2 builds a new engine for every
// query (about 65 ms each, i.e. most of the run time with a constraint per evidence node), and
// evaluates only the first of several sh:sparql constraints of one shape.
//
// Prints one summary line per file and, under it, every result (focus node, path, value,
// message, shape). Exits 1 if any file has a violation (or a warning or info result), 2 on a
// usage, read or parse error.

import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { Readable } from 'node:stream'
import { QueryEngine } from '@comunica/query-sparql-rdfjs-lite'
import { BindingsFactory } from '@comunica/utils-bindings-factory'
import rdfDataModel from '@rdfjs/data-model'
import rdfDataset from '@rdfjs/dataset'
import { Parser } from 'n3'
import { Validator } from 'shacl-engine'
import * as ns from 'shacl-engine/lib/namespaces.js'
import parsePath from 'shacl-engine/lib/parsePath.js'
import { stringifyPath } from 'shacl-engine/lib/sparql.js'

const factory = {
  ...Object.fromEntries(
    ['namedNode', 'blankNode', 'literal', 'variable', 'defaultGraph', 'quad', 'triple', 'fromTerm', 'fromQuad']
      .filter(name => typeof rdfDataModel[name] === 'function')
      .map(name => [name, rdfDataModel[name].bind(rdfDataModel)])
  ),
  dataset: quads => rdfDataset.dataset(quads)
}

const SH = 'http://www.w3.org/ns/shacl#'

// --- SPARQL-based constraints (sh:sparql) and targets (sh:target [ sh:select ... ]) ----------

const engine = new QueryEngine()
const bindingsFactory = new BindingsFactory(factory)

async function select (dataset, query, bindings = []) {
  const source = { match: (s, p, o, g) => Readable.from(dataset.match(s, p, o, g)) }
  const stream = await engine.queryBindings(query, {
    sources: [source],
    initialBindings: bindingsFactory.bindings(bindings)
  })
  return stream.toArray()
}

// PREFIX lines from the sh:declare of the sh:prefixes nodes (and of what they owl:import).
function prefixLines (ptr, lines = []) {
  for (const imported of ptr.out([ns.owl.imports])) prefixLines(imported, lines)
  for (const declare of ptr.out([ns.sh.declare])) {
    lines.push(`PREFIX ${declare.out([ns.sh.prefix]).value}: <${declare.out([ns.sh.namespace]).value}>`)
  }
  return lines
}

function compileSparql (shape) {
  const constraints = [...shape.sparql].map(constraint => ({
    query: [...prefixLines(constraint.out([ns.sh.prefixes])), constraint.out([ns.sh.select]).value]
      .join('\n').split('$PATH').join(stringifyPath(shape.path)),
    message: constraint.out([ns.sh.message]).terms,
    source: constraint.terms
  }))
  return {
    generic: async context => {
      const focus = context.focusNode
      for (const { query, message, source } of constraints) {
        const rows = await select(focus.dataset, query, [[factory.variable('this'), focus.term]])
        for (const row of rows) {
          const args = Object.fromEntries([...row].map(([variable, term]) => [variable.value, term]))
          const path = row.has('path') && parsePath(focus.node([row.get('path')]))
          const value = focus.node([row.get('value') || focus.term])
          context.violation(ns.sh.SPARQLConstraintComponent, { args, message, path, source, value })
        }
        if (rows.length === 0) context.debug(ns.sh.SPARQLConstraintComponent, { source })
      }
    }
  }
}

async function resolveSparqlTarget (targetPtr, context) {
  const query = targetPtr.out([ns.sh.select]).value
  if (!query) return []
  const full = [...prefixLines(targetPtr.out([ns.sh.prefixes])), query].join('\n')
  const rows = await select(context.focusNode.dataset, full)
  // Comunica renames the blank nodes of its results (bc_N_label): give back the data's own.
  return rows.map(row => row.get(factory.variable('this'))).filter(Boolean).map(term => {
    const m = term.termType === 'BlankNode' && /^bc_\d+_(.+)$/.exec(term.value)
    return m ? factory.blankNode(m[1]) : term
  })
}

const validations = new Map([[ns.sh.sparql, compileSparql]])
const targetResolvers = new Map([[ns.sh.target, resolveSparqlTarget]])

function usage () {
  console.error('usage: node scripts/shacl-validate.mjs SHAPES.ttl DATA.nq [DATA.nq ...]')
  process.exit(2)
}

// Parse a file into an RDF/JS dataset; with mergeGraphs, every quad goes to the default graph.
function load (file, format, { mergeGraphs = false } = {}) {
  const text = readFileSync(file, 'utf8')
  const parser = new Parser({ format, baseIRI: 'file://' + file })
  const dataset = rdfDataset.dataset()
  const blankGraphs = new Set()
  let count = 0
  for (const q of parser.parse(text)) {
    count++
    if (q.graph.termType === 'BlankNode') blankGraphs.add(q.graph.value)
    dataset.add(mergeGraphs
      ? factory.quad(q.subject, q.predicate, q.object, factory.defaultGraph())
      : q)
  }
  return { dataset, count, blankGraphs }
}

function termToString (term) {
  if (!term) return '-'
  switch (term.termType) {
    case 'NamedNode': return `<${term.value}>`
    case 'BlankNode': return `_:${term.value}`
    case 'Literal': {
      const v = JSON.stringify(term.value)
      if (term.language) return `${v}@${term.language}`
      if (term.datatype && term.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') {
        return `${v}^^<${term.datatype.value}>`
      }
      return v
    }
    default: return term.value
  }
}

function pathToString (path) {
  if (!path || path.length === 0) return '-'
  return path.map(step => {
    let s = step.predicates.map(p => termToString(p)).join('|')
    if (step.start === 'object') s = '^' + s
    if (step.quantifier === 'oneOrMore') s += '+'
    else if (step.quantifier === 'zeroOrMore') s += '*'
    else if (step.quantifier === 'zeroOrOne') s += '?'
    return s
  }).join('/')
}

function severityName (result) {
  const s = result.severity && result.severity.value
  return s && s.startsWith(SH) ? s.slice(SH.length) : (s || 'Violation')
}

// One line per result, with nested results (sh:node, sh:qualifiedValueShape, ...) indented.
function printResult (result, indent, nested = false) {
  const focus = result.focusNode && result.focusNode.term
  const value = result.value && result.value.term
  const shape = result.shape && result.shape.ptr && result.shape.ptr.term
  const component = result.constraintComponent
    ? result.constraintComponent.value.replace(SH, 'sh:')
    : '-'
  const message = (result.message || []).map(m => m.value).join(' / ') || '(no message)'
  const where = shape && shape.termType === 'NamedNode' ? termToString(shape) : component
  let line = `${indent}${nested ? 'detail' : severityName(result)}: focus ${termToString(focus)} path ${pathToString(result.path)}`
  if (value && !(focus && value.equals(focus))) line += ` value ${termToString(value)}`
  line += ` -- ${message} [${where}${where === component ? '' : ', ' + component}]`
  console.log(line)
  for (const detail of result.results || []) printResult(detail, indent + '    ', true)
}

async function main () {
  const [shapesFile, ...dataFiles] = process.argv.slice(2)
  if (!shapesFile || dataFiles.length === 0) usage()

  let shapes
  try {
    shapes = load(shapesFile, 'text/turtle').dataset
  } catch (err) {
    console.error(`${shapesFile}: cannot read shapes: ${err.message}`)
    process.exit(2)
  }
  const validator = new Validator(shapes, { factory, details: true, targetResolvers, validations })

  let failedFiles = 0
  let errors = 0
  const t0 = performance.now()
  for (const file of dataFiles) {
    const t = performance.now()
    let data
    try {
      data = load(file, 'application/n-quads', { mergeGraphs: true })
    } catch (err) {
      console.log(`${file}: ERROR: cannot parse: ${err.message}`)
      errors++
      continue
    }
    const report = await validator.validate({ dataset: data.dataset })
    const results = report.results
    const extra = [...data.blankGraphs]
    const bad = results.length + extra.length
    const ms = Math.round(performance.now() - t)
    if (bad === 0 && report.conforms) {
      console.log(`${file}: conforms (${data.count} quads, ${ms} ms)`)
    } else {
      failedFiles++
      console.log(`${file}: DOES NOT CONFORM: ${bad} result(s) (${data.count} quads, ${ms} ms)`)
      for (const result of results) printResult(result, '  ')
      for (const g of extra) {
        console.log(`  Violation: graph name _:${g} is a blank node -- summitkg's data name every graph with an IRI [scripts/shacl-validate.mjs]`)
      }
    }
  }
  const total = Math.round(performance.now() - t0)
  console.log(`validated ${dataFiles.length} file(s) in ${total} ms: ${dataFiles.length - failedFiles - errors} conform, ${failedFiles} do not, ${errors} unreadable`)
  if (errors > 0) process.exit(2)
  if (failedFiles > 0) process.exit(1)
}

main().catch(err => {
  console.error(err && err.stack ? err.stack : String(err))
  process.exit(2)
})
