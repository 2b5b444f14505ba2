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
    "/v1/{project_id}/resource-package/api-import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Importing Resource Packages
         * @description Uploads a resource package (multipart form part `file`) and starts a task that imports it into the workspace, replacing or adding resources. Follow the task with ListImportResourceTaskDetail.
         */
        post: operations["ImportResourcePackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{project_id}/resource-package/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exporting a Resource Package Using an API
         * @description Exports the given resources as a resource package; the answer is the package file itself (no task is created). The file is what ImportResourcePackage takes. Not resent: the export configuration (CreateAndUpdateExportConfig) keeps exported files in OBS, so each call may store a file.
         */
        post: operations["ExportResourcePackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{project_id}/exports/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Setting Import and Export Parameters
         * @description Sets (creates or replaces) the import and export parameters of the workspace: the OBS bucket and path prefix exported files go to, and how long they are kept.
         */
        post: operations["CreateAndUpdateExportConfig"];
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
        /** @description Form data of ImportResourcePackage. */
        ImportResourcePackageForm: {
            /**
             * Format: binary
             * @description The resource package file (as ExportResourcePackage produces it).
             */
            file: string;
            /**
             * @description Import strategy: `replace` or `addNew`.
             * @enum {string}
             */
            import_strategy: "replace" | "addNew";
            /**
             * @description Replacement rule: `BY_ID` (the default) or `BY_NAME`.
             * @default BY_ID
             * @enum {string}
             */
            replace_rule: "BY_ID" | "BY_NAME";
        };
        /** @description The import task a resource package upload started. */
        ImportTaskStarted: {
            /** @description ID of the import task; pass it to ListImportResourceTaskDetail. */
            task_id?: string;
        };
        /** @description Advanced parameters of a resource package export. */
        ResourcePackageExportParam: {
            /** @description Whether the package includes the datasets' row permissions and tag-based authorization. */
            export_dataset_tag_permission?: boolean;
        };
        /** @description One resource to put into an exported package. */
        ExportedResource: {
            /**
             * @description Resource type: `datasource` data source, `dataset` dataset, `metric` indicator, `dashboard` dashboard, `screen` large screen, `embedAnalysis` embedded analytics, `portal` data portal, `subject` intelligent analysis assistant. (The page's description speaks of "the type of the authorized object", a copy from an authorization API.)
             * @enum {string}
             */
            resource_type: "datasource" | "dataset" | "metric" | "dashboard" | "screen" | "embedAnalysis" | "portal" | "subject";
            /** @description Resource ID. */
            resource_id: string;
        };
        /** @description Request body of ExportResourcePackage. */
        ResourcePackageExportRequest: {
            /** @description Name of the exported package. */
            name: string;
            /** @description Advanced export parameters. */
            export_param?: components["schemas"]["ResourcePackageExportParam"];
            /** @description The resources to export. */
            resources: components["schemas"]["ExportedResource"][];
        };
        /** @description Where DataArts Insight keeps exported files, and for how long. */
        ExportConfig: {
            /** @description Storage service type (the documented example uses `obs`). */
            service_type: string;
            /** @description OBS endpoint. */
            obs_endpoint: string;
            /** @description OBS bucket name. */
            obs_bucket_name: string;
            /**
             * Format: int32
             * @description How many days exported files are kept in OBS at most.
             */
            max_storage_days: number;
            /** @description OBS path prefix. */
            obs_path_prefix: string;
        };
        /** @description The answer to a saved import and export configuration. */
        ExportConfigSaved: {
            /** @description Description of the result. */
            message?: string;
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
        /**
         * @description Workspace ID. The client fills it from its `workspaceId` option.
         * @example 12913c92-xxxx-b8fd-a72af3945b61
         */
        "X-Workspace-Id": string;
        /** @description User token (the `X-Subject-Token` header of IAM's token response). Needed only with token authentication; a request signed with AK/SK carries `Authorization` instead. The page marks it mandatory because it shows only token authentication. The client fills it from `credentials.token`. */
        "X-Auth-Token-documented-required": string;
        /** @description Media type and character set of the request body, fixed by the body: the client sends the body's media type (`multipart/form-data` with its boundary, or `application/json`). */
        "Content-Type": string;
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
                "X-Workspace-Id": components["parameters"]["X-Workspace-Id"];
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
            "4XX": components["responses"]["ClientError-undocumented"];
        };
    };
    ImportResourcePackage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace ID. The client fills it from its `workspaceId` option.
                 * @example 12913c92-xxxx-b8fd-a72af3945b61
                 */
                "X-Workspace-Id": components["parameters"]["X-Workspace-Id"];
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Needed only with token authentication; a request signed with AK/SK carries `Authorization` instead. The page marks it mandatory because it shows only token authentication. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token-documented-required"];
                /** @description Media type and character set of the request body, fixed by the body: the client sends the body's media type (`multipart/form-data` with its boundary, or `application/json`). */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportResourcePackageForm"];
            };
        };
        responses: {
            /** @description The resource package is successfully imported. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTaskStarted"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            "4XX": components["responses"]["ClientError-undocumented"];
        };
    };
    ExportResourcePackage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace ID. The client fills it from its `workspaceId` option.
                 * @example 12913c92-xxxx-b8fd-a72af3945b61
                 */
                "X-Workspace-Id": components["parameters"]["X-Workspace-Id"];
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
                "application/json": components["schemas"]["ResourcePackageExportRequest"];
            };
        };
        responses: {
            /** @description File stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            "4XX": components["responses"]["ClientError-undocumented"];
        };
    };
    CreateAndUpdateExportConfig: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace ID. The client fills it from its `workspaceId` option.
                 * @example 12913c92-xxxx-b8fd-a72af3945b61
                 */
                "X-Workspace-Id": components["parameters"]["X-Workspace-Id"];
                /** @description User token (the `X-Subject-Token` header of IAM's token response). Needed only with token authentication; a request signed with AK/SK carries `Authorization` instead. The page marks it mandatory because it shows only token authentication. The client fills it from `credentials.token`. */
                "X-Auth-Token"?: components["parameters"]["X-Auth-Token-documented-required"];
                /** @description Media type and character set of the request body, fixed by the body: the client sends the body's media type (`multipart/form-data` with its boundary, or `application/json`). */
                "Content-Type": components["parameters"]["Content-Type"];
            };
            path: {
                /** @description Project ID of the tenant in the region. The client fills it from the `projectId` option. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportConfig"];
            };
        };
        responses: {
            /** @description The configuration is successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportConfigSaved"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            "4XX": components["responses"]["ClientError-undocumented"];
        };
    };
}
