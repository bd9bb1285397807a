/** CliIo is everything a command may touch outside itself: streams, environment, working directory. */
export interface CliIo {
  stdout: (text: string) => void;
  /** stdoutBytes writes raw bytes (a file's exact content); without it, text goes through stdout. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** isTTY tells whether stderr is an interactive terminal (progress bars, colours). */
  isTTY: boolean;
}

/** processIo is the CliIo of the running process. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stdoutBytes: (bytes) => void process.stdout.write(bytes),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

/** writeJson prints value as indented JSON followed by a newline. */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
