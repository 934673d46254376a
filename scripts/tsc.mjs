#!/usr/bin/env node
// `tsc -p tsconfig.json` with one emit-time transform, used by `npm run build` and `npm test`.
//
// Object literals that mix spreads with other members (`{ ...base, kind, details }`,
// `{ ...(x ? { a } : {}), ...v(version), b }`) are emitted as `Object.assign(...)`. The source
// keeps the literal, which TypeScript types exactly; only the JavaScript changes. Why: Node 20's
// V8 copies a literal with a spread followed by anything else (another spread or a property)
// through a generic runtime path, about 1-4 µs per object, where Object.assign takes about
// 0.15 µs. The dialects build every event that way, several per log line, so this was a third
// of the analyzer's time on IKE lines (docs/benchmarks.md). A literal that is only one spread,
// or properties followed by one spread, is fast already and left alone.
//
// Same semantics: sources are read left to right, null and undefined sources are skipped, own
// enumerable properties are copied in order, later ones win. Two differences, both avoided: a
// literal with an accessor or a `__proto__` member is left alone; a source's own `__proto__`
// key (only JSON.parse makes one) would be set rather than defined, and no literal spreads such
// an object.
import ts from 'typescript';
import { dirname } from 'node:path';

const project = process.argv[2] === '-p' ? process.argv[3] : 'tsconfig.json';
const host = ts.sys;
const configFile = ts.readConfigFile(project, host.readFile);
if (configFile.error) report([configFile.error]);
const parsed = ts.parseJsonConfigFileContent(configFile.config, host, dirname(project));
if (parsed.errors.length) report(parsed.errors);
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });

/** True when a literal must be emitted through Object.assign to stay off V8's slow path. */
function needsAssign(node) {
  let spreads = 0;
  let afterSpread = false;
  for (const p of node.properties) {
    if (ts.isSpreadAssignment(p)) {
      spreads++;
      continue;
    }
    if (spreads > 0) afterSpread = true;
    if (ts.isGetAccessor(p) || ts.isSetAccessor(p) || ts.isMethodDeclaration(p)) return false;
    const name = p.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) && name.text === '__proto__')
      return false;
  }
  return spreads > 1 || (spreads === 1 && afterSpread);
}

function spreadToAssign(context) {
  const f = context.factory;
  const visit = (node) => {
    const n = ts.visitEachChild(node, visit, context);
    if (!ts.isObjectLiteralExpression(n) || !needsAssign(n)) return n;
    const args = [];
    let group = [];
    const flush = () => {
      if (group.length) args.push(f.createObjectLiteralExpression(group, false));
      group = [];
    };
    for (const p of n.properties) {
      if (ts.isSpreadAssignment(p)) {
        flush();
        // The first argument is the object that is returned: a fresh literal, never a source.
        if (args.length === 0) args.push(f.createObjectLiteralExpression([], false));
        args.push(p.expression);
      } else group.push(p);
    }
    flush();
    const call = f.createCallExpression(
      f.createPropertyAccessExpression(f.createIdentifier('Object'), 'assign'),
      undefined,
      args,
    );
    return ts.setTextRange(call, n);
  };
  return (sf) => ts.visitNode(sf, visit);
}

const diagnostics = ts.getPreEmitDiagnostics(program);
const emitted = program.emit(undefined, undefined, undefined, false, { before: [spreadToAssign] });
report([...diagnostics, ...emitted.diagnostics]);

function report(list) {
  if (!list.length) return;
  const text = ts.formatDiagnosticsWithColorAndContext(list, {
    getCanonicalFileName: (x) => x,
    getCurrentDirectory: host.getCurrentDirectory,
    getNewLine: () => host.newLine,
  });
  process.stderr.write(text);
  if (list.some((d) => d.category === ts.DiagnosticCategory.Error)) process.exit(1);
}
