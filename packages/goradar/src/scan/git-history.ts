import { runGit } from './git-command.js';
import { chooseMainLineCommits, historyCutoffs, parseFirstParentLog, type ChosenCommit, type HistoryGranularity } from './history-points.js';

/** HistoryRequest says which points of a repository's history to read. */
export interface HistoryRequest {
  root: string;
  granularity: HistoryGranularity;
  since: Date;
  now: Date;
}

/** chooseHistoryCommits reads the repository's main line and picks the commit of each cut-off. */
export async function chooseHistoryCommits(request: HistoryRequest): Promise<ChosenCommit[]> {
  const log = await runGit(request.root, ['log', '--first-parent', '--format=%H %ct', 'HEAD']);
  return chooseMainLineCommits(parseFirstParentLog(log), historyCutoffs(request.granularity, request.since, request.now));
}
