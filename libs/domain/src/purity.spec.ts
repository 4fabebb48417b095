import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { productionSources, scanSource, scanTree } from '../../../test/support/purity-scanner';

describe('domain purity', () => {
  it('given the domain sources, no file imports infrastructure or reads a clock, randomness or the environment', () => {
    expect(productionSources(__dirname)).toEqual(expect.arrayContaining(['shared/decider.ts', 'upcasting/upcast.ts']));
    expect(productionSources(__dirname)).not.toContain('purity.spec.ts');
    expect(scanTree(__dirname)).toEqual([]);
  });

  describe('the scanner', () => {
    it.each([
      ["import { Injectable } from '@nestjs/common';", 'imports @nestjs/common'],
      ["import type { ModuleRef } from '@nestjs/core';", 'imports @nestjs/core'],
      ["import Database from 'better-sqlite3';", 'imports better-sqlite3'],
      ["import { Pool } from 'pg';", 'imports pg'],
      ["import { EventStoreDBClient } from '@eventstore/db-client';", 'imports @eventstore/db-client'],
      ["import { readFileSync } from 'node:fs';", 'imports node:fs'],
      ["import * as fs from 'fs';", 'imports fs'],
      ["import { readFile } from 'fs/promises';", 'imports fs/promises'],
      ["export { x } from '@nestjs/cqrs';", 'imports @nestjs/cqrs'],
      ["const pg = require('pg');", 'imports pg'],
      ["const m = await import('better-sqlite3');", 'imports better-sqlite3'],
      ["import fs = require('fs');", 'imports fs'],
      ["import { SqliteEventStore } from '@samsyn/store-sqlite';", 'imports @samsyn/store-sqlite'],
      ['const t = Date.now();', 'Date.now()'],
      ['const r = Math.random() * 10;', 'Math.random()'],
      ['const d = new Date();', 'new Date()'],
      ['const d = new Date;', 'new Date()'],
      ['const s = Date();', 'Date()'],
      ['const url = process.env.DATABASE_URL;', 'process.env'],
      ["const url = process.env['X'];", 'process.env'],
    ])('flags %s', (source, rule) => {
      const found = scanSource(source);
      expect(found).toHaveLength(1);
      expect(found[0].rule).toContain(rule);
    });

    it.each([
      "import { applyPatch } from 'fast-json-patch';",
      "import { DomainError } from '../shared';",
      "import { x } from '@samsyn/domain/shared';",
      "import { y } from 'pgp-lite';",
      "import { z } from 'fsevents-like';",
      'const d = new Date(command.context.now);',
      'const ms = Date.parse(now);',
      '// Date.now() is not allowed here, nor new Date()',
      "const why = 'never call Math.random() in a decider';",
      'const process = { env: 1 }; const n = proc.env;',
    ])('does not flag %s', (source) => expect(scanSource(source)).toEqual([]));

    it('given a tree with an impure source and an impure spec, then only the source is reported', () => {
      const root = mkdtempSync(join(tmpdir(), 'purity-'));
      try {
        mkdirSync(join(root, 'clock'));
        writeFileSync(join(root, 'clock', 'clock.ts'), 'export const now = () => new Date();\n');
        writeFileSync(join(root, 'clock', 'clock.spec.ts'), "import * as fs from 'fs';\n");
        writeFileSync(join(root, 'pure.ts'), 'export const one = 1;\n');
        expect(scanTree(root)).toEqual([`${join('clock', 'clock.ts')}:1 constructs new Date() without an instant`]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });

    it('reports the line of each impurity', () =>
      expect(scanSource("import { a } from './a';\n\nconst t = Date.now();\nconst r = Math.random();").map((i) => i.line)).toEqual([3, 4]));
  });
});
