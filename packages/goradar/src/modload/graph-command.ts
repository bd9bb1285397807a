import { GoradarError } from '../errors.js';
import { formatFindings, checkGraph } from './check-graph.js';
import { formatGraph, GRAPH_FORMATS, type GraphFormat } from './format-graph.js';
import { withCommandGraph, type GraphCommandInput } from './list-command.js';

/** runGraph prints the graph in format, or the --check findings. */
export async function runGraph(input: GraphCommandInput & { format: string; check: boolean }, cwd: string): Promise<string> {
  if (!GRAPH_FORMATS.includes(input.format as GraphFormat)) {
    throw new GoradarError('ERR_USAGE', `unknown --format ${JSON.stringify(input.format)}: want ${GRAPH_FORMATS.join(', ')}`);
  }
  return withCommandGraph(input, cwd, async (loaded) => {
    if (!input.check) return formatGraph(loaded.graph, input.format as GraphFormat);
    const findings = await checkGraph(loaded);
    return input.format === 'json' ? `${JSON.stringify(findings, null, 2)}\n` : formatFindings(findings);
  });
}
