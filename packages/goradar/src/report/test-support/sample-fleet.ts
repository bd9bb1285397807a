/** A small, hand-written fleet with history, hostile names and every kind of figure, for report tests. */
import type { RepoSpec } from '../../findings/test-support/fleet-builder.js';

const Y2023 = { point: '2023', cutoff: '2024-01-01T00:00:00.000Z' };
const Y2024 = { point: '2024', cutoff: '2025-01-01T00:00:00.000Z' };

/** HOSTILE_NAME is a repository name that would run script if it reached the page unescaped. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
/** HOSTILE_DIR is a replace target that would close a script element if inlined unescaped. */
export const HOSTILE_DIR = '../</script><script>alert(3)</script>';

/** SAMPLE_FLEET is four repositories at two history points and their current state. */
export const SAMPLE_FLEET: RepoSpec[] = [
  {
    root: '/fleet/alpha',
    snapshots: [
      { ...Y2023, commit: 'a1'.repeat(20), modules: [{ path: 'corp.example/alpha', go: '1.20', requires: [['lib.example/log', 'v1.0.0']], goFiles: 1, imports: ['context'] }] },
      { ...Y2024, commit: 'a2'.repeat(20), modules: [{ path: 'corp.example/alpha', go: '1.22', requires: [['lib.example/log', 'v1.1.0'], ['lib.example/iter', 'v0.1.0']], goFiles: 2, imports: ['context', 'log/slog'], aggregate: { generics: { funcDecls: { count: 2, lines: [3, 9] } } } }] },
      {
        commit: 'a3'.repeat(20),
        modules: [
          {
            path: 'corp.example/alpha',
            go: '1.23.2',
            toolchain: 'go1.23.4',
            requires: [['lib.example/log', 'v1.1.0'], ['lib.example/iter', 'v0.2.0'], ['lib.example/shapes', 'v1.0.0'], ['lib.example/shapes/v2', 'v2.1.0'], ['lib.example/text', 'v0.3.0', true]],
            buildList: [['lib.example/iter', 'v0.2.0'], ['lib.example/log', 'v1.1.0'], ['lib.example/shapes', 'v1.0.0'], ['lib.example/shapes/v2', 'v2.1.0'], ['lib.example/text', 'v0.3.0']],
            goSum: { lines: 10, modules: 5 },
            goFiles: 3,
            imports: ['context', 'log/slog', 'iter', 'lib.example/log', 'lib.example/iter', 'lib.example/shapes', 'lib.example/shapes/v2'],
            aggregate: { generics: { typeDecls: { count: 4 } }, concurrency: { goStmts: { count: 2 } }, iterators: { rangeStmts: 3 } },
          },
        ],
      },
    ],
  },
  {
    root: `/fleet/${HOSTILE_NAME}`,
    snapshots: [
      { ...Y2024, commit: 'b1'.repeat(20), modules: [{ path: 'corp.example/beta', go: '1.21', requires: [['lib.example/log', 'v1.0.0']], goFiles: 1, imports: ['C'] }] },
      {
        commit: 'b2'.repeat(20),
        modules: [
          { path: 'corp.example/beta', go: '1.22', requires: [['lib.example/log', 'v1.1.0'], ['lib.example/iter', 'v0.2.0']], replaces: [['lib.example/iter', null, HOSTILE_DIR, null]], goFiles: 1, imports: ['C', 'syscall/js'] },
          { dir: 'plugins/x', path: '', manifestError: 'plugins/x/go.mod:3:1: unknown directive: <b>bold</b>' },
        ],
      },
    ],
  },
  {
    root: '/fleet/gamma',
    snapshots: [
      { ...Y2023, commit: 'c1'.repeat(20), modules: [{ path: 'corp.example/gamma', go: '1.17', requires: [['lib.example/shapes', 'v1.0.0']], goFiles: 1 }] },
      { ...Y2024, commit: 'c2'.repeat(20), modules: [{ path: 'corp.example/gamma', go: '1.18', requires: [['lib.example/shapes', 'v1.2.0'], ['lib.example/log', 'v0.9.0']], goFiles: 1, aggregate: { concurrency: { goStmts: { count: 1 } }, iterators: { rangeStmts: 2, rangeOverFunc: { count: 0 } } } }] },
      {
        commit: 'c3'.repeat(20),
        modules: [{ path: 'corp.example/gamma', go: '1.18', requires: [['lib.example/shapes', 'v1.2.0'], ['lib.example/log', 'v0.0.0-20240101000000-abcdefabcdef']], replaces: [['lib.example/shapes', null, 'fork.example/shapes', 'v1.2.1']], goFiles: 1, aggregate: { concurrency: { goStmts: { count: 1 } } } }],
      },
    ],
  },
  {
    root: '/fleet/delta',
    snapshots: [{ commit: 'd1'.repeat(20), modules: [{ path: 'corp.example/delta', go: '1.24', toolchain: 'go1.24.2', requires: [['lib.example/iter', 'v0.2.0'], ['lib.example/text', 'v0.3.0']], goSum: null, goFiles: 2, imports: ['iter'], aggregate: { generics: { typeDecls: { count: 0 }, funcDecls: { count: 1 } } } }] }],
  },
];
