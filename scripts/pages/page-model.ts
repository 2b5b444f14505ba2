/** What a parsed page documents, before it becomes OpenAPI: the shapes `parsePage` returns. */
import type { Diagnostics } from './diagnostics.js';
import type { Cell, TableStyle } from './page-tables.js';
import type { LineLedger, Provenance } from './page-text.js';
import type { TypeReading } from './type-names.js';

export interface Located<T> {
  value: T;
  line: number;
}

/** One row of a parameter or field table. */
export interface FieldRow {
  name: string;
  line: number;
  /** The Mandatory column; absent in response tables. */
  required?: boolean;
  typeText: string;
  type: TypeReading;
  description: Cell;
}

export type ParameterIn = 'path' | 'query' | 'header';

export interface ParameterRow extends FieldRow {
  in: ParameterIn;
}

/** A table describing one object: the body itself or a sub-table another row refers to. */
export interface ObjectTable {
  name: string;
  line: number;
  rows: FieldRow[];
}

export interface Body {
  line: number;
  root: ObjectTable;
  /** The sub-tables, by the name the rows refer to them with (`Array of X objects` → X). */
  objects: ObjectTable[];
}

export interface RequestBody extends Body {
  mediaType: string;
}

export interface ResponseDoc {
  status: string;
  line: number;
  /** From the Status Codes table. */
  description?: Located<string>;
  body?: Body;
  /** Set when the page says "None" for this status's parameters. */
  noBody?: boolean;
  /** Set when the body is a file: a lone row `- | File | …`, its description here. */
  file?: { description: string; line: number };
}

export interface JsonBlock {
  line: number;
  text: string;
  /** The parsed value, when the text is valid JSON. */
  value?: unknown;
  /** Why the text is not valid JSON. */
  error?: string;
}

export interface RequestExample {
  line: number;
  description: string;
  requestLine: Located<string>;
  body?: JsonBlock;
}

export interface ResponseExample {
  status: string;
  line: number;
  description: string;
  body?: JsonBlock;
}

export interface PageModel {
  /** The file's stem (`SearchTask` for `SearchTask.txt`). */
  fileName: string;
  provenance: Provenance;
  title: Located<string>;
  /** Function text, authorization facts and any prose the tables could not hold, in page order. */
  description: Located<string>[];
  method: Located<string>;
  path: Located<string>;
  parameters: ParameterRow[];
  requestBody?: RequestBody;
  responses: ResponseDoc[];
  requestExamples: RequestExample[];
  /** The page says "None" under Example Requests. */
  noRequestExample: boolean;
  responseExamples: ResponseExample[];
  /** The extraction styles of the page's tables, in the order first seen. */
  tableStyles: TableStyle[];
  ledger: LineLedger;
  diagnostics: Diagnostics;
  lineCount: number;
}
