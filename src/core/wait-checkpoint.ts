import type { TaskState } from './task.js';

/** Where a wait stands; plain JSON, so another process can resume it (`WaitOptions.resume`). */
export interface WaitCheckpoint {
  version: 1;
  service: string;
  taskId: string;
  startedAt: number;
  deadline: number;
  nextPollAt: number;
  polls: number;
  finalPoll: boolean;
  lastStatus?: TaskState;
}
