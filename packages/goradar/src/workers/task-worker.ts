/**
 * The worker-thread side of a TaskPool: serveTasks answers every task message with the handler's
 * reply, or with the error it threw, so a failing task never takes the worker down.
 */
import { parentPort, type TransferListItem } from 'node:worker_threads';
import { serializeError, type TaskMessage, type TaskResultMessage } from './task-protocol.js';

/** TaskHandler runs one task and returns its reply. */
export type TaskHandler<Request, Reply> = (request: Request) => Reply | Promise<Reply>;

/** serveTasks makes the current worker thread run handler for each task it is sent; transfer lists reply buffers to move rather than copy. */
export function serveTasks<Request, Reply>(handler: TaskHandler<Request, Reply>, transfer: (reply: Reply) => TransferListItem[] = () => []): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run on a worker thread');
  port.on('message', (message: TaskMessage<Request>) => {
    void (async () => {
      let result: TaskResultMessage<Reply>;
      let moved: TransferListItem[] = [];
      try {
        const reply = await handler(message.request);
        result = { id: message.id, ok: true, reply };
        moved = transfer(reply);
      } catch (err) {
        result = { id: message.id, ok: false, error: serializeError(err) };
      }
      port.postMessage(result, moved);
    })();
  });
}
