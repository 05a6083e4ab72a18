// Generated from /openapi.json by openapi-typescript (npm run generate). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness (no database) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/db": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database reachability: one round trip through the real driver */
        get: operations["getDatabaseHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account; signs in and sends a verification email */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the current session */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the email address with the token from the verification email */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new verification email to the signed-in user (supersedes the previous link) */
        post: operations["resendVerificationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password reset link (same answer whether or not the account exists) */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token from the reset email; signs out every session */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; signs out every other session */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /** Delete the account and everything it owns (requires the password) */
        delete: operations["deleteMe"];
        options?: never;
        head?: never;
        /** Update the signed-in user's profile */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's active sessions, most recently used first */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of the user's sessions (the current one too: that signs out) */
        delete: operations["revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke every session of the user except the current one */
        post: operations["revokeOtherSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's projects, one keyset page at a time
         * @description Pages are keyed on (sort column, id), so rows inserted while paging are neither skipped nor repeated. `nextCursor` is opaque and only valid with the same sort and order.
         */
        get: operations["listProjects"];
        put?: never;
        /** Create a project (slug derived from the name, unique per user) */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Project counts per phase and in total */
        get: operations["getProjectStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project, by id or slug */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /** Delete a project with its history and artifacts */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /** Update name, description, idea or GitHub URL (the slug stays) */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/api/projects/{id}/orchestration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Merge a JSON object into the orchestration state (top-level keys replaced, atomically) */
        patch: operations["mergeOrchestrationState"];
        trace?: never;
    };
    "/api/projects/{id}/stack/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the stack (only in phase stack_selection) */
        post: operations["approveStack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/dependencies/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the dependencies (only in phase dependencies) */
        post: operations["approveDependencies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/phases/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move to the next phase if still in expectedPhase and its gate is met (atomic, recorded) */
        post: operations["advancePhase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/phases/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phase transitions, oldest first, optionally within [from, to] */
        get: operations["listPhaseHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current phase, completed phases, gates, artifact counts per phase, percent complete */
        get: operations["getProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/artifacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Artifacts without content: the latest version of each (or every version), optionally of one phase */
        get: operations["listArtifacts"];
        put?: never;
        /** Store an artifact: a new version of (phase, name), or the latest one if the content is identical */
        post: operations["createArtifact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/artifacts/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store several artifacts in one multi-row insert (each a new version, or a no-op if identical)
         * @description Answers 201 (it answered 200 before issue 11), whether or not any new version was stored.
         */
        post: operations["createArtifacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/artifacts/{artifactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One artifact with content; `version` picks another version of the same phase and name */
        get: operations["getArtifact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/artifacts/{artifactId}/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record a validation result (omitted errors / qualityScore stay as they were) */
        patch: operations["recordArtifactValidation"];
        trace?: never;
    };
    "/api/projects/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the project as a zip: project.json plus every latest artifact under <phase>/<name> */
        get: operations["exportProject"];
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
        /** @description The one error shape of every non-2xx response */
        Error: {
            error: {
                /**
                 * @description Stable machine-readable code: see docs/errors.md (each response lists its own)
                 * @enum {string}
                 */
                code: "validation_failed" | "bad_request" | "invalid_cursor" | "invalid_token" | "invalid_text" | "common_password" | "unauthorized" | "invalid_credentials" | "forbidden" | "csrf_rejected" | "wrong_password" | "not_found" | "method_not_allowed" | "conflict" | "concurrent_update" | "slug_contended" | "version_contended" | "email_taken" | "already_verified" | "wrong_phase" | "phase_mismatch" | "phase_final" | "approval_required" | "payload_too_large" | "unsupported_media_type" | "invalid_reference" | "invalid_value" | "rate_limited" | "internal_error" | "database_limit_exceeded" | "server_misconfigured" | "database_unavailable" | "database_timeout";
                /** @description Human-readable explanation */
                message: string;
                /** @description Same as the X-Request-Id response header */
                requestId?: string;
                /** @description Per-field problems (validation_failed) */
                issues?: components["schemas"]["ValidationIssue"][];
            };
        };
        ValidationIssue: {
            path: string;
            message: string;
        };
        AuthResult: {
            user: components["schemas"]["User"];
            session: components["schemas"]["SessionToken"];
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            emailVerified: boolean;
            createdAt: string;
            updatedAt: string;
        };
        SessionToken: {
            /** @description Bearer token (also set as the __Host-session cookie unless `session` was "bearer"); absent when `session` was "cookie" */
            token?: string;
            /** Format: date-time */
            expiresAt: string;
        };
        Session: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string;
            /** Format: date-time */
            expiresAt: string;
            userAgent: string | null;
            ip: string | null;
            current: boolean;
        };
        Project: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            description: string;
            idea: string;
            currentPhase: components["schemas"]["Phase"];
            phasesCompleted: components["schemas"]["Phase"][];
            stackChoice: string | null;
            stackApproved: boolean;
            /** Format: uuid */
            stackApprovedBy: string | null;
            /** Format: date-time */
            stackApprovedAt: string | null;
            dependenciesApproved: boolean;
            /** Format: uuid */
            dependenciesApprovedBy: string | null;
            /** Format: date-time */
            dependenciesApprovedAt: string | null;
            coverageThreshold: number;
            /** Format: uri */
            githubRepoUrl: string | null;
            orchestrationState: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description A phase of the spec workflow, in order
         * @enum {string}
         */
        Phase: "analysis" | "stack_selection" | "spec" | "dependencies" | "solutioning" | "done";
        /**
         * @example {
         *       "name": "Invoice tracker",
         *       "description": "Track invoices for a small team",
         *       "idea": "A web app that..."
         *     }
         */
        CreateProject: {
            name: string;
            /** @default  */
            description?: string;
            /** @default  */
            idea?: string;
        };
        ProjectPage: {
            items: components["schemas"]["Project"][];
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "name": "Invoice tracker v2"
         *     }
         */
        UpdateProject: {
            name?: string;
            description?: string;
            idea?: string;
            /**
             * Format: uri
             * @example https://github.com/acme/app
             */
            githubRepoUrl?: string | null;
        };
        PhaseHistoryEntry: {
            /** Format: uuid */
            id: string;
            fromPhase: components["schemas"]["Phase"];
            toPhase: components["schemas"]["Phase"];
            artifactsGenerated: string[];
            validationPassed: boolean | null;
            tokensUsed: number | null;
            /**
             * @description USD, as recorded (numeric(10,4))
             * @example 0.42
             */
            costEstimateUsd: number | null;
            /** Format: uuid */
            transitionedBy: string | null;
            /** Format: date-time */
            transitionedAt: string;
        };
        /**
         * @example {
         *       "expectedPhase": "analysis",
         *       "artifactsGenerated": [
         *         "PRD.md"
         *       ],
         *       "tokensUsed": 12000,
         *       "costEstimateUsd": 0.42
         *     }
         */
        AdvancePhase: {
            expectedPhase: components["schemas"]["Phase"];
            /** @default [] */
            artifactsGenerated?: string[];
            validationPassed?: boolean;
            tokensUsed?: number;
            costEstimateUsd?: number;
        };
        StoredArtifact: {
            artifact: components["schemas"]["ArtifactMeta"];
            created: boolean;
        };
        ArtifactMeta: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            phase: components["schemas"]["Phase"];
            name: string;
            version: number;
            fileSize: number;
            contentHash: string;
            frontmatter: {
                [key: string]: unknown;
            };
            validationStatus: components["schemas"]["ValidationStatus"];
            validationErrors: components["schemas"]["ValidationFinding"][];
            qualityScore: number | null;
            extraFile: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        ValidationStatus: "pending" | "pass" | "warn" | "fail";
        /**
         * @description A finding of a validation run, stored as sent (any JSON value)
         * @example {
         *       "rule": "length",
         *       "message": "the PRD has no success metrics"
         *     }
         */
        ValidationFinding: unknown;
        /**
         * @example {
         *       "phase": "spec",
         *       "name": "PRD.md",
         *       "content": "# PRD\n\n...",
         *       "frontmatter": {
         *         "title": "PRD"
         *       }
         *     }
         */
        CreateArtifact: {
            phase: components["schemas"]["Phase"];
            /** @example PRD.md */
            name: string;
            content: string;
            frontmatter?: {
                [key: string]: unknown;
            };
        };
        CreateArtifacts: {
            artifacts: components["schemas"]["CreateArtifact"][];
        };
        Artifact: components["schemas"]["ArtifactMeta"] & {
            content: string;
        };
        /**
         * @example {
         *       "status": "fail",
         *       "errors": [
         *         {
         *           "rule": "length",
         *           "message": "too short"
         *         }
         *       ],
         *       "qualityScore": 40
         *     }
         */
        ArtifactValidation: {
            status: components["schemas"]["ValidationStatus"];
            errors?: unknown[];
            qualityScore?: number | null;
        };
    };
    responses: {
        /** @description `rate_limited`: Too many requests: wait `Retry-After` seconds (X-Request-Id is sent too) */
        RateLimited: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description This request's id (also in the error body and the log line); a valid one sent by the client is kept */
        "X-Request-Id": string;
        /** @description Requests allowed in the current window */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window resets */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before retrying */
        "Retry-After": number;
        /** @description The session cookie `__Host-session` (HttpOnly, Secure, SameSite=Lax): set by sign-in, cleared by sign-out, refreshed when a cookie session slides forward */
        "Set-Cookie": string;
        /** @description `attachment; filename="<slug>.zip"` */
        "Content-Disposition": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    getDatabaseHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Database reachable */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        database: {
                            latencyMs: number;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example ada@example.com
                     */
                    email: string;
                    /**
                     * @description 8 to 128 characters (Unicode code points, after NFC normalisation)
                     * @example correct horse battery staple
                     */
                    password: string;
                    name: string;
                    /**
                     * @description How the client holds the session: "cookie" (the HttpOnly cookie only; the body carries no token, so page scripts never see it), "bearer" (the token in the body, no cookie). Without it: both.
                     * @enum {string}
                     */
                    session?: "cookie" | "bearer";
                };
            };
        };
        responses: {
            /** @description Created and signed in */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResult"];
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `common_password`: The new password is among the most common passwords (a published list); choose another */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text" | "common_password";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `email_taken`: An account with this email already exists */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "email_taken";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example ada@example.com
                     */
                    email: string;
                    /** @example correct horse battery staple */
                    password: string;
                    /**
                     * @description How the client holds the session: "cookie" (the HttpOnly cookie only; the body carries no token, so page scripts never see it), "bearer" (the token in the body, no cookie). Without it: both.
                     * @enum {string}
                     */
                    session?: "cookie" | "bearer";
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResult"];
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `invalid_credentials`: Login: unknown email or wrong password (the same answer) */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_credentials";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example aTokenFromTheEmailLink */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Verified */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        message?: string;
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `invalid_token`: The email link's token is invalid, used or expired */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text" | "invalid_token";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    resendVerificationEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent */
            202: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        message?: string;
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `already_verified`: The email address is already verified */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "already_verified";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example ada@example.com
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        message?: string;
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example aTokenFromTheEmailLink */
                    token: string;
                    /**
                     * @description 8 to 128 characters (Unicode code points, after NFC normalisation)
                     * @example correct horse battery staple
                     */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `invalid_token`: The email link's token is invalid, used or expired */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text" | "invalid_token";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example correct horse battery staple */
                    currentPassword: string;
                    /**
                     * @description 8 to 128 characters (Unicode code points, after NFC normalisation)
                     * @example correct horse battery staple
                     */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revokedSessions: number;
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `wrong_password`: The current password given to confirm an action is incorrect */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected" | "wrong_password";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `concurrent_update`: A concurrent change won (serialization failure, deadlock or a changed row); retry */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "concurrent_update";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    deleteMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `wrong_password`: The current password given to confirm an action is incorrect */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected" | "wrong_password";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessions: components["schemas"]["Session"][];
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    revokeOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    listProjects: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "created" | "updated" | "name";
                order?: "asc" | "desc";
                /** @description A phase of the spec workflow, in order */
                phase?: components["schemas"]["Phase"];
                createdFrom?: string;
                createdTo?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPage"];
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "invalid_text" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProject"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `slug_contended`: Concurrent creates kept taking the project's slug; retry */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "slug_contended";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    getProjectStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        byPhase: {
                            analysis?: number;
                            stack_selection?: number;
                            spec?: number;
                            dependencies?: number;
                            solutioning?: number;
                            done?: number;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProject"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    mergeOrchestrationState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The merged state */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        orchestrationState: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    approveStack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example nextjs_neon_drizzle_betterauth */
                    stackChoice: string;
                };
            };
        };
        responses: {
            /** @description The project */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `wrong_phase`: The approval is only possible in another phase */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "wrong_phase";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    approveDependencies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `wrong_phase`: The approval is only possible in another phase */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "wrong_phase";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    advancePhase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvancePhase"];
            };
        };
        responses: {
            /** @description Advanced */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                        transition: components["schemas"]["PhaseHistoryEntry"];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `phase_mismatch`: The project is not in `expectedPhase` (someone advanced it). `phase_final`: Phase "done" is final. `approval_required`: The phase's gate (stack or dependencies approval) is not met. `concurrent_update`: A concurrent change won (serialization failure, deadlock or a changed row); retry */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "phase_mismatch" | "phase_final" | "approval_required" | "concurrent_update";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    listPhaseHistory: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description History */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PhaseHistoryEntry"][];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    getProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Progress */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currentPhase: components["schemas"]["Phase"];
                        phasesCompleted: components["schemas"]["Phase"][];
                        percentComplete: number;
                        gates: {
                            stack: {
                                approved: boolean;
                                choice: string | null;
                            };
                            dependencies: {
                                approved: boolean;
                            };
                        };
                        phases: {
                            phase: components["schemas"]["Phase"];
                            artifacts: number;
                            validation: {
                                pending: number;
                                pass: number;
                                warn: number;
                                fail: number;
                            };
                            expectedArtifacts: string[];
                            missingArtifacts: string[];
                        }[];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    listArtifacts: {
        parameters: {
            query?: {
                /** @description A phase of the spec workflow, in order */
                phase?: components["schemas"]["Phase"];
                versions?: "latest" | "all";
            };
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Artifacts */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ArtifactMeta"][];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    createArtifact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateArtifact"];
            };
        };
        responses: {
            /** @description Identical to the latest version: nothing stored */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredArtifact"];
                };
            };
            /** @description A new version */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredArtifact"];
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `version_contended`: Concurrent posts of the same artifact kept colliding on the version number; retry */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "version_contended";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    createArtifacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateArtifacts"];
            };
        };
        responses: {
            /** @description One entry per input, in input order; `created` tells new versions from no-ops */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StoredArtifact"][];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `version_contended`: Concurrent posts of the same artifact kept colliding on the version number; retry */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "version_contended";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    getArtifact: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                artifactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The artifact */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        artifact: components["schemas"]["Artifact"];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    recordArtifactValidation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                artifactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtifactValidation"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        artifact: components["schemas"]["ArtifactMeta"];
                    };
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `payload_too_large`: The body (or the state it would produce) exceeds the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unsupported_media_type`: The body is not of the declared content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    exportProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A zip archive */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthorized";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `internal_error`: Unexpected server error (a bug: logged with the request id). `server_misconfigured`: A binding is missing or invalid (operator error). `database_limit_exceeded`: A database request or answer exceeded Neon's size limit (a bug: no route may ask that much) */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal_error" | "server_misconfigured" | "database_limit_exceeded";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "database_unavailable" | "database_timeout";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
}
