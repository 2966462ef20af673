/**
 * The HTTP API: the fastify application factory and the pieces `impasse serve` wires together.
 * @module
 */
export { type AppOptions, createApp } from "./createApp.js";
export { engineTasksUrl } from "./engineTasksUrl.js";
export { errorStatus } from "./errorStatus.js";
export { type JobKind, jobKinds } from "./jobs/jobKinds.js";
export type { JobEvent, JobMeta } from "./jobs/jobManager.js";
export { assertListenAllowed, isLoopbackHost } from "./listenAddress.js";
export { seedBundledScenario } from "./seedBundledScenario.js";
export { defaultLimits, type ServerLimits } from "./serverContext.js";
export { inProcessRunner } from "./tasks/inProcessRunner.js";
export type { Task, TaskContext, TaskRunner, TaskTable } from "./tasks/taskRunner.js";
export { createWorkerPool, type WorkerPoolOptions } from "./tasks/workerPool.js";
