import { emitDescriptor } from './descriptor.js';
import { emitFactory } from './factory.js';
import { emitOperationMethods } from './operation-method.js';
import { emitPaginators } from './paginator.js';
import { emitTaskAdapters } from './task-adapter.js';
import type { Emitter } from './context.js';

/** The client emitters in file order. A new concern is one emitter file plus one entry here. */
export const emitters: readonly Emitter[] = [emitDescriptor, emitOperationMethods, emitPaginators, emitTaskAdapters, emitFactory];
