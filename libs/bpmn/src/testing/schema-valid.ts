import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The OMG BPMN 2.0 schemas (BPMN20.xsd with DI, DC and Semantic), as bpmn-moddle ships them. */
const XSD = join(require.resolve('bpmn-moddle/package.json'), '..', 'resources', 'bpmn', 'xsd', 'BPMN20.xsd');

/**
 * xmllint's verdict on a document against the BPMN 2.0 XSD: '' when valid, else its complaints.
 * Throws when xmllint is missing, so a test that relies on it fails rather than passes unchecked.
 */
export const schemaProblems = (xml: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-xsd-'));
  try {
    const file = join(dir, 'doc.bpmn');
    writeFileSync(file, xml);
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], { stdio: 'pipe' });
      return '';
    } catch (e) {
      const err = e as { code?: string; stderr?: Buffer };
      if (err.code === 'ENOENT') throw new Error('xmllint is not installed (apt-get install libxml2-utils): the schema check cannot run');
      return String(err.stderr ?? e);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
