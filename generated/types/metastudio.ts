// Generated from specs/metastudio/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
export interface paths {
    "/v2/{project_id}/ies/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Listing Import and Export Tasks by Page
         * @description Lists import and export tasks by page. The page documents no request parameters for paging: `offset`, `limit` and `count` appear only in the response.
         */
        get: operations["SearchTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/ies/task/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Querying Details About an Import or Export Task
         * @description Returns the details of one import or export task.
         */
        get: operations["ShowTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/ies/import/{resource}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Importing a File
         * @description Starts a task that imports a file (multipart form part `file`) into a resource, for example the Q&A pairs of a skill (`business_id` = the skill ID). Follow the task with ShowTask by the ID the answer returns; DownloadResultFile fetches its result (error report) file.
         */
        post: operations["ImportResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/ies/export/{resource}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exporting a File
         * @description Starts a task that exports a resource into a file, for example the Q&A pairs of a skill (`business_id` = the skill ID). Follow the task with ShowTask by the ID the answer returns; once it is done, DownloadResultFile fetches the exported file.
         */
        post: operations["ExportResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/ies/result/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Downloading an Imported or Exported Result File
         * @description Downloads the result file of an import task (its error report) or an export task (the exported data), by the task ID. The answer is the file itself.
         */
        get: operations["DownloadResultFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/ies/import/{resource}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Downloading an Import Template
         * @description Downloads the import template of a resource (an Excel file to fill in and upload with ImportResource). The answer is the file itself.
         */
        get: operations["DownloadTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An import or export task. */
        QueryTaskResultDTO: {
            /** @description Resource the task imports or exports. */
            resource?: string;
            /** @description Task name. */
            task_name?: string;
            /** @description Time the task started. Documented as String; the example carries epoch milliseconds as a number. */
            begin_time?: string | number;
            /** @description Time the task ended. Documented as String; the example carries epoch milliseconds as a number. */
            end_time?: string | number;
            /** @description Task type. No values are documented. */
            task_type?: string | number;
            /** @description Account that ran the task. */
            operator?: string;
            /**
             * Format: int32
             * @description Number of items the task handles.
             */
            total_count?: number;
            /**
             * Format: int32
             * @description Number of items that succeeded.
             */
            success_count?: number;
            /**
             * Format: int32
             * @description Number of items that failed.
             */
            failure_count?: number;
            /** @description Task status. No values are documented; Taskport derives the outcome from the counters and keeps this raw value. */
            task_status?: string | number;
            /** @description Task ID. */
            task_id?: string;
            /** @description ID of the operator. */
            user_id?: string;
        };
        /** @description One page of import and export tasks. */
        SearchTaskResponse: {
            /**
             * Format: int32
             * @description Number of the start page of the query, counted from 0.
             */
            offset?: number;
            /**
             * Format: int32
             * @description Number of items shown per page.
             * @default 10
             */
            limit: number;
            /**
             * Format: int32
             * @description Total number of tasks.
             */
            count?: number;
            /** @description Tasks on this page. */
            data?: components["schemas"]["QueryTaskResultDTO"][];
        };
        /** @description Error body of a rejected MetaStudio request. */
        MetaStudioError: {
            /**
             * @description Return code. `MSS.000000001` failure; `MSS.000000002` internal error; `MSS.000000003` invalid parameter; `MSS.000000004` invalid access (not authenticated or authentication failed).
             * @enum {string}
             */
            error_code?: "MSS.000000001" | "MSS.000000002" | "MSS.000000003" | "MSS.000000004";
            /** @description Description of the result. */
            error_msg?: string;
            /** @description Unique ID of the request. */
            request_id?: string;
        };
        /** @description Error body the API Gateway answers with when it refuses a request before the service sees it. */
        GatewayError: {
            /** @description The gateway's error code, e.g. APIGW.0301. */
            error_code?: string;
            /** @description The gateway's error message. */
            error_msg?: string;
            /** @description Id of the refused request. */
            request_id?: string;
        };
        /** @description Form data of ImportResource. */
        ImportResourceRequestBody: {
            /**
             * Format: binary
             * @description File to import (fill in the resource's template from DownloadTemplate).
             */
            file?: string;
        };
        /** @description The answer to an import or export request. */
        TaskStarted: {
            /** @description Returned result: the ID of the task the request started (32 hexadecimal characters, the form of ShowTask's task_id), to pass to ShowTask and DownloadResultFile. */
            value?: string;
        };
    };
    responses: {
        /** @description Authentication failed at the API Gateway: the token is missing, expired or wrong, or the AK/SK signature (or its X-Sdk-Date) does not verify. */
        GatewayUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The credentials were accepted but are not allowed this request (a missing permission, or another project's credentials). */
        GatewayForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
    };
    parameters: {
        /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
        project_id: string;
        /** @description User token (the `X-Subject-Token` header of IAM's token response). Mandatory only when token authentication is used. The client fills it from `credentials.token`. */
        "X-Auth-Token": string;
        /** @description AK/SK signature (`SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`). Mandatory only when AK/SK authentication is used. The client computes it. */
        Authorization: string;
        /**
         * @description Time the request was signed, UTC, in the form `YYYYMMDD'T'HHMMSS'Z'`. Mandatory only when AK/SK authentication is used. The client sets it when signing.
         * @example 20261123T120000Z
         */
        "X-Sdk-Date": string;
        /** @description Project ID. Mandatory only when AK/SK authentication is used. The client sends the `projectId` option here with AK/SK credentials. */
        "X-Project-Id": string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    SearchTask: {
        parameters: {
            query?: {
                /**
                 * @description Resource types to list. Sent as repeated keys (`resource=a&resource=b`).
                 * @example [
                 *       "knowledge-intent-question-create"
                 *     ]
                 */
                resource?: string[];
                /** @description Business ID, for example the `skill_id` passed in Q&A. */
                business_id?: string;
                /** @description Start timestamp. */
                begin_time?: string;
                /** @description End timestamp. */
                end_time?: string;
            };
            header?: {
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Mandatory only when token authentication is used. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token"];
                /** @description AK/SK signature (`SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`). Mandatory only when AK/SK authentication is used. The client computes it. */
                Authorization?: components["parameters"]["Authorization"];
                /**
                 * @description Time the request was signed, UTC, in the form `YYYYMMDD'T'HHMMSS'Z'`. Mandatory only when AK/SK authentication is used. The client sets it when signing.
                 * @example 20261123T120000Z
                 */
                "X-Sdk-Date"?: components["parameters"]["X-Sdk-Date"];
                /** @description Project ID. Mandatory only when AK/SK authentication is used. The client sends the `projectId` option here with AK/SK credentials. */
                "X-Project-Id"?: components["parameters"]["X-Project-Id"];
            };
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The query is successful, and the import and export task list is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchTaskResponse"];
                };
            };
            /** @description Incorrect input parameters from the client, including the error code and its description. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaStudioError"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
        };
    };
    ShowTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Mandatory only when token authentication is used. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token"];
                /** @description AK/SK signature (`SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`). Mandatory only when AK/SK authentication is used. The client computes it. */
                Authorization?: components["parameters"]["Authorization"];
                /**
                 * @description Time the request was signed, UTC, in the form `YYYYMMDD'T'HHMMSS'Z'`. Mandatory only when AK/SK authentication is used. The client sets it when signing.
                 * @example 20261123T120000Z
                 */
                "X-Sdk-Date"?: components["parameters"]["X-Sdk-Date"];
                /** @description Project ID. Mandatory only when AK/SK authentication is used. The client sends the `projectId` option here with AK/SK credentials. */
                "X-Project-Id"?: components["parameters"]["X-Project-Id"];
            };
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description Task ID.
                 * @example fd1c56acbb2c4b1aa24ba37df99f3129
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. The import and export task details are returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryTaskResultDTO"];
                };
            };
            /** @description Incorrect input parameters from the client, including the error code and its description. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaStudioError"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
        };
    };
    ImportResource: {
        parameters: {
            query?: {
                /** @description Service ID, for example the skill_id for a Q&A template. */
                business_id?: string;
            };
            header?: {
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Mandatory only when token authentication is used. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token"];
                /** @description AK/SK signature (`SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`). Mandatory only when AK/SK authentication is used. The client computes it. */
                Authorization?: components["parameters"]["Authorization"];
                /**
                 * @description Time the request was signed, UTC, in the form `YYYYMMDD'T'HHMMSS'Z'`. Mandatory only when AK/SK authentication is used. The client sets it when signing.
                 * @example 20261123T120000Z
                 */
                "X-Sdk-Date"?: components["parameters"]["X-Sdk-Date"];
                /** @description Project ID. Mandatory only when AK/SK authentication is used. The client sends the `projectId` option here with AK/SK credentials. */
                "X-Project-Id"?: components["parameters"]["X-Project-Id"];
            };
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description Resource name.
                 * @example knowledge-intent-question-create
                 */
                resource: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportResourceRequestBody"];
            };
        };
        responses: {
            /** @description Response to the user's import operation. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStarted"];
                };
            };
            /** @description Incorrect input parameters from the client, including the error code and its description. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaStudioError"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
        };
    };
    ExportResource: {
        parameters: {
            query?: {
                /** @description Service ID, for example the skill_id for a Q&A template. */
                business_id?: string;
            };
            header?: {
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Mandatory only when token authentication is used. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token"];
                /** @description AK/SK signature (`SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`). Mandatory only when AK/SK authentication is used. The client computes it. */
                Authorization?: components["parameters"]["Authorization"];
                /**
                 * @description Time the request was signed, UTC, in the form `YYYYMMDD'T'HHMMSS'Z'`. Mandatory only when AK/SK authentication is used. The client sets it when signing.
                 * @example 20261123T120000Z
                 */
                "X-Sdk-Date"?: components["parameters"]["X-Sdk-Date"];
                /** @description Project ID. Mandatory only when AK/SK authentication is used. The client sends the `projectId` option here with AK/SK credentials. */
                "X-Project-Id"?: components["parameters"]["X-Project-Id"];
            };
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
                /** @description Resource name. */
                resource: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export task was created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStarted"];
                };
            };
            /** @description Incorrect input parameters from the client, including the error code and its description. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaStudioError"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
        };
    };
    DownloadResultFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Mandatory only when token authentication is used. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token"];
                /** @description AK/SK signature (`SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`). Mandatory only when AK/SK authentication is used. The client computes it. */
                Authorization?: components["parameters"]["Authorization"];
                /**
                 * @description Time the request was signed, UTC, in the form `YYYYMMDD'T'HHMMSS'Z'`. Mandatory only when AK/SK authentication is used. The client sets it when signing.
                 * @example 20261123T120000Z
                 */
                "X-Sdk-Date"?: components["parameters"]["X-Sdk-Date"];
                /** @description Project ID. Mandatory only when AK/SK authentication is used. The client sends the `projectId` option here with AK/SK credentials. */
                "X-Project-Id"?: components["parameters"]["X-Project-Id"];
            };
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description Task ID.
                 * @example fd1c56acbb2c4b1aa24ba37df99f3129
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Imported and exported result file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Incorrect input parameters from the client, including the error code and its description. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaStudioError"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
        };
    };
    DownloadTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Mandatory only when token authentication is used. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token"];
                /** @description AK/SK signature (`SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`). Mandatory only when AK/SK authentication is used. The client computes it. */
                Authorization?: components["parameters"]["Authorization"];
                /**
                 * @description Time the request was signed, UTC, in the form `YYYYMMDD'T'HHMMSS'Z'`. Mandatory only when AK/SK authentication is used. The client sets it when signing.
                 * @example 20261123T120000Z
                 */
                "X-Sdk-Date"?: components["parameters"]["X-Sdk-Date"];
                /** @description Project ID. Mandatory only when AK/SK authentication is used. The client sends the `projectId` option here with AK/SK credentials. */
                "X-Project-Id"?: components["parameters"]["X-Project-Id"];
            };
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description Resource name.
                 * @example knowledge-intent-question-create
                 */
                resource: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import template file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Incorrect input parameters from the client, including the error code and its description. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaStudioError"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
        };
    };
}
