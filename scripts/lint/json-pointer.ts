/** The lint's JSON Pointer and `$ref` helpers: the runtime's own (src/core/json-pointer.ts), so both read pointers alike. */
export { deref, getAt, isObject, joinPointer, splitPointer, type Json, type JsonObject } from '../../src/core/json-pointer.js';
