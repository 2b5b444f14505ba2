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
    "/v3/{project_id}/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exporting Users
         * @description Starts a task that exports the desktop users matching the body's filters into an Excel file. The returned task is listed by ListExportTasks; once it succeeded, DownloadExportFile fetches the file.
         */
        post: operations["ExportUsersNew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/desktops/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exporting a Desktop List
         * @description Starts a task that exports the desktops matching the query into an Excel file. Although a GET, every call creates a new task: it is never resent. The returned task is listed by ListExportTasks; once it succeeded, DownloadExportFile fetches the file.
         */
        get: operations["ExportDesktopListNew"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/groups/{group_id}/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exporting Users in a User Group
         * @description Starts a task that exports the users of one user group into an Excel file. Although a GET, every call creates a new task: it is never resent. The returned task is listed by ListExportTasks; once it succeeded, DownloadExportFile fetches the file.
         */
        get: operations["ExportUserGroupUsersNew"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/export-tasks/{task_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Downloading an Exported File
         * @description Downloads the file of a finished export task (ListExportTasks status `SUCCESS`); ListExportTasks' `is_download` then says the file was downloaded. The page documents no body for the answer: the client returns whatever the server sends as the file.
         */
        get: operations["DownloadExportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/export-tasks/batch-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch Deleting Export Tasks
         * @description Deletes the export tasks whose IDs are given.
         */
        post: operations["DeleteExportTasks"];
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
        /**
         * @description Activation type: `USER_ACTIVATE` activated by the user, `ADMIN_ACTIVATE` activated by the administrator.
         * @enum {string}
         */
        ActiveType: "USER_ACTIVATE" | "ADMIN_ACTIVATE";
        /**
         * @description Language of the exported file: `zh_CN` Chinese, `en_US` English.
         * @enum {string}
         */
        ExportLanguage: "zh_CN" | "en_US";
        /** @description Request body of ExportUsersNew: filters of the users to export, all optional (an empty object exports every user). The newer official Java SDK also has `user_names` (a list of user names), which neither this page nor the Go SDK has; it is left out. */
        ExportUsersNewRequestBody: {
            /** @description Desktop user name, 1 to 20 characters, with no special characters and not starting with a digit; matched fuzzily. */
            user_name?: string;
            /** @description User description; matched fuzzily. */
            description?: string;
            /**
             * @description Activation type; activation by the user when not given.
             * @default USER_ACTIVATE
             */
            active_type: components["schemas"]["ActiveType"];
            /**
             * @description Language of the exported file; English when not given.
             * @default en_US
             */
            language: components["schemas"]["ExportLanguage"];
            /** @description Enterprise project ID. */
            enterprise_project_id?: string;
        };
        /** @description The export task a Workspace export request started. */
        ExportTaskStarted: {
            /** @description ID of the export task; ListExportTasks lists it and DownloadExportFile fetches its file. */
            task_id?: string;
        };
        /** @description Error body of a rejected Workspace export request, with the encoded reason of an authorization refusal. */
        AuthorizationErrorBody: {
            /** @description Error code. */
            error_code?: string;
            /** @description Error message. */
            error_msg?: string;
            /** @description Encrypted detailed reason for the rejection; STS's decode-authorization-message API decrypts it. */
            encoded_authorization_message?: string;
        };
        /** @description Request body of DeleteExportTasks. */
        DeleteExportTasksRequestBody: {
            /** @description IDs of the export tasks to delete. */
            task_ids?: string[];
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
        /** @description Invalid request from the client. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Internal error. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
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
    ExportUsersNew: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportUsersNewRequestBody"];
            };
        };
        responses: {
            /** @description Succeeded. The export task was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportTaskStarted"];
                };
            };
            /** @description Invalid request from the client. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationErrorBody"];
                };
            };
            /** @description Authentication failed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationErrorBody"];
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
    ExportDesktopListNew: {
        parameters: {
            query: {
                /** @description Desktop name. */
                computer_name?: string;
                /** @description IP address of the desktop. */
                desktop_ip?: string;
                /** @description Desktop ID. */
                desktop_id?: string;
                /** @description Desktop tag, its key and value joined by `=`. */
                tag?: string;
                /**
                 * @description Language of the exported file.
                 * @example en_US
                 */
                language: components["schemas"]["ExportLanguage"];
                /** @description Enterprise project ID. */
                enterprise_project_id?: string;
                /** @description Desktop type; all desktops when not given. `DEDICATED` common desktops (exclusive and dedicated), `POOLED` desktops of a desktop pool. */
                desktop_type?: "DEDICATED" | "POOLED";
                /** @description Desktop status: `ACTIVE` running, `SHUTOFF` shut down, `ERROR` abnormal, `HIBERNATED` hibernated. */
                status?: "ACTIVE" | "SHUTOFF" | "ERROR" | "HIBERNATED";
                /** @description Desktop users to filter by, up to 100, sent as repeated keys. */
                user_names?: string[];
                /** @description Field to sort by: `created` creation time, `computer_name` desktop name. Must be used together with `sort_type`. */
                sort_field?: "created" | "computer_name";
                /** @description Sort order: `ASC` ascending (the default) or `DESC` descending. Must be used together with `sort_field`. */
                sort_type?: "ASC" | "DESC";
                /** @description Desktop pool ID; several IDs separated by commas. */
                pool_id?: string;
                /** @description Whether the desktop is assigned to a user. */
                user_attached?: boolean;
                /** @description Image ID. */
                image_id?: string;
                /** @description Billing mode: `0` monthly, `1` pay-per-use. */
                charge_mode?: "0" | "1";
                /** @description Whether to filter by maintenance mode. */
                in_maintenance_mode?: boolean;
                /** @description Subnet ID of the desktop. */
                subnet_id?: string;
                /** @description Version of the connection status: `NEW` new, `OLD` old (the default). */
                connection_status_version?: "NEW" | "OLD";
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
            /** @description Succeeded. The export task was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportTaskStarted"];
                };
            };
            /** @description Invalid request from the client. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationErrorBody"];
                };
            };
            /** @description Authentication failed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationErrorBody"];
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
    ExportUserGroupUsersNew: {
        parameters: {
            query?: {
                /** @description User name; matched fuzzily. */
                user_name?: string;
                /** @description User description; matched fuzzily. */
                description?: string;
                /** @description Activation type. */
                active_type?: components["schemas"]["ActiveType"];
                /** @description User group name. */
                group_name?: string;
                /** @description Language of the exported file. */
                language?: components["schemas"]["ExportLanguage"];
                /** @description Enterprise project ID. */
                enterprise_project_id?: string;
            };
            header?: never;
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
                /** @description ID of the desktop user group. */
                group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Succeeded. The export task was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportTaskStarted"];
                };
            };
            /** @description Invalid request from the client. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationErrorBody"];
                };
            };
            /** @description Authentication failed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationErrorBody"];
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
    DownloadExportFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
                /** @description ID of the export task. */
                task_id: string;
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
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
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
            500: components["responses"]["InternalError"];
        };
    };
    DeleteExportTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteExportTasksRequestBody"];
            };
        };
        responses: {
            /** @description Succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
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
            500: components["responses"]["InternalError"];
        };
    };
}
