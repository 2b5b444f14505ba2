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
            /** @description Client error. Not detailed on this page, which refers to the HSS error codes page; Huawei Cloud services answer with `error_code` and `error_msg`. */
            "4XX": {
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
