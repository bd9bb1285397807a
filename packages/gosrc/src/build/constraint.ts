/**
 * Build constraint expressions (https://pkg.go.dev/cmd/go#hdr-Build_constraints): `//go:build`
 * lines with &&, ||, ! and parentheses, legacy `// +build` lines (spaces mean OR, commas AND,
 * lines AND), and their evaluation against a set of satisfied tags.
 */

/** ConstraintExpr is a parsed build constraint. */
export type ConstraintExpr =
  | { op: 'tag'; tag: string }
  | { op: 'not'; x: ConstraintExpr }
  | { op: 'and'; x: ConstraintExpr; y: ConstraintExpr }
  | { op: 'or'; x: ConstraintExpr; y: ConstraintExpr };

/** ConstraintSyntaxError is a malformed build constraint. */
export class ConstraintSyntaxError extends Error {
  override readonly name = 'ConstraintSyntaxError';
}

const MAX_CONSTRAINT_DEPTH = 100;

function isTagChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c > 127;
}

/** goBuildExpression returns the expression text of a `//go:build` line, or undefined if line is not one. */
export function goBuildExpression(line: string): string | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('//go:build')) return undefined;
  const rest = trimmed.slice('//go:build'.length);
  const text = rest.trim();
  if (rest.length === text.length && rest !== '') return undefined;
  return text;
}

/** plusBuildExpression returns the text after `// +build` (the space is optional), or undefined. */
export function plusBuildExpression(line: string): string | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('//')) return undefined;
  const body = trimmed.slice(2).trim();
  if (!body.startsWith('+build')) return undefined;
  const rest = body.slice('+build'.length);
  const text = rest.trim();
  if (rest.length === text.length && rest !== '') return undefined;
  return text;
}

/** parseGoBuild parses the expression of a `//go:build` line; throws ConstraintSyntaxError. */
export function parseGoBuild(text: string): ConstraintExpr {
  const toks = tokenize(text);
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const parseOr = (depth: number): ConstraintExpr => {
    let x = parseAnd(depth);
    while (peek() === '||') {
      i++;
      x = { op: 'or', x, y: parseAnd(depth) };
    }
    return x;
  };
  const parseAnd = (depth: number): ConstraintExpr => {
    let x = parseNot(depth);
    while (peek() === '&&') {
      i++;
      x = { op: 'and', x, y: parseNot(depth) };
    }
    return x;
  };
  const parseNot = (depth: number): ConstraintExpr => {
    if (depth > MAX_CONSTRAINT_DEPTH) throw new ConstraintSyntaxError('build constraint nested too deeply');
    const t = toks[i++];
    if (t === '!') return { op: 'not', x: parseNot(depth + 1) };
    if (t === '(') {
      const x = parseOr(depth + 1);
      if (toks[i++] !== ')') throw new ConstraintSyntaxError('missing close paren');
      return x;
    }
    if (t === undefined) throw new ConstraintSyntaxError('unexpected end of expression');
    if (t === ')' || t === '&&' || t === '||') throw new ConstraintSyntaxError(`unexpected token ${t}`);
    return { op: 'tag', tag: t };
  };
  const x = parseOr(0);
  if (i < toks.length) throw new ConstraintSyntaxError(`unexpected token ${toks[i]}`);
  return x;
}

function tokenize(text: string): string[] {
  const toks: string[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) i++;
    else if (text.startsWith('&&', i) || text.startsWith('||', i)) {
      toks.push(text.slice(i, i + 2));
      i += 2;
    } else if (c === 33 || c === 40 || c === 41) {
      toks.push(text[i] as string);
      i++;
    } else if (isTagChar(c)) {
      const start = i;
      while (i < text.length && isTagChar(text.charCodeAt(i))) i++;
      toks.push(text.slice(start, i));
    } else throw new ConstraintSyntaxError(`invalid syntax at ${text[i]}`);
  }
  return toks;
}

/** parsePlusBuild parses the text of one `// +build` line: space-separated options of comma-joined terms. */
export function parsePlusBuild(text: string): ConstraintExpr {
  let result: ConstraintExpr | undefined;
  for (const option of text.split(/[ \t]+/).filter(Boolean)) {
    let clause: ConstraintExpr | undefined;
    for (const term of option.split(',')) {
      const negated = term.startsWith('!');
      const tag = negated ? term.slice(1) : term;
      if (tag === '' || tag.startsWith('!') || ![...tag].every((ch) => isTagChar(ch.charCodeAt(0)))) {
        throw new ConstraintSyntaxError(`invalid term ${JSON.stringify(term)} in // +build line`);
      }
      const x: ConstraintExpr = negated ? { op: 'not', x: { op: 'tag', tag } } : { op: 'tag', tag };
      clause = clause ? { op: 'and', x: clause, y: x } : x;
    }
    if (clause) result = result ? { op: 'or', x: result, y: clause } : clause;
  }
  if (!result) throw new ConstraintSyntaxError('empty // +build line');
  return result;
}

/** evalConstraint evaluates x with hasTag deciding each tag. */
export function evalConstraint(x: ConstraintExpr, hasTag: (tag: string) => boolean): boolean {
  switch (x.op) {
    case 'tag': return hasTag(x.tag);
    case 'not': return !evalConstraint(x.x, hasTag);
    case 'and': return evalConstraint(x.x, hasTag) && evalConstraint(x.y, hasTag);
    case 'or': return evalConstraint(x.x, hasTag) || evalConstraint(x.y, hasTag);
  }
}

/** constraintTags lists the distinct tags x mentions. */
export function constraintTags(x: ConstraintExpr, out: Set<string> = new Set()): Set<string> {
  if (x.op === 'tag') out.add(x.tag);
  else if (x.op === 'not') constraintTags(x.x, out);
  else {
    constraintTags(x.x, out);
    constraintTags(x.y, out);
  }
  return out;
}

/** formatConstraint prints x in `//go:build` syntax with the minimum parentheses. */
export function formatConstraint(x: ConstraintExpr): string {
  switch (x.op) {
    case 'tag': return x.tag;
    case 'not': return `!${x.x.op === 'tag' || x.x.op === 'not' ? formatConstraint(x.x) : `(${formatConstraint(x.x)})`}`;
    case 'and': {
      const side = (e: ConstraintExpr): string => (e.op === 'or' ? `(${formatConstraint(e)})` : formatConstraint(e));
      return `${side(x.x)} && ${side(x.y)}`;
    }
    case 'or': return `${formatConstraint(x.x)} || ${formatConstraint(x.y)}`;
  }
}
