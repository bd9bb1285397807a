import type { Reporter, TestModule } from 'vitest/node';

/**
 * SummaryReporter prints one machine-readable last line, `N passed, N failed`, so CI can read the
 * outcome without parsing vitest's own summary. Skipped tests are counted in a preceding line.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      if (mod.state() === 'failed' && !hasTests(mod)) failed++;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\n${skipped} skipped\n${passed} passed, ${failed} failed\n`);
  }
}

function hasTests(mod: TestModule): boolean {
  for (const _ of mod.children.allTests()) return true;
  return false;
}
