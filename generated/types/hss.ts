// Generated from specs/hss/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
export interface paths {
    "/v5/{project_id}/export-task/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Querying Export Tasks
         * @description Returns the ID, name, status and produced file of one export task.
         */
        get: operations["ListQueryExportTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/vul/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exporting Information About Vulnerabilities and Their Affected Servers
         * @description Starts a task that exports vulnerabilities (`category: vul`) or vulnerable servers (`category: host`), filtered by the query parameters, into a file. Poll the returned task with ListQueryExportTask; once it succeeded, fetch the file with ListDownloadExportedFile.
         */
        post: operations["ExportVuls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/vulnerability/handle-history/export-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creating a Task for Exporting Vulnerability Handling Records
         * @description Starts a task that exports vulnerability handling records, filtered by the body fields, into a file. Poll the returned task with ListQueryExportTask; once it succeeded, fetch the file with ListDownloadExportedFile.
         */
        post: operations["ExportVulHandleHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/download/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Downloading Export Files
         * @description Downloads the file an export task produced, by the `file_id` ListQueryExportTask reports once the task succeeded. The answer is the file itself (a zip archive).
         */
        get: operations["ListDownloadExportedFile"];
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
        /** @description An HSS export task. */
        ListQueryExportTaskResponse: {
            /** @description Task ID. */
            task_id?: string;
            /** @description Task name. */
            task_name?: string;
            /**
             * @description Status of the export task: `success` succeeded, `failure` failed, `running` still running.
             * @enum {string}
             */
            task_status?: "success" | "failure" | "running";
            /** @description ID of the exported file. */
            file_id?: string;
            /** @description Name of the exported file. */
            file_name?: string;
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
        /** @description Error body Huawei Cloud services return with a failed request. */
        ErrorBody: {
            /** @description Error code. */
            error_code?: string;
            /** @description Error message. */
            error_msg?: string;
        };
        /**
         * @description Vulnerability type: `linux_vul` Linux, `windows_vul` Windows, `web_cms` Web-CMS, `app_vul` application, `urgent_vul` emergency vulnerability.
         * @enum {string}
         */
        VulType: "linux_vul" | "windows_vul" | "web_cms" | "app_vul" | "urgent_vul";
        /**
         * @description Importance of the asset: `important`, `common` or `test`.
         * @enum {string}
         */
        AssetValue: "important" | "common" | "test";
        /** @description Header information of the exported data, one list of strings per column (the official SDKs call the type `List<List<String>>`; the design example sends `[field, title]` pairs such as `['vul_name', 'Vulnerability']`). */
        ExportHeaders: string[][];
        /** @description Request body of ExportVuls. The filters travel in the query string; the body says which columns and which items. */
        ExportVulsRequestBody: {
            /** @description Header information list of the exported vulnerability data. */
            export_headers: components["schemas"]["ExportHeaders"];
            /** @description IDs of the vulnerabilities to export. */
            vul_id_list?: string[];
            /** @description IDs of the servers to export. */
            host_id_list?: string[];
        };
        /** @description The export task an HSS export request started. */
        ExportTaskStarted: {
            /** @description ID of the export task; pass it to ListQueryExportTask. */
            task_id?: string;
        };
        /** @description Request body of ExportVulHandleHistory — filters of the handling records and the columns to export. */
        ExportVulHandleHistoryRequestBody: {
            /**
             * @description Vulnerability status: `vul_status_unfix` not handled, `vul_status_ignored` ignored, `vul_status_verified` being verified, `vul_status_fixing` being fixed, `vul_status_fixed` fixed, `vul_status_reboot` fixed and waiting for a restart, `vul_status_failed` fix failed, `vul_status_fix_after_reboot` restart the host and fix again.
             * @enum {string}
             */
            status?: "vul_status_unfix" | "vul_status_ignored" | "vul_status_verified" | "vul_status_fixing" | "vul_status_fixed" | "vul_status_reboot" | "vul_status_failed" | "vul_status_fix_after_reboot";
            /** @description Vulnerability ID. */
            vul_id?: string;
            /** @description Vulnerability type. */
            vul_type?: components["schemas"]["VulType"];
            /** @description Importance of the asset. */
            asset_value?: components["schemas"]["AssetValue"];
            /** @description Server group. */
            group_name?: string;
            /** @description Server name. */
            host_name?: string;
            /** @description IP address of the server. */
            host_ip?: string;
            /**
             * Format: int32
             * @description Number of records to export, 1 to 200000.
             */
            export_size?: number;
            /** @description Header information list of the exported vulnerability data. */
            export_header_list: components["schemas"]["ExportHeaders"];
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
        /** @description Client error. Not detailed on the page, which refers to the service's error codes page; Huawei Cloud services answer with `error_code` and `error_msg`. */
        "ClientError-undocumented": {
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
        /** @description User token (the `X-Subject-Token` header of IAM's token response). Needed only with token authentication; a request signed with AK/SK carries `Authorization` instead. The page marks it mandatory because it shows only token authentication. The client fills it from `credentials.token`. */
        "X-Auth-Token-documented-required": string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListQueryExportTask: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project of the servers; only meaningful once the enterprise project feature is enabled. `0` is the default enterprise project, `all_granted_eps` means all enterprise projects. A user with rights on a single enterprise project must pass its ID, or the call fails for lack of permission.
                 * @example all_granted_eps
                 */
                enterprise_project_id?: string;
            };
            header?: {
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Needed only with token authentication; a request signed with AK/SK carries `Authorization` instead. The page marks it mandatory because it shows only token authentication. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token-documented-required"];
                /** @description Region ID. The client sends the region it was created for. */
                region?: string;
            };
            path: {
                /**
                 * @description Task ID.
                 * @example 94ad7efb-xxxxx-46ed-99bf-dcd8c1c75dc2
                 */
                task_id: string;
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListQueryExportTaskResponse"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            "4XX": components["responses"]["ClientError-undocumented"];
        };
    };
    ExportVuls: {
        parameters: {
            query: {
                /**
                 * @description Enterprise project; `all_granted_eps` exports from all enterprise projects.
                 * @example all_granted_eps
                 */
                enterprise_project_id?: string;
                /** @description Vulnerability type. */
                type?: components["schemas"]["VulType"];
                /** @description Vulnerability ID. */
                vul_id?: string;
                /** @description Vulnerability name. */
                vul_name?: string;
                /** @description Server ID, to export the vulnerabilities of one server. */
                host_id?: string;
                /** @description Number of records per page (the page describes it only as "limit"). */
                limit?: number;
                /** @description Offset of the first record returned; not below 0. */
                offset?: number;
                /** @description Fixing priority: `Critical`, `High`, `Medium` or `Low`. */
                repair_priority?: "Critical" | "High" | "Medium" | "Low";
                /** @description Handling status: `unhandled` or `handled`. */
                handle_status?: "unhandled" | "handled";
                /** @description CVE ID of the vulnerability (the page says "Vulnerability ID."). */
                cve_id?: string;
                /** @description Vulnerability tag. */
                label_list?: string;
                /** @description Vulnerability status: `vul_status_unfix` not handled, `vul_status_ignored` ignored, `vul_status_verified` being verified, `vul_status_fixing` being fixed, `vul_status_fixed` fixed, `vul_status_reboot` fixed and waiting for a restart, `vul_status_failed` fix failed, `vul_status_fix_after_reboot` restart the host and fix again. */
                status?: "vul_status_unfix" | "vul_status_ignored" | "vul_status_verified" | "vul_status_fixing" | "vul_status_fixed" | "vul_status_reboot" | "vul_status_failed" | "vul_status_fix_after_reboot";
                /** @description Importance of the asset. */
                asset_value?: components["schemas"]["AssetValue"];
                /** @description Server group name. */
                group_name?: string;
                /**
                 * @description Number of records to export.
                 * @example 1000
                 */
                export_size: number;
                /**
                 * @description What to export: `vul` vulnerabilities, `host` servers with vulnerabilities.
                 * @example vul
                 */
                category: "vul" | "host";
            };
            header?: {
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Needed only with token authentication; a request signed with AK/SK carries `Authorization` instead. The page marks it mandatory because it shows only token authentication. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token-documented-required"];
            };
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportVulsRequestBody"];
            };
        };
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportTaskStarted"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            "4XX": components["responses"]["ClientError-undocumented"];
        };
    };
    ExportVulHandleHistory: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project whose assets are exported, 1 to 256 characters; only meaningful once the enterprise project feature is enabled. `0` is the default enterprise project, `all_granted_eps` means all enterprise projects.
                 * @example all_granted_eps
                 */
                enterprise_project_id?: string;
            };
            header?: {
                /** @description User token, 1 to 32768 characters. Needed only with token authentication; a request signed with AK/SK carries `Authorization` instead. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: string;
            };
            path: {
                /** @description Project ID, 1 to 256 characters. The client fills it from the `projectId` option. */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportVulHandleHistoryRequestBody"];
            };
        };
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportTaskStarted"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            "4XX": components["responses"]["ClientError-undocumented"];
        };
    };
    ListDownloadExportedFile: {
        parameters: {
            query?: {
                /**
                 * @description Enterprise project of the servers; only meaningful once the enterprise project feature is enabled. `0` is the default enterprise project, `all_granted_eps` means all enterprise projects. A user with rights on a single enterprise project must pass its ID, or the call fails for lack of permission.
                 * @example all_granted_eps
                 */
                enterprise_project_id?: string;
            };
            header?: {
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Needed only with token authentication; a request signed with AK/SK carries `Authorization` instead. The page marks it mandatory because it shows only token authentication. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token-documented-required"];
                /** @description Region ID. The client sends the region it was created for. */
                region?: string;
            };
            path: {
                /**
                 * @description File ID.
                 * @example b3e83d25-d92f-4963-a293-e056e81ec44d
                 */
                file_id: string;
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            "4XX": components["responses"]["ClientError-undocumented"];
        };
    };
}
