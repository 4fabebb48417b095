import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/** Why the domain must stay pure: deciders are replayed over years of history and must give the
 * same answer every time, so they may not reach for a clock, randomness, the environment, or
 * any infrastructure. The scan reads the syntax tree, so comments and strings never count. */
const FORBIDDEN_MODULES: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^@nestjs\//, why: 'framework' },
  { pattern: /^better-sqlite3(\/|$)/, why: 'storage driver' },
  { pattern: /^pg(\/|$)/, why: 'storage driver' },
  { pattern: /^@eventstore\//, why: 'storage driver' },
  { pattern: /^(node:)?fs(\/|$)/, why: 'file system' },
  { pattern: /^@samsyn\/(?!domain(\/|$))/, why: 'another layer' },
];

export interface Impurity {
  line: number;
  rule: string;
}

const moduleOf = (node: ts.Node): string | undefined => {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
    return node.moduleSpecifier.text;
  }
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    const expr = node.moduleReference.expression;
    return ts.isStringLiteral(expr) ? expr.text : undefined;
  }
  if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
    const callee = node.expression;
    const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
    if (isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) return node.arguments[0].text;
  }
  return undefined;
};

const isAccess = (node: ts.Node, object: string, property: string): boolean =>
  ts.isPropertyAccessExpression(node) &&
  ts.isIdentifier(node.expression) &&
  node.expression.text === object &&
  node.name.text === property;

const ruleOf = (node: ts.Node): string | undefined => {
  const module = moduleOf(node);
  if (module !== undefined) {
    const hit = FORBIDDEN_MODULES.find((m) => m.pattern.test(module));
    return hit ? `imports ${module} (${hit.why})` : undefined;
  }
  if (ts.isCallExpression(node) && isAccess(node.expression, 'Date', 'now')) return 'calls Date.now()';
  if (ts.isCallExpression(node) && isAccess(node.expression, 'Math', 'random')) return 'calls Math.random()';
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && !node.arguments?.length) {
    return 'constructs new Date() without an instant';
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date') return 'calls Date() for the current time';
  if (isAccess(node, 'process', 'env')) return 'reads process.env';
  return undefined;
};

/** The impurities in one TypeScript source text. */
export const scanSource = (source: string, fileName = 'source.ts'): Impurity[] => {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: Impurity[] = [];
  const visit = (node: ts.Node): void => {
    const rule = ruleOf(node);
    if (rule) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, rule });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
};

/** Every non-spec .ts file under `root`, as paths relative to it. */
export const productionSources = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && !f.endsWith('.d.ts'))
    .sort();

/** `file:line rule` for every impurity under `root`; empty when the domain is pure. */
export const scanTree = (root: string): string[] =>
  productionSources(root).flatMap((f) =>
    scanSource(readFileSync(join(root, f), 'utf8'), f).map((i) => `${relative(root, join(root, f))}:${i.line} ${i.rule}`),
  );
