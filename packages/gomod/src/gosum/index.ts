// go.sum and go.work.sum files: parse, validate, look up and write checksums as the go command does.
export { GoSumProblem, type GoSumEntry, type GoSumProblemInit, type GoSumSeverity, type ParsedGoSum } from './types.js';
export { EMPTY_GO_MOD_HASH, parseGoSum, parseGoSumParts } from './parse-go-sum.js';
export { validateGoSum } from './validate-go-sum.js';
export { formatGoSum, GoSumIndex, type SumCheck } from './go-sum-index.js';
