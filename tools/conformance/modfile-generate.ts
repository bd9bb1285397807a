/**
 * Generated go.mod / go.work inputs for the differential suite: property-based texts assembled
 * from directive fragments (valid and broken), then byte-level mutations of them. Everything is
 * reproducible from a seed (fast-check).
 */
import fc from 'fast-check';
import type { ModfileInput } from './modfile-oracle.js';

const goodPaths = ['ex.com/a', 'ex.com/b', 'ex.com/b/v2', 'gopkg.in/yaml.v2', 'golang.org/x/mod', 'ex.com/z/v3', 'github.com/A/B', 'a', 'ex.com/q-q_q~q'];
const oddPaths = ['ex.com/c/v1', 'gopkg.in/yaml', 'ex.com/v2.0', '"ex.com/quoted"', '"ex.com/sp ace"', '""', '`ex.com/raw`', "'x'", 'ex.com/a"b', '"\\x41b"', '"\\q"', '"\\u00e9t\\xe9"', 'a=>b', 'ex.com/a@v1.0.0', 'ex.com/é', 'ex.com/😀', '"a\\tb"', 'ex.com/(', '"(x)"', '[', ',', 'a//b', '"a//b"', '"ex.com/\\377"', '"new \u2ffc x"', 'ex.com/\u{1fae9}'];
const goodVersions = ['v1.0.0', 'v1.2.3', 'v0.1.0', 'v2.0.0+incompatible', 'v1.2.3-pre', 'v0.0.0-20200101000000-abcdefabcdef', 'v1.10.0', 'v1.9.0', 'v2.1.0', 'v3.0.0'];
const oddVersions = ['v1.2', 'v1', '1.0.0', 'v01.0.0', 'master', '"v1.0.0"', '"v1.0.0 x"', 'v1.0.0-', 'v1.2.3+meta', 'latest', '"v1.2"', 'v2.0.0', 'V1.0.0', 'v1.0.0+incompatible', '""', "v1.0.0'"];
const dirs = ['./x', '../y', '/abs/dir', '.', '..', 'C:\\x', '.\\win', '"./sp ace"', 'x', './a\\b', '"./q"', '..\\up'];
const goVersions = ['1.21', '1.21.0', '1.21rc1', '1.22.3', '1.16', '1.20', '1.17', '1', 'v1.21', '1.2.beta1', '01.2', '1.21.3rc1', '"1.21"', '1.999testmod', '1.21.0-custom', 'v1.2', '1.x'];
const toolchains = ['go1.21.0', 'default', 'go1.21.0-custom', 'go1', 'go1.', 'gox', 'go2', 'Default', 'go1.22rc1'];
const godebugs = ['panicnil=1', 'x=', '=y', 'a=b=c', 'noeq', 'a,b=1', '"q"=1', 'k=v'];
const indirectComments = ['', '', '', ' // indirect', ' //indirect', ' // indirect; why', ' // indirect;', ' // Indirect', ' // other', ' // indirect x'];
const oddFragments = ['\ufeff', '/*', '*/', '"unterminated', '`raw', '\u0000', '\u000b', '\u00a0', '\u200b', '\u2028', '\ue000', '\u0378', '😀', 'e\u0301', '\ufffd', '(', ')', '[', ']', ',', '{', '}', '=>', '//', '\\', '\t', ' ', '\r', '\n', '\r\n', '"', "'", '`', '\u0085', '\u00ad', '\u2ffc', '\u{1fae9}', '\u{10ffff}'];
const rawBytes = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98], [0x80], [0xc0, 0xaf]];

const pick = <T>(list: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...list);

/** Pools are the token choices of one generation mode: clean (valid tokens only) or mixed. */
interface Pools {
  clean: boolean;
  path: fc.Arbitrary<string>;
  version: fc.Arbitrary<string>;
  of: (good: readonly string[], odd: readonly string[]) => fc.Arbitrary<string>;
}

function pools(clean: boolean): Pools {
  const of = (good: readonly string[], odd: readonly string[]): fc.Arbitrary<string> =>
    clean ? pick(good) : fc.oneof({ weight: 4, arbitrary: pick(good) }, { weight: 1, arbitrary: pick(odd) });
  return { clean, path: of(goodPaths, oddPaths), version: of(goodVersions, oddVersions), of };
}
const comment = fc.oneof(
  pick(['// note', '// Deprecated: use x instead', '//Deprecated:x', '// indirect', '//', '// retracted: bad <&> "q"', '// a\\b\t tab', '// ünïcödé 😀']),
  fc.string({ maxLength: 12 }).map((s) => `// ${s.replace(/[\r\n]/g, ' ')}`),
);
const space = pick([' ', ' ', ' ', '  ', '\t', ' \t']);

/** directiveArgs produces the arguments of one directive, as a token string. */
function directiveArgs(verb: string, p: Pools): fc.Arbitrary<string> {
  const { path } = p;
  switch (verb) {
    case 'module':
      return path;
    case 'go':
      return p.of(['1.21', '1.21.0', '1.21rc1', '1.22.3', '1.16', '1.20', '1.17'], goVersions);
    case 'toolchain':
      return p.of(['go1.21.0', 'default', 'go1.21.0-custom', 'go1.22rc1'], toolchains);
    case 'godebug':
      return p.of(['panicnil=1', 'x=', '=y', 'a=b=c', 'k=v'], godebugs);
    case 'require':
      return fc.tuple(pathVersion(p), pick(indirectComments)).map(([pv, c]) => `${pv}${c}`);
    case 'exclude':
      return pathVersion(p);
    case 'replace':
      return replaceArgs(p);
    case 'retract':
      return retractArgs(p);
    case 'use':
      return p.of(['./x', '../y', '/abs/dir', '.', '..', 'x', '"./sp ace"'], dirs);
    default:
      return fc.oneof(path, p.of(['./x'], dirs));
  }
}

const goodPairs = ['ex.com/a v1.0.0', 'ex.com/a v1.2.3', 'ex.com/a v0.1.0', 'ex.com/b v1.10.0', 'ex.com/b v1.9.0', 'ex.com/b v2.0.0+incompatible', 'ex.com/b/v2 v2.1.0', 'ex.com/b/v2 v2.0.0-pre', 'gopkg.in/yaml.v2 v2.4.0', 'golang.org/x/mod v0.0.0-20200101000000-abcdefabcdef', 'a v1.0.0', 'ex.com/z/v3 v3.0.0', 'github.com/A/B v1.0.0'];

// pathVersion gives `path version`: consistent pairs in clean mode, anything otherwise.
function pathVersion(p: Pools): fc.Arbitrary<string> {
  if (p.clean) return pick(goodPairs);
  return fc.oneof(pick(goodPairs), fc.tuple(p.path, p.version).map(([a, v]) => `${a} ${v}`));
}

function replaceArgs(p: Pools): fc.Arbitrary<string> {
  const arrow = p.clean ? fc.constant('=>') : pick(['=>', '=>', '=>', '->', '', '=> =>']);
  const directoryTarget = fc.tuple(p.of(['./x', '../y', '/abs/dir', '.', '..', 'C:\\x', '"./sp ace"'], dirs), fc.constant(''));
  const moduleTarget = p.clean ? pick(goodPairs).map((pv) => pv.split(' ') as [string, string]) : fc.tuple(p.path, fc.option(p.version, { nil: '' }));
  const old = p.clean ? fc.oneof(pick(goodPairs), pick(goodPaths.filter((x) => !x.includes('/v')))) : fc.tuple(p.path, fc.option(p.version, { nil: '' })).map(([a, v]) => `${a} ${v}`.trim());
  return fc.tuple(old, arrow, fc.oneof(directoryTarget, moduleTarget)).map(([o, arw, [target, tv]]) => [o, arw, target, tv].filter((t) => t !== '').join(' '));
}

function retractArgs(p: Pools): fc.Arbitrary<string> {
  const { version } = p;
  const odd = ['[v1.0.0,v1.1.0]', '[v1.0.0 v1.1.0]', '[v1.0.0,', '[', '(v1.0.0, v1.1.0]', 'v1.0.0 v1.1.0', '[v1.0.0, v1.1.0) x', 'garbage', '"v1.0.0"', '[v1.0.0, v1.1.0] extra'];
  return fc.oneof(
    version,
    fc.tuple(version, version).map(([a, b]) => `[${a}, ${b}]`),
    fc.tuple(version, version).map(([a, b]) => `[ ${a} , ${b} ]`),
    p.of(['[v1.0.0,v1.1.0]', 'garbage', '"v1.0.0"'], odd),
  );
}

/** directive produces one top-level directive line or block for a go.mod or go.work file. */
function directive(verbs: readonly string[], p: Pools): fc.Arbitrary<string[]> {
  const verb = p.clean ? pick(verbs) : fc.oneof({ weight: 12, arbitrary: pick(verbs) }, { weight: 1, arbitrary: pick(['foo', 'Module', 'requires', 'replace-x', ')', '(', 'require foo']) });
  const opens = p.clean ? ['(', '( // block', '()'] : ['(', '( // block', '(x', '()', '( )'];
  const closes = p.clean ? [')', ') // end'] : [')', ')', ') // end', ') x', ''];
  return verb.chain((v) => {
    const args = directiveArgs(v, p);
    const line = fc.tuple(space, args, fc.option(comment, { nil: undefined })).map(([s, a, c]) => [`${v}${s}${a}${c ? ` ${c}` : ''}`]);
    const block = fc
      .tuple(fc.array(fc.oneof({ weight: 5, arbitrary: args.map((a) => `\t${a}`) }, { weight: 1, arbitrary: comment.map((c) => `\t${c}`) }, { weight: 1, arbitrary: fc.constant('') }), { maxLength: 6 }), pick(opens), pick(closes))
      .map(([lines, open, close]) => (open === '()' || open === '( )' ? [`${v} ${open}`] : [`${v} ${open}`, ...lines, ...(close === '' ? [] : [close])]));
    return fc.oneof({ weight: 3, arbitrary: line }, { weight: 1, arbitrary: block });
  });
}

const goModVerbs = ['module', 'go', 'toolchain', 'godebug', 'require', 'require', 'require', 'exclude', 'replace', 'replace', 'retract', 'tool', 'ignore'];
const goWorkVerbs = ['go', 'toolchain', 'godebug', 'use', 'use', 'replace', 'replace', 'module', 'require'];

/** fileText produces a whole file: directives, comments and blank lines, LF or CRLF. */
function fileText(verbs: readonly string[], withModule: boolean, p: Pools): fc.Arbitrary<string> {
  const item = fc.oneof({ weight: 6, arbitrary: directive(verbs, p) }, { weight: 1, arbitrary: comment.map((c) => [c]) }, { weight: 1, arbitrary: fc.constant(['']) });
  return fc.tuple(fc.array(item, { maxLength: 14 }), fc.boolean(), pick(['\n', '\n', '\n', '\r\n']), fc.boolean()).map(([items, indent, eol, finalEol]) => {
    const lines = [...(withModule ? ['module ex.com/m'] : []), ...items.flat()];
    const text = lines.map((l) => (indent && l !== '' ? `  ${l}` : l)).join(eol);
    return finalEol ? text + eol : text;
  });
}

/** Mutation is one byte-level change applied to an encoded file. */
type Mutation = { op: 'insert'; at: number; bytes: number[] } | { op: 'delete'; at: number; length: number } | { op: 'truncate'; at: number } | { op: 'duplicate'; at: number; length: number };

const fragmentBytes = fc.oneof(pick(oddFragments).map((s) => [...Buffer.from(s, 'utf8')]), pick(rawBytes));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fragmentBytes }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
);

function applyMutations(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let b = [...bytes];
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % (b.length + 1);
    if (m.op === 'insert') b.splice(at, 0, ...m.bytes);
    else if (m.op === 'delete') b.splice(at, m.length);
    else if (m.op === 'truncate') b = b.slice(0, at);
    else b.splice(at, 0, ...b.slice(at, at + m.length));
  }
  return Uint8Array.from(b);
}

/** GenerateOptions size a batch of generated inputs. */
export interface GenerateOptions {
  seed: number;
  goMod: number;
  goWork: number;
}

/**
 * generateModfileInputs returns reproducible inputs: two thirds plain generated texts, one third
 * the same kind of texts after one to four byte-level mutations.
 */
export function generateModfileInputs(options: GenerateOptions): ModfileInput[] {
  const make = (name: string, verbs: readonly string[], count: number, seedOffset: number): ModfileInput[] => {
    const isMod = name === 'go.mod';
    const text = fc.oneof(
      { weight: 3, arbitrary: fileText(verbs, isMod, pools(true)) },
      { weight: 2, arbitrary: fileText(verbs, isMod, pools(false)) },
      { weight: 1, arbitrary: fileText(verbs, false, pools(false)) },
    );
    const arb = fc.tuple(text, fc.nat(2), fc.array(mutation, { minLength: 1, maxLength: 4 }));
    return fc.sample(arb, { seed: options.seed + seedOffset, numRuns: count }).map(([text, kind, mutations], i) => {
      const encoded = Uint8Array.from(Buffer.from(text, 'utf8'));
      const bytes = kind === 2 ? applyMutations(encoded, mutations) : encoded;
      return { label: `${name}#${i} (seed ${options.seed + seedOffset}${kind === 2 ? ', mutated' : ''})`, name, bytes };
    });
  };
  return [...make('go.mod', goModVerbs, options.goMod, 0), ...make('go.work', goWorkVerbs, options.goWork, 1)];
}
