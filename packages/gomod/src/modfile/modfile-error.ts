/** ModFileErrorInit describes a ModFileError. */
export interface ModFileErrorInit {
  file: string;
  /** line is 0 when unknown. */
  line?: number;
  column?: number;
  verb?: string;
  modulePath?: string;
  message: string;
}

/**
 * ModFileError is one go.mod / go.work error: where, in which directive, and why. toString() is
 * Go's text (modfile.Error.Error): `file:line:col: ` when the column is greater than 1, else
 * `file:line: `, else `file: `; then `verb path: ` or `verb: `; then the reason, e.g.
 * `go.mod:4:2: require ex.com/b/v2: version "v1.0.0" invalid: should be v2, not v1`.
 */
export class ModFileError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly verb: string | undefined;
  readonly modulePath: string | undefined;
  /** message is the reason alone, without position or directive. */
  readonly message: string;

  constructor(init: ModFileErrorInit) {
    this.file = init.file;
    this.line = init.line ?? 0;
    this.column = init.column ?? 0;
    this.verb = init.verb || undefined;
    this.modulePath = init.modulePath || undefined;
    this.message = init.message;
  }

  /** toString returns the error exactly as Go prints it. */
  toString(): string {
    let pos = '';
    if (this.column > 1) pos = `${this.file}:${this.line}:${this.column}: `;
    else if (this.line > 0) pos = `${this.file}:${this.line}: `;
    else if (this.file !== '') pos = `${this.file}: `;
    let directive = '';
    if (this.modulePath) directive = `${this.verb ?? ''} ${this.modulePath}: `;
    else if (this.verb) directive = `${this.verb}: `;
    return pos + directive + this.message;
  }

  /** toJSON gives the plain fields plus Go's full text, for --json output. */
  toJSON(): Record<string, string | number> {
    const out: Record<string, string | number> = { file: this.file, line: this.line, column: this.column };
    if (this.verb) out.verb = this.verb;
    if (this.modulePath) out.modulePath = this.modulePath;
    out.message = this.message;
    out.text = this.toString();
    return out;
  }
}

/** ModFileErrorList is every error of one parse (Go's ErrorList); its message joins them with "\n". */
export class ModFileErrorList extends Error {
  readonly errors: readonly ModFileError[];

  constructor(errors: readonly ModFileError[]) {
    super(errors.map((e) => e.toString()).join('\n'));
    this.name = 'ModFileErrorList';
    this.errors = errors;
  }
}
