// Generated from specs/dataarts-insight/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
export interface paths {
    "/v1/{project_id}/resource-package/import-tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obtaining Import Task Details
         * @description Returns the details of one resource-package import task. API Explorer names this operation ShowImportResourceTaskDetail; the page's file name is ListImportResourceTaskDetail.
         */
        get: operations["ListImportResourceTaskDetail"];
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
        /** @description A resource-package import task. */
        ImportTaskDetail: {
            /** @description Task ID. */
            id?: string;
            /** @description Name of the import. */
            name?: string;
            /** @description Domain (account) ID. */
            domain_id?: string;
            /** @description Project ID. */
            project_id?: string;
            /** @description Workspace ID. */
            workspace_id?: string;
            /** @description Import parameters (the page calls it a list but types it String). */
            import_param?: string;
            /** @description Name of the OBS bucket holding the package. */
            obs_bucket?: string;
            /** @description Path of the package object in OBS. */
            obs_object_key?: string;
            /** @description Import details. */
            import_detail?: string;
            /**
             * Format: int32
             * @description Result status: `-1` not activated, `0` to be processed, `1` successful, `2` failed, `3` partially successful, `4` being processed.
             * @enum {integer}
             */
            status?: -1 | 0 | 1 | 2 | 3 | 4;
            /** @description Why the task failed. */
            error_msg?: string;
            /** @description Import type: `import` (resource package import) or `crossSpaceImport` (cross-workspace one-click import). */
            import_type?: string | ("import" | "crossSpaceImport") | unknown;
            /** @description ID of the creator. */
            create_user?: string;
            /** @description Name of the creator. */
            create_user_name?: string;
            /** @description Creation timestamp (documented type Long, int64). */
            create_date?: number | `${bigint}`;
            /** @description Update timestamp (documented type Long, int64). */
            update_date?: number | `${bigint}`;
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
    ListImportResourceTaskDetail: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace ID. The client fills it from its `workspaceId` option.
                 * @example 12913c92-xxxx-b8fd-a72af3945b61
                 */
                "X-Workspace-Id": string;
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Needed only with token authentication; a request signed with AK/SK carries `Authorization` instead. The page marks it mandatory because it shows only token authentication. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token-documented-required"];
            };
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
                /**
                 * @description ID of the import task.
                 * @example 2406a337-xxxx-a5b2-b01a61d2043b
                 */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Import task details are successfully obtained. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTaskDetail"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Client error. Not detailed on this page, which refers to the DataArts Insight error codes page; Huawei Cloud services answer with `error_code` and `error_msg`. */
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
