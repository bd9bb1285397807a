import { expect, it } from 'vitest';
import { describeWithGo } from '../test-support/go-oracle.js';
import { runGosrcConformance, SAMPLE_SIZE } from './gosrc.js';

describeWithGo('gosrc agrees with go/parser and go/ast on a sample of GOROOT', () => {
  it(`agrees on ${SAMPLE_SIZE} files: accept/reject verdicts and signal counts`, async () => {
    const lines: string[] = [];
    const result = await runGosrcConformance({ full: false, seed: 20260501, log: (l) => lines.push(l) });
    expect(result.total).toBe(SAMPLE_SIZE);
    expect(result.disagreements).toEqual([]);
    expect(result.agreed).toBe(result.total);
  }, 600_000);
});
