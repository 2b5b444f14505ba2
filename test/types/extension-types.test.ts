/**
 * One definition per extension: the runtime's hand-written types of the emitted extensions
 * (src/core/task-spec.ts, src/core/descriptors.ts) are what their JSON Schemas
 * (src/core/extension-schemas.ts, the ones the spec lint validates against) describe, as
 * json-schema-to-ts derives them. Checked by `tsc` in `npm run typecheck`; a schema and a type that
 * drift apart fail it.
 */
import type { FromSchema } from 'json-schema-to-ts';
import { describe, expectTypeOf, it } from 'vitest';
import type { ErrorCodesSpec, FilledFrom, PaginationSpec, SortSpec, TaskListSpec } from '../../src/core/descriptors.js';
import type {
  xClientOptionSchema,
  xErrorCodesSchema,
  xFilledFromSchema,
  xPaginationSchema,
  xParametersTogetherSchema,
  xSortSchema,
  xTaskListSchema,
  xTaskSchema,
} from '../../src/core/extension-schemas.js';
import type { OperationDescriptor } from '../../src/core/descriptors.js';
import type { TaskSpec } from '../../src/core/task-spec.js';

/** Readonly-deep, so a schema's arrays compare with the runtime's readonly ones. */
type Frozen<T> = T extends readonly (infer U)[] ? readonly Frozen<U>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

describe('extension types follow their schemas', () => {
  it('x-task is TaskSpec', () => {
    expectTypeOf<Frozen<TaskSpec>>().toEqualTypeOf<Frozen<FromSchema<typeof xTaskSchema>>>();
  });

  it('x-pagination, x-task-list, x-sort and x-error-codes are their descriptor types', () => {
    expectTypeOf<PaginationSpec>().toEqualTypeOf<FromSchema<typeof xPaginationSchema>>();
    expectTypeOf<TaskListSpec>().toEqualTypeOf<FromSchema<typeof xTaskListSchema>>();
    expectTypeOf<SortSpec>().toEqualTypeOf<FromSchema<typeof xSortSchema>>();
    expectTypeOf<ErrorCodesSpec>().toEqualTypeOf<FromSchema<typeof xErrorCodesSchema>>();
  });

  it('x-parameters-together is OperationDescriptor.together; x-filled-from is FilledFrom', () => {
    expectTypeOf<Frozen<NonNullable<OperationDescriptor['together']>>>().toEqualTypeOf<Frozen<FromSchema<typeof xParametersTogetherSchema>>>();
    expectTypeOf<FilledFrom>().toEqualTypeOf<FromSchema<typeof xFilledFromSchema>>();
  });

  it('x-client-option is what the emitter reads from a parameter (name, variable, description)', () => {
    expectTypeOf<FromSchema<typeof xClientOptionSchema>>().toEqualTypeOf<{ name: string; env: string; description: string }>();
  });
});
