/**
 * Running code against a world: in-process executions, the shipped bundle in a sandbox, the
 * server side of `google.script.run`, and concurrent executions in worker threads.
 */
export { openExecution, runInProcess, type OpenExecution } from './inProcess';
export { bundleFromSource, loadBundle, type Bundle } from './bundle';
export { runEntry } from './runEntry';
export { callFromClient, illegalArgument } from './client';
export { runConcurrent, type ConcurrentCall } from './concurrent';
export { DEFAULT_USER, type RunOptions, type RunResult } from './options';
export { editAsUser, type UserEdit, type UserEditResult } from './userEdit';
export { clockTriggersOf, fireTrigger, runCustomFunction, runSimpleTrigger } from './triggerRun';
