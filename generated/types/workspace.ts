// Generated from specs/workspace/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
export interface paths {
    "/v2/{project_id}/export-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Listing Export Tasks
         * @description Lists export tasks, filtered by file name, task ID, status or download state, sorted and paged by offset and limit. Workspace has no endpoint for a single task: filter by `task_id`.
         */
        get: operations["ListExportTasks"];
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
        /**
         * @description Export task status: `CREATING` in progress, `SUCCESS` succeeded, `FAIL` failed, `EXPIRED` the exported file expired.
         * @enum {string}
         */
        ExportTaskStatus: "CREATING" | "SUCCESS" | "FAIL" | "EXPIRED";
        /** @description An export task. */
        ExportTaskItem: {
            /** @description ID of the export task. */
            task_id?: string;
            /** @description Name of the exported file. */
            file_name?: string;
            status?: components["schemas"]["ExportTaskStatus"];
            /** @description Why the task failed. */
            fail_reason?: string;
            /** @description Error code of a failed task. */
            error_code?: string;
            /** @description UTC time the export task started, documented in the format `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. */
            create_time?: string;
            /** @description UTC time the export task ended, documented in the format `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. */
            end_time?: string;
            /** @description Whether the file has been downloaded. */
            is_download?: boolean;
        };
        /** @description One page of export tasks. */
        ListExportTasksResponse: {
            /** @description Export tasks on this page. */
            export_tasks?: components["schemas"]["ExportTaskItem"][];
            /**
             * Format: int32
             * @description Total number of export tasks that match the filters.
             */
            count?: number;
        };
        /** @description Error body Huawei Cloud services return with a failed request. */
        ErrorBody: {
            /** @description Error code. */
            error_code?: string;
            /** @description Error message. */
            error_msg?: string;
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
    };
    responses: {
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
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListExportTasks: {
        parameters: {
            query?: {
                /** @description File name. */
                file_name?: string;
                /** @description Task ID. */
                task_id?: string;
                /** @description Export task status. */
                status?: components["schemas"]["ExportTaskStatus"];
                /** @description Whether the file has been downloaded. */
                is_download?: boolean;
                /** @description Field to sort by (`create_time`, the creation time). Must be used together with `sort_type`. */
                sort_field?: "create_time";
                /** @description Sort order: `ASC` ascending (the default) or `DESC` descending. Must be used together with `sort_field`. */
                sort_type?: "ASC" | "DESC";
                /** @description Paging offset. */
                offset?: number;
                /** @description Page size. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListExportTasksResponse"];
                };
            };
            /** @description Invalid request from the client. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authentication failed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: components["responses"]["GatewayForbidden"];
            /** @description Internal error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
