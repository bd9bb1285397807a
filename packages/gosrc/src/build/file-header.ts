/**
 * Finding a file's build constraint lines as go/build does: only in the header before the package
 * clause, only on `//` lines outside `/* *\/` comments; a `// +build` line counts only when a blank
 * line follows it before the first non-comment line (so doc comments are not read as constraints).
 */
import {
  ConstraintSyntaxError, formatConstraint, goBuildExpression, parseGoBuild, parsePlusBuild, plusBuildExpression,
  type ConstraintExpr,
} from './constraint.js';

/** BuildConstraintLines are the constraint lines of a file header and the constraint they make. */
export interface BuildConstraintLines {
  /** goBuild is the `//go:build` expression text, if the header has one. */
  goBuild: string | null;
  /** plusBuild holds the text after each `// +build` that counts. */
  plusBuild: string[];
  /** expr is the effective constraint: the //go:build line if present, else the AND of the +build lines. */
  expr: ConstraintExpr | null;
  /** error describes a malformed or duplicated constraint line. */
  error: string | null;
}

interface HeaderLine {
  text: string;
  /** beforeBlank is true when the line precedes the last blank line of the header. */
  beforeBlank: boolean;
}

function headerCommentLines(header: string): HeaderLine[] {
  const lines: Array<{ text: string; beforeBlank: number }> = [];
  let inSlashStar = false;
  let ended = false;
  let lastBlank = -1;
  const raw = header.split('\n');
  // The last piece is the start of the package clause's own line, never a blank line.
  raw.pop();
  for (let k = 0; k < raw.length; k++) {
    let line = (raw[k] as string).trim();
    if (line === '' && !ended) {
      lastBlank = k;
      continue;
    }
    if (!line.startsWith('//')) ended = true;
    if (!inSlashStar && line.startsWith('//')) lines.push({ text: line, beforeBlank: k });
    while (line.length > 0) {
      if (inSlashStar) {
        const close = line.indexOf('*/');
        if (close < 0) break;
        inSlashStar = false;
        line = line.slice(close + 2).trim();
      } else if (line.startsWith('//')) break;
      else if (line.startsWith('/*')) {
        inSlashStar = true;
        line = line.slice(2).trim();
      } else return markBeforeBlank(lines, lastBlank);
    }
  }
  return markBeforeBlank(lines, lastBlank);
}

// beforeBlank held each line's number until the last blank line of the header was known.
function markBeforeBlank(lines: Array<{ text: string; beforeBlank: number }>, lastBlank: number): HeaderLine[] {
  return lines.map((line) => ({ text: line.text, beforeBlank: line.beforeBlank < lastBlank }));
}

/** readBuildConstraints reads the constraint lines of text's header, which ends at packageIndex. */
export function readBuildConstraints(text: string, packageIndex: number): BuildConstraintLines {
  const result: BuildConstraintLines = { goBuild: null, plusBuild: [], expr: null, error: null };
  for (const line of headerCommentLines(text.slice(0, packageIndex))) {
    const goBuild = goBuildExpression(line.text);
    if (goBuild !== undefined) {
      if (result.goBuild !== null) result.error = 'multiple //go:build comments';
      else result.goBuild = goBuild;
      continue;
    }
    const plus = plusBuildExpression(line.text);
    if (plus !== undefined && line.beforeBlank) result.plusBuild.push(plus);
  }
  try {
    if (result.goBuild !== null) result.expr = parseGoBuild(result.goBuild);
    else {
      for (const plus of result.plusBuild) {
        const x = parsePlusBuild(plus);
        result.expr = result.expr ? { op: 'and', x: result.expr, y: x } : x;
      }
    }
  } catch (e) {
    if (!(e instanceof ConstraintSyntaxError)) throw e;
    result.error = e.message;
    result.expr = null;
  }
  return result;
}

/** describeConstraint prints the effective constraint in //go:build syntax, or null when there is none. */
export function describeConstraint(lines: BuildConstraintLines): string | null {
  return lines.expr ? formatConstraint(lines.expr) : null;
}
