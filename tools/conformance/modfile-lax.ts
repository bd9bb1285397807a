/**
 * `npm run conformance` suite "modfile-lax": goradar's lax go.mod reading (how a dependency's go.mod
 * is read: parseGoMod with `lax`) against golang.org/x/mod's modfile.ParseLax, the function cmd/go
 * calls for every go.mod in the module graph, built from the installed toolchain's sources. Inputs:
 * every go.mod / vendor.mod of the corpus plus the modfile suite's generated go.mod texts (8,000 at
 * full size). An input agrees when both reject it with the same error text, or both accept it and
 * keep the same module path, deprecation, go and toolchain versions, requirements (with `//
 * indirect`), retractions and ignores, and drop every main-module-only directive. Go's JSON encoder
 * writes each invalid UTF-8 byte as U+FFFD; goradar's strings get the same replacement before the
 * comparison, and that is the only normalisation.
 */
import { decodeGoText, parseGoMod, type GoMod } from '../../packages/gomod/src/modfile/index.js';
import { startXmodOracle } from '../test-support/xmod-oracle.js';
import { corpusModfileInputs, FULL_SIZE, SAMPLE_SIZE } from './modfile-suite.js';
import { generateModfileInputs } from './modfile-generate.js';
import type { ModfileInput } from './modfile-oracle.js';
import type { ConformanceResult, ConformanceSuite } from './suite.js';

/** LaxView is what the go command keeps of a go.mod read laxly (see the oracle's laxView). */
interface LaxView {
  module: string;
  deprecated: string;
  go: string;
  toolchain: string;
  require: Array<[string, string, boolean]>;
  retract: Array<[string, string, string]>;
  ignore: string[];
  others: number;
}

interface LaxAnswer {
  view: LaxView | null;
  err: string;
}

// A lone surrogate stands for one invalid input byte (decodeGoText); go's JSON writes it as U+FFFD.
const asGoJson = (s: string): string => s.replace(/[\udc80-\udcff]/g, '\ufffd');

function viewOf(mod: GoMod): LaxView {
  return {
    module: mod.module?.path ?? '',
    deprecated: mod.module?.deprecated ?? '',
    go: mod.go?.version ?? '',
    toolchain: mod.toolchain?.name ?? '',
    require: mod.require.map((r) => [r.path, r.version, r.indirect]),
    retract: mod.retract.map((r) => [r.low, r.high, r.rationale]),
    ignore: mod.ignore.map((i) => i.path),
    others: mod.godebug.length + mod.exclude.length + mod.replace.length + mod.tool.length,
  };
}

/** goradarLax reads input laxly and answers in the oracle's shape. */
export function goradarLax(input: ModfileInput): LaxAnswer {
  const r = parseGoMod(input.name, decodeGoText(input.bytes), { lax: true });
  if (!r.ok) return { view: null, err: asGoJson(r.errors.message) };
  return { view: JSON.parse(JSON.stringify(viewOf(r.value), (_, v: unknown) => (typeof v === 'string' ? asGoJson(v) : v))) as LaxView, err: '' };
}

/** runLaxConformance compares every input with modfile.ParseLax. */
export async function runLaxConformance(inputs: readonly ModfileInput[]): Promise<ConformanceResult> {
  const oracle = await startXmodOracle();
  if (!oracle) return { total: 0, agreed: 0, skipped: inputs.length, disagreements: ['go is not installed'] };
  const disagreements: string[] = [];
  let accepted = 0;
  try {
    const answers = await oracle.callMany<LaxAnswer>(inputs.map((i) => ({ op: 'modfile.parseLax', args: [i.name, Buffer.from(i.bytes).toString('base64')] })));
    inputs.forEach((input, i) => {
      const go = answers[i] as LaxAnswer;
      const ours = goradarLax(input);
      if (go.view) accepted++;
      const [a, b] = [JSON.stringify(go), JSON.stringify(ours)];
      if (a !== b) disagreements.push(`${input.label}:\n      x/mod:   ${a.slice(0, 400)}\n      goradar: ${b.slice(0, 400)}`);
    });
  } finally {
    oracle.close();
  }
  return { total: inputs.length, agreed: inputs.length - disagreements.length, skipped: 0, disagreements, notes: [`ParseLax accepted ${accepted} of ${inputs.length}`] };
}

/** laxInputs returns the corpus go.mod files and the generated go.mod texts of one run size. */
export function laxInputs(seed: number, full: boolean): ModfileInput[] {
  const corpus = corpusModfileInputs().filter((f) => !f.name.endsWith('.work'));
  const generated = generateModfileInputs({ seed, ...(full ? FULL_SIZE : SAMPLE_SIZE), goWork: 0 });
  return [...corpus, ...generated];
}

/** suite is the lax go.mod conformance suite. */
export const suite: ConformanceSuite = {
  name: 'modfile-lax (dependency go.mod reading vs modfile.ParseLax)',
  async run({ seed, full, log }) {
    const inputs = laxInputs(seed, full);
    log(`${inputs.length} go.mod inputs`);
    return runLaxConformance(inputs);
  },
};
