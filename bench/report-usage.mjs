// @ts-check
// Preloaded by bench/pipeline.ts into the process it measures (`node --import`): at exit, writes the
// process's own resource usage (CPU of every thread, peak RSS) to TASKPORT_USAGE_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.TASKPORT_USAGE_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
