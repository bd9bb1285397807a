import * as gosrc from '@goradar/gosrc';

/** FileAnalyzer turns one Go file's bytes into its signals (any JSON-able value). */
export interface FileAnalyzer {
  /** id names the analyzer and its version; stored with each result so a new analyzer re-analyses. */
  id: string;
  analyze(name: string, bytes: Uint8Array): unknown;
}

/**
 * selectAnalyzer returns @goradar/gosrc's analyzeGoFile. Its id carries gosrc's ANALYZER_VERSION
 * when the package exports one, so stored signals of an older analyzer are not reused.
 */
export function selectAnalyzer(): FileAnalyzer {
  const version = (gosrc as Record<string, unknown>).ANALYZER_VERSION;
  const suffix = typeof version === 'string' || typeof version === 'number' ? String(version) : '1';
  return { id: `gosrc/${suffix}`, analyze: gosrc.analyzeGoFile };
}

/** AnalysisOutcome is the stored result of analysing one content. */
export interface AnalysisOutcome {
  signalsJson: string | null;
  error: string | null;
}

/** analyzeContent analyses one file content; it never throws (an analyzer failure becomes the error). */
export function analyzeContent(analyzer: FileAnalyzer, name: string, bytes: Uint8Array): AnalysisOutcome {
  try {
    return { signalsJson: JSON.stringify(analyzer.analyze(name, bytes) ?? null), error: null };
  } catch (err) {
    return { signalsJson: null, error: `analysis: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** SignalStatus is how a file's signals say it was read (gosrc's FileSignals.status). */
export type SignalStatus = 'ok' | 'syntax-error' | 'binary' | 'utf16' | 'too-large';

/**
 * signalProblem turns a file's signals into the problem to record, if any: binary or UTF-16
 * content, content too large for the analyzer, or a syntax error (its position and Go's message).
 */
export function signalProblem(signals: unknown): { kind: 'binary' | 'too-large' | 'analysis'; line: number | null; message: string } | undefined {
  const s = signals as { status?: SignalStatus; parseError?: { line: number; column: number; message: string } | null } | null;
  if (!s || s.status === undefined || s.status === 'ok') return undefined;
  if (s.status === 'binary' || s.status === 'utf16') return { kind: 'binary', line: null, message: `not Go text (${s.status})` };
  if (s.status === 'too-large') return { kind: 'too-large', line: null, message: 'too large for the Go source analyzer' };
  const at = s.parseError;
  return { kind: 'analysis', line: at?.line ?? null, message: at ? `${at.line}:${at.column}: ${at.message}` : 'syntax error' };
}
