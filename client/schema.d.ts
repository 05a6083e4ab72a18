// Generated from /openapi.json by openapi-typescript (npm run generate). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness (no database)
         * @description Answers 200 while the worker runs, without touching the database: for uptime checks and load balancers. Needs no credential.
         */
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
        /**
         * Database reachability: one round trip through the real driver
         * @description Sends one query through the production database driver: 200 when the database answers, 503 when it cannot be reached. Needs no credential.
         */
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
        /**
         * Create an account; signs in and sends a verification email
         * @description Creates the account, signs it in (a new session) and emails a link that verifies the address. Needs an email not yet registered and a password that meets the password rules; rate limited per client and per address.
         */
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
        /**
         * Sign in with email and password
         * @description Checks the email and password and starts a new session, returned as a token and set as the session cookie. Rate limited per client and per address; a wrong email or password answers the same 401.
         */
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
        /**
         * Revoke the current session
         * @description Revokes the session that made the request, so its token and cookie stop working at once. Needs a session (not an API key).
         */
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
        /**
         * Confirm the email address with the token from the verification email
         * @description Marks the account's email address as verified with the single-use token from the verification email. Needs only the token.
         */
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
        /**
         * Send a new verification email to the signed-in user (supersedes the previous link)
         * @description Sends a fresh verification link to the signed-in user; the previous link stops working. Needs a session whose address is not yet verified; rate limited.
         */
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
        /**
         * Email a password reset link (same answer whether or not the account exists)
         * @description Emails a password reset link when the address has an account, and answers the same 202 either way so the answer reveals no account. Needs only the email; rate limited.
         */
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
        /**
         * Set a new password with the token from the reset email; signs out every session
         * @description Sets a new password with the single-use token from the reset email and revokes every session of the account. Needs the token and a password that meets the password rules.
         */
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
        /**
         * Change the password; signs out every other session
         * @description Replaces the password and revokes every other session of the user; the current session stays signed in. Needs a session and the current password.
         */
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
        /**
         * The signed-in user
         * @description Returns the signed-in user's profile. Needs a session.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /**
         * Delete the account and everything it owns (requires the password)
         * @description Deletes the account with its sessions and API keys, and the workspaces it is the only member of (its personal one) with their projects; this cannot be undone. Projects it created in shared workspaces stay there. Refused (409 `last_owner`) while it is the only owner of a workspace others are members of. Needs a session and the account's password.
         */
        delete: operations["deleteMe"];
        options?: never;
        head?: never;
        /**
         * Update the signed-in user's profile
         * @description Changes the signed-in user's display name. Needs a session.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/me/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account's quota use against its limits: projects, artifacts and bytes per project, tokens this month
         * @description Reports the account's use of each quota against its limit, so a client can tell how much it may still create. Needs a session or an API key with `projects:read`.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's active sessions, most recently used first
         * @description Lists the user's active sessions with their client, last use and expiry, marking the current one. Needs a session.
         */
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
        /**
         * Revoke one of the user's sessions (the current one too: that signs out)
         * @description Revokes one session of the signed-in user by id; revoking the current one signs out. Needs a session.
         */
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
        /**
         * Revoke every session of the user except the current one
         * @description Revokes every session of the user except the one making the request, e.g. after a lost device. Needs a session.
         */
        post: operations["revokeOtherSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's API keys (never their secrets), newest first
         * @description Lists the user's API keys with their names, scopes, prefixes and last use; secrets are never shown again. Needs a session.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key (requires the password); the secret is in this answer only
         * @description Creates an API key with the given scopes and lifetime; its secret appears in this answer only. Needs a session and the account's password.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key (it stops working at once)
         * @description Revokes one of the user's API keys; requests made with it fail from then on. Needs a session.
         */
        delete: operations["revokeApiKey"];
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
         * The projects of the signed-in user's workspaces, one keyset page at a time
         * @description Lists the projects of every workspace the user is a member of (`workspaceId`: one of them). Pages are keyed on (sort column, id), so rows inserted while paging are neither skipped nor repeated. `nextCursor` is opaque and only valid with the same sort and order.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project (slug derived from the name, unique per user)
         * @description Creates a project in the first phase, with a slug derived from its name (unique among the projects the user created), in the user's personal workspace or in `workspaceId` (roles there: owner, admin, editor; 403 `insufficient_role` for another role, 404 for a workspace the user is not a member of). Needs a session or an API key with `projects:write`; counts against the projects quota.
         */
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
        /**
         * Project counts per phase and in total
         * @description Counts the user's projects per phase and in total. Needs a session or an API key with `projects:read`.
         */
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
        /**
         * One project, by id or slug
         * @description Returns one of the user's projects, named by its id or its slug, with an ETag for conditional requests. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /**
         * Delete a project with its history and artifacts
         * @description Deletes a project with its phase history, artifacts and runs; this cannot be undone. Needs a session or an API key with `projects:write`. Roles: owner, admin (delete a project).
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Update name, description, idea or GitHub URL (the slug stays)
         * @description Changes the given fields of a project; the slug never changes. Needs a session or an API key with `projects:write`; `If-Match` guards against lost updates. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
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
        /**
         * Merge a JSON object into the orchestration state (top-level keys replaced, atomically)
         * @description Merges the JSON object sent into the project's orchestration state in one statement: each top-level key sent replaces the stored one. Needs a session or an API key with `projects:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        patch: operations["mergeOrchestrationState"];
        trace?: never;
    };
    "/api/projects/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a project to another workspace
         * @description Moves a project, with everything in it, to another workspace; its id and slug stay. The caller must be an owner of both workspaces (403 `insufficient_role` otherwise). Needs a session or an API key with `projects:write`. Roles: owner (move a project to another workspace (the caller must be an owner of both)).
         */
        post: operations["moveProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        /**
         * Approve the stack (only in phase stack_selection)
         * @description Records the caller's approval of the stack (with the chosen technology stack and the versions of the phase's documents); the stack gate is approved once the review policy is met (docs/reviews.md). Needs the project in phase `stack_selection`, the caller an approver under the policy, and a session or an API key with `gates:approve`. Roles: owner, admin, editor, reviewer (approve or withdraw an approval at a gate (the review policy may narrow who counts)).
         */
        post: operations["approveStack"];
        /**
         * Withdraw your approval of the stack
         * @description Withdraws the caller's approval of the stack (only in the gate's phase); the gate's flag is cleared when the policy is no longer met. Needs a session or an API key with `gates:approve`. Roles: owner, admin, editor, reviewer (approve or withdraw an approval at a gate (the review policy may narrow who counts)).
         */
        delete: operations["withdrawStackApproval"];
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
        /**
         * Approve the dependencies (only in phase dependencies)
         * @description Records the caller's approval of the dependencies (with the versions of the phase's documents); the dependencies gate is approved once the review policy is met (docs/reviews.md). Needs the project in phase `dependencies`, the caller an approver under the policy, and a session or an API key with `gates:approve`. Roles: owner, admin, editor, reviewer (approve or withdraw an approval at a gate (the review policy may narrow who counts)).
         */
        post: operations["approveDependencies"];
        /**
         * Withdraw your approval of the dependencies
         * @description Withdraws the caller's approval of the dependencies (only in the gate's phase); the gate's flag is cleared when the policy is no longer met. Needs a session or an API key with `gates:approve`. Roles: owner, admin, editor, reviewer (approve or withdraw an approval at a gate (the review policy may narrow who counts)).
         */
        delete: operations["withdrawDependenciesApproval"];
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
        /**
         * Move to the next phase if still in expectedPhase and its gate is met (atomic, recorded)
         * @description Moves the project to the next phase and records the transition, provided it is still in `expectedPhase` and that phase's gate is met (409 otherwise, with the unmet conditions). Needs a session or an API key with `projects:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
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
        /**
         * Phase transitions, oldest first, optionally within [from, to]
         * @description Lists the project's phase transitions, oldest first, optionally only those within [from, to]. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
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
        /**
         * Current phase, completed phases, gates, artifact counts per phase, percent complete
         * @description Summarises where the project stands: current and completed phases, gates, artifact counts per phase and percent complete. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
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
        /**
         * Artifacts without content: the latest version of each (or every version), optionally of one phase
         * @description Lists the project's artifacts without their content: the latest version of each, or every version, optionally of one phase. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["listArtifacts"];
        put?: never;
        /**
         * Store an artifact: a new version of (phase, name), or the latest one if the content is identical
         * @description Stores a document of a phase as a new version of (phase, name) and validates it; identical content returns the latest version instead (200). Needs a session or an API key with `artifacts:write`; counts against the artifact quotas. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
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
         * @description Answers 201 whether or not any new version was stored. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
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
        /**
         * One artifact with content; `version` picks another version of the same phase and name
         * @description Returns one artifact with its content and validation; `version` picks another version of the same phase and name. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
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
        /**
         * Waive a finding of the server's validation (a review action: the findings themselves never change)
         * @description The owner accepts rule `ruleId` on this artifact (its phase and name, every version) with a reason; the waiver records who and when, and an error-level finding it covers no longer blocks leaving the phase. Waiving the same rule again replaces the reason. The validation result itself is the server's and cannot be set. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        patch: operations["waiveArtifactFinding"];
        trace?: never;
    };
    "/api/projects/{id}/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's requirements of one status (active by default), by id, in keyset pages
         * @description Lists the requirement revisions of PRD.md with the given status (active: the current text of each requirement; superseded; retired), ordered by id. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["listRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/requirements/{reqId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One requirement: every revision, newest first
         * @description Returns every recorded revision of one requirement (active, superseded, retired), newest first. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["getRequirement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's change requests, newest first, in keyset pages
         * @description Lists the project's change requests, newest first, optionally of one status; pages are keyed on (createdAt, id). Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["listChangeRequests"];
        put?: never;
        /**
         * Open a change request: title, rationale and deltas on the PRD's requirements
         * @description Opens a draft change request on a project in spec or later (done included) with ADDED, MODIFIED and REMOVED deltas; MODIFIED and REMOVED name the revision they are based on. Needs a session or an API key with `artifacts:write`; takes an Idempotency-Key. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["createChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/change-requests/{crId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One change request: its deltas, its impact, its review and its history
         * @description Returns the change request with its deltas, what they touch (the latest documents referencing each requirement and the operations, entities, tasks and epics linked to it, each with the reason), its review state under the change_request policy and its history. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["getChangeRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft change request: title, rationale, deltas (replaced)
         * @description Changes a draft's title or rationale and replaces its deltas (validated as when opening). Only drafts are edited. Needs a session or an API key with `artifacts:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        patch: operations["updateChangeRequest"];
        trace?: never;
    };
    "/api/projects/{id}/change-requests/{crId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft change request for review
         * @description Moves a draft to in_review, where approvers under the change_request policy approve or reject it. Needs a session or an API key with `artifacts:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["submitChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/change-requests/{crId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a change request (draft, in review or approved)
         * @description Closes a change request that is not merged, rejected or withdrawn; it is kept, read-only. Needs a session or an API key with `artifacts:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["withdrawChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/change-requests/{crId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a change request in review
         * @description Closes a change request in review as rejected; only a member the change_request policy counts as an approver may. Needs a session or an API key with `gates:approve`. Roles: owner, admin, editor, reviewer (approve or withdraw an approval at a gate (the review policy may narrow who counts)).
         */
        post: operations["rejectChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/change-requests/{crId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a change request in review (the change_request review policy)
         * @description Records the caller's approval of a change request in review, as at a phase gate: the change_request policy says who may approve and how many approvals it takes (the change request's author in place of the project's); when it is met the change request is approved. Needs a session or an API key with `gates:approve`. Roles: owner, admin, editor, reviewer (approve or withdraw an approval at a gate (the review policy may narrow who counts)).
         */
        post: operations["approveChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/change-requests/{crId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge an approved change request: new document versions and requirement revisions, all or nothing
         * @description Applies the deltas to PRD.md (unless PRD.md is proposed), stores every proposed document as its next version, moves the requirement revisions on (MODIFIED: the next revision, the old one superseded; REMOVED: retired with the reason; ADDED: a new requirement) and marks the change request merged, in one batch. Refused with 409 change_conflict when a MODIFIED/REMOVED base revision is no longer the active one (the message names the requirement and the change request that moved it). Reads the PRD in a round trip of its own first. Needs a session or an API key with `artifacts:write`; takes an Idempotency-Key. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["mergeChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/change-requests/{crId}/rebase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebase a change request onto the requirements' active revisions
         * @description Moves every MODIFIED/REMOVED delta's base revision to its requirement's active revision (after another change request or a PRD version moved it). A change request in review or approved goes back to in_review (its approvals count again only if the policy does not make them stale); a draft stays a draft. Refused with 409 requirement_retired when a delta's requirement was retired meanwhile. Needs a session or an API key with `artifacts:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["rebaseChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the project as a zip: project.json, every latest artifact under <phase>/<name>, HANDOFF.md, LLM_CONTEXT.md, traceability.json
         * @description Returns the project as a zip archive: its data, the latest version of every artifact and the hand-off documents. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["exportProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every phase's template (documents, formats, sections, JSON Schemas, rules) and the rule catalog
         * @description Returns every phase's template (documents, formats, sections, JSON Schemas, rules) and the rule catalog. Needs no credential.
         */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{phase}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One phase's template and the rules its documents are checked by
         * @description Returns one phase's template and the rules its documents are checked by. Needs no credential.
         */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/traceability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requirements against API operations, entities, tasks and epics; coverage; cross-artifact findings
         * @description Computed from the latest version of every template document (extra files are not read), in one round trip. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["getTraceability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's generation runs, newest first (at most 100)
         * @description Lists the project's generation runs, newest first (at most 100). Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["listRuns"];
        put?: never;
        /**
         * Start a generation run from the current phase to targetPhase (one active run per project)
         * @description Starts a generation run that drafts the project's documents from the current phase to `targetPhase`; it proceeds in the background (202). Needs a session or an API key with `runs:write`; one active run per project. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["startRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One run: status, phase and artifact it is on, produced versions, tokens, cost, last error
         * @description Returns one generation run: its status, the phase and artifact it is on, the versions it produced, tokens, cost and last error. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/runs/{runId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause the run: it stops before its next step
         * @description Pauses a queued, running or waiting run before its next step; `resume` continues it. Needs a session or an API key with `runs:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["pauseRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/runs/{runId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused run, or one that needs attention (after a person fixed the artifact it named)
         * @description Continues a paused run, or one that needs attention once a person has fixed the artifact it named. Needs a session or an API key with `runs:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["resumeRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/runs/{runId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the run: it writes nothing more
         * @description Stops the run for good: it writes nothing more and cannot be resumed. Needs a session or an API key with `runs:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["cancelRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's own account events (sign-ins, password changes, API keys), newest first
         * @description Lists the caller's account events (those of no workspace: sign-ins, password changes, API keys created and revoked), newest first, in keyset pages. Needs a session.
         */
        get: operations["listMyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's audit log, newest first, one keyset page at a time
         * @description Lists the workspace's audit events (members, approvals, exports, ...), newest first, filtered by action, actor, target and time. Pages are keyed on (createdAt, id); `nextCursor` is opaque. Needs a session. Roles: owner, admin (read and export the audit log).
         */
        get: operations["listWorkspaceAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's audit log as JSON Lines (one event per line, then a trailer line)
         * @description Returns the workspace's audit events matching the filters, newest first, as JSON Lines: one event per line, at most 10000, then one trailer line `{"truncated": bool, "rows": n, "nextCursor": string | null}`; when truncated, pass `nextCursor` as `cursor` to go on. The export is itself recorded (`audit.exported`). Needs a session. Roles: owner, admin (read and export the audit log).
         */
        get: operations["exportWorkspaceAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's comment threads, newest first
         * @description Lists the project's threads, newest first, in keyset pages, optionally of one artifact, status or requirement id. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["listCommentThreads"];
        put?: never;
        /**
         * Open a comment thread on a document version
         * @description Opens a thread on an artifact (document version) of the project, optionally on a requirement id or a line range, with its first comment; `@` + a member's address or handle mentions and mails them. Needs a session or an API key with `projects:write`. Roles: owner, admin, editor, reviewer (open comment threads, reply, resolve and reopen).
         */
        post: operations["createCommentThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/threads/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One thread with a page of its comments, oldest first
         * @description Returns the thread and its comments oldest first, at most `limit` (200) of them; `nextCursor` pages on. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["getCommentThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/threads/{threadId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply in a thread
         * @description Adds a comment to the thread (at most 500 per thread); mentions are mailed as in a new thread. Needs a session or an API key with `projects:write`. Roles: owner, admin, editor, reviewer (open comment threads, reply, resolve and reopen).
         */
        post: operations["replyToCommentThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete your comment (its place in the thread stays)
         * @description Deletes the caller's own comment softly: its body and mentions are erased, `deletedAt` set, its place kept. Needs a session or an API key with `projects:write`; only the author may delete. Roles: owner, admin, editor, reviewer (open comment threads, reply, resolve and reopen).
         */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        /**
         * Edit your comment
         * @description Replaces the body of the caller's own comment (its mentions are read again, and not mailed again); sets `editedAt`. Needs a session or an API key with `projects:write`; only the author may edit. Roles: owner, admin, editor, reviewer (open comment threads, reply, resolve and reopen).
         */
        patch: operations["editComment"];
        trace?: never;
    };
    "/api/projects/{id}/threads/{threadId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a thread
         * @description Marks the thread resolved (a resolved thread stays so). Needs a session or an API key with `projects:write`. Roles: owner, admin, editor, reviewer (open comment threads, reply, resolve and reopen).
         */
        post: operations["resolveCommentThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/threads/{threadId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a thread
         * @description Reopens a resolved thread (at most 1000 open per project). Needs a session or an API key with `projects:write`. Roles: owner, admin, editor, reviewer (open comment threads, reply, resolve and reopen).
         */
        post: operations["reopenCommentThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user's notification mail settings, per kind
         * @description Returns which kinds of notification mail the signed-in user receives. Needs a session.
         */
        get: operations["getNotificationSettings"];
        /**
         * Opt in to or out of kinds of notification mail
         * @description Turns the named kinds of notification mail on (true) or off (false); kinds not named stay as they are. Needs a session.
         */
        put: operations["updateNotificationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unsubscribe from one kind of notification mail (one-click, by the mail's token)
         * @description The one-click unsubscribe of a notification mail (RFC 8058: mail clients POST `List-Unsubscribe=One-Click` to the `List-Unsubscribe` URL): opts the token's user out of the token's kind of mail. Needs no sign-in: the token is signed by the server and names only that opt-out; repeating it changes nothing.
         */
        post: operations["unsubscribeNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's webhook subscriptions, newest first, one keyset page at a time
         * @description Lists the workspace's webhook subscriptions (never their secrets). Needs a session. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to event types; the signing secret is in this answer only
         * @description Creates a webhook subscription: events of the listed types are POSTed to the https URL, signed per Standard Webhooks. At most 20 per workspace. Needs a session. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook subscription (never its secret)
         * @description Returns one of the workspace's webhook subscriptions, without its secret. Needs a session. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription and its delivery log
         * @description Deletes a webhook subscription; its pending deliveries are dropped with it. Needs a session. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook's URL, event types or active flag
         * @description Changes a webhook subscription; an inactive one gets no new events and its pending deliveries wait. Needs a session. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New signing secret (shown once); the old one keeps signing for 24 h
         * @description Replaces the webhook's signing secret. For 24 hours deliveries carry a signature with each secret (space-separated in webhook-signature), so the receiver can switch without losing events. Needs a session. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook's delivery log, newest first, one keyset page at a time
         * @description Lists a webhook's deliveries with their status, attempts, last status code and error, optionally of one status. Needs a session. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again (same webhook-id), from its first attempt
         * @description Makes a delivery pending again, due now, with its attempts reset; it keeps its webhook-id, so a receiver can tell a repeat. Needs a session. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/review-policies/{gate}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's review policy at a gate
         * @description Returns the workspace's review policy at a gate, or the default when it has none. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["getWorkspaceReviewPolicy"];
        /**
         * Set the workspace's review policy at a gate
         * @description Sets the workspace's review policy at a gate (its projects without an override follow it). Needs a session or an API key with `projects:write`. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        put: operations["putWorkspaceReviewPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/review-policies/{gate}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's effective review policy at a gate
         * @description Returns the project's effective review policy at a gate (its override, else its workspace's, else the default) and where it comes from. Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["getProjectReviewPolicy"];
        /**
         * Override the review policy of one project at a gate
         * @description Sets the project's own review policy at a gate, overriding its workspace's. Needs a session or an API key with `projects:write`. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        put: operations["putProjectReviewPolicy"];
        post?: never;
        /**
         * Remove the project's review policy override at a gate
         * @description Removes the project's override at a gate and returns the policy that applies now. Needs a session or an API key with `projects:write`. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        delete: operations["deleteProjectReviewPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approvals at a gate and the gate's review status
         * @description Lists the approvals given at a gate, newest first, each with whether it is stale and counts, and the gate's review status (have N of M, what is missing). Needs a session or an API key with `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/stack/request-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request reviews of the stack
         * @description Asks for reviews at the stack gate (in its phase): mails every member who may approve under the project's policy, but the caller and those who opted out of review requests, and sends the `review.requested` webhook event. Needs a session or an API key with `projects:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["requestStackReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/dependencies/request-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request reviews of the dependencies
         * @description Asks for reviews at the dependencies gate (in its phase): mails every member who may approve under the project's policy, but the caller and those who opted out of review requests, and sends the `review.requested` webhook event. Needs a session or an API key with `projects:write`. Roles: owner, admin, editor (change a project: edit it, upload documents, waive findings, run generation, advance phases).
         */
        post: operations["requestDependenciesReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's workspaces, with the caller's role in each
         * @description Lists the workspaces the caller is a member of, oldest first, one keyset page at a time. Needs `projects:read`.
         */
        get: operations["listWorkspaces"];
        put?: never;
        /**
         * Create a workspace (the caller becomes its owner)
         * @description Creates a shared workspace with the caller as its only member and owner. Needs `projects:write`.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One workspace, with the caller's role
         * @description Returns a workspace the caller is a member of. Needs `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        /**
         * Delete a workspace with its projects
         * @description Deletes a shared workspace with its projects, members and invitations; this cannot be undone. A personal workspace cannot be deleted (409 `personal_workspace`). Needs `projects:write`. Roles: owner (delete the workspace).
         */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        /**
         * Rename a workspace
         * @description Changes the workspace's name. Needs `projects:write`. Roles: owner, admin (rename the workspace, set review policies, manage webhooks).
         */
        patch: operations["renameWorkspace"];
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's members and their roles
         * @description Lists the members by joining time, one keyset page at a time. Needs `projects:read`. Roles: owner, admin, editor, reviewer, viewer (read the workspace's projects, documents, runs, comments and exports).
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member, or leave the workspace
         * @description Removes a member (roles: owner, admin; only an owner removes an owner), or, with the caller's own id, leaves the workspace (any role). The last owner cannot leave or be removed (409 `last_owner`). Needs `projects:write`.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Gives a member another role. Only an owner grants owner or changes an owner's role (403 `insufficient_role`); the last owner cannot be demoted (409 `last_owner`). Needs `projects:write`. Roles: owner, admin (invite, remove and re-role members (only an owner grants owner)).
         */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's open invitations
         * @description Lists the invitations neither accepted, revoked nor expired, oldest first. Needs `projects:read`. Roles: owner, admin (invite, remove and re-role members (only an owner grants owner)).
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone by email
         * @description Mails a link to join the workspace with the given role, valid 7 days; only its token's hash is stored. Only an owner invites an owner. At most 100 open invitations per workspace. Needs `projects:write`. Roles: owner, admin (invite, remove and re-role members (only an owner grants owner)).
         */
        post: operations["inviteMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an invitation
         * @description Makes an unanswered invitation's link stop working. Needs `projects:write`. Roles: owner, admin (invite, remove and re-role members (only an owner grants owner)).
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation (join the workspace)
         * @description Joins the invitation's workspace with its role. Only an account whose verified email is the invited address may (403 `invitation_email_mismatch`); an accepted, revoked or expired invitation answers 410 `invitation_closed`. Needs a session.
         */
        post: operations["acceptInvitation"];
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
                code: "validation_failed" | "bad_request" | "invalid_cursor" | "invalid_token" | "invalid_text" | "common_password" | "unauthorized" | "invalid_credentials" | "forbidden" | "csrf_rejected" | "insufficient_scope" | "insufficient_role" | "email_unverified" | "wrong_password" | "quota_exceeded" | "not_found" | "invitation_not_found" | "invitation_email_mismatch" | "invitation_closed" | "personal_workspace" | "last_owner" | "already_member" | "invitation_pending" | "too_many_invitations" | "method_not_allowed" | "conflict" | "concurrent_update" | "slug_contended" | "version_contended" | "artifact_name_conflict" | "email_taken" | "already_verified" | "approval_not_allowed" | "wrong_phase" | "stack_not_offered" | "phase_mismatch" | "phase_final" | "gate_failed" | "finding_not_found" | "run_active" | "run_limit_reached" | "run_state" | "change_request_phase" | "change_request_state" | "invalid_delta" | "change_conflict" | "requirement_retired" | "approval_required" | "idempotency_key_in_use" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "invalid_reference" | "idempotency_key_reused" | "webhook_url_not_allowed" | "invalid_value" | "rate_limited" | "internal_error" | "database_limit_exceeded" | "server_misconfigured" | "database_unavailable" | "database_timeout" | "server_busy";
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
        /** @description Use of each quota (docs/quotas.md); byProject oldest first; generation tokens of `month` (its first day, UTC), spent and reserved by active runs */
        Usage: {
            projects: components["schemas"]["QuotaUse"];
            byProject: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                artifacts: components["schemas"]["QuotaUse"];
                bytes: components["schemas"]["QuotaUse"];
            }[];
            generationTokens: {
                /** Format: date */
                month: string;
                used: number;
                reserved: number;
                limit: number;
            };
        };
        QuotaUse: {
            used: number;
            limit: number;
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
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters of the secret, to tell keys apart */
            prefix: string;
            scopes: components["schemas"]["ApiKeyScope"][];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Updated at most every 5 minutes
             */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
        };
        /**
         * @description projects:read (read projects, progress, history, artifacts, export), projects:write (create, update, delete projects, advance phases), artifacts:write (store artifacts, record validation), gates:approve (the human approval gates: stack and dependencies), runs:write (start, pause, resume and cancel generation runs; reading runs is projects:read)
         * @enum {string}
         */
        ApiKeyScope: "projects:read" | "projects:write" | "artifacts:write" | "gates:approve" | "runs:write";
        Project: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The workspace whose members may see and change it, by role
             */
            workspaceId: string;
            slug: string;
            name: string;
            description: string;
            idea: string;
            currentPhase: components["schemas"]["Phase"];
            phasesCompleted: components["schemas"]["Phase"][];
            stackChoice: string | null;
            stackApproved: boolean;
            /** @description Why the stack was approved though it is not an option of the stack scorecard (null when it is) */
            stackOverrideReason: string | null;
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
            /** @example https://github.com/acme/app */
            githubRepoUrl?: string | null;
        };
        ReviewStatus: {
            met: boolean;
            /** @description Approvals that count now */
            have: number;
            required: number;
            openBlockingThreads: number;
            /**
             * @description What the gate still misses, in words
             * @example [
             *       "1 of 2 approvals; approvers: reviewer, admin",
             *       "1 blocking thread open"
             *     ]
             */
            missing: string[];
            policy: components["schemas"]["ReviewPolicy"];
            /** @enum {string} */
            source: "project" | "workspace" | "default";
        };
        ReviewPolicy: {
            requiredApprovals: number;
            approverRoles: ("owner" | "admin" | "editor" | "reviewer" | "viewer")[];
            approverUserIds: string[];
            allowAuthor: boolean;
            staleOnNewVersion: boolean;
            requireResolvedBlocking: boolean;
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
            /** @description Leaving stack_selection: the reason the stack was approved off the scorecard's options */
            stackOverrideReason: string | null;
            /** Format: uuid */
            transitionedBy: string | null;
            /** Format: date-time */
            transitionedAt: string;
        };
        TraceCoverage: {
            operations: {
                covered: number;
                total: number;
                /** @description 0..100, one decimal; 100 when there is nothing to cover */
                percent: number;
                /** @description false while the covering document does not exist */
                applicable: boolean;
            };
            entities: {
                covered: number;
                total: number;
                /** @description 0..100, one decimal; 100 when there is nothing to cover */
                percent: number;
                /** @description false while the covering document does not exist */
                applicable: boolean;
            };
            tasks: {
                covered: number;
                total: number;
                /** @description 0..100, one decimal; 100 when there is nothing to cover */
                percent: number;
                /** @description false while the covering document does not exist */
                applicable: boolean;
            };
            epics: {
                covered: number;
                total: number;
                /** @description 0..100, one decimal; 100 when there is nothing to cover */
                percent: number;
                /** @description false while the covering document does not exist */
                applicable: boolean;
            };
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
            /** @description What this version contributes to the cross-document checks, extracted on write (docs/spec-engine.md, Gates): requirement ids it defines (PRD.md), its tasks reference (tasks.md) or it names anywhere (refs); links by requirement id (api-spec.json, data-model.md, tasks.md, epics.md) or declared (traceability.json); dependencies (dependency-proposal.json) and components (sbom.json) as name@version */
            traceIds: {
                defines?: string[];
                tasks?: string[];
                refs?: string[];
                links?: {
                    [key: string]: string[];
                };
                declares?: {
                    [key: string]: string[];
                };
                dependencies?: string[];
                components?: string[];
            };
            /** @description The requirement revisions this version was built on: requirement id to its revision when the version was stored (docs/change-requests.md) */
            requirementRevisions: {
                [key: string]: number;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        ValidationStatus: "pending" | "pass" | "warn" | "fail";
        /**
         * @description A finding of the server's validation of an artifact version (or of the documents together)
         * @example {
         *       "ruleId": "section-missing",
         *       "severity": "error",
         *       "message": "missing section \"## Success Metrics\"",
         *       "location": {
         *         "phase": "analysis",
         *         "artifact": "project-brief.md"
         *       }
         *     }
         */
        ValidationFinding: {
            /** @description A rule of GET /api/templates (`rules`) */
            ruleId: string;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            message: string;
            location: {
                phase: components["schemas"]["Phase"];
                artifact: string;
                /** @description 1-based line (Markdown) */
                line?: number;
                /** @description JSON Pointer (JSON documents) */
                pointer?: string;
            };
        };
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
        Waiver: {
            phase: components["schemas"]["Phase"];
            artifactName: string;
            ruleId: string;
            reason: string;
            /** Format: uuid */
            waivedBy: string | null;
            /** Format: date-time */
            waivedAt: string;
        };
        WaiveFinding: {
            /** @example section-empty */
            ruleId: string;
            /** @example The scope is settled in the brief; nothing to add */
            reason: string;
        };
        RequirementPage: {
            items: components["schemas"]["Requirement"][];
            nextCursor: string | null;
        };
        Requirement: {
            /**
             * @description A requirement id of PRD.md (`REQ-<AREA>-<nnn>`)
             * @example REQ-AUTH-001
             */
            reqId: string;
            /** @description 1 for the first text recorded, then one more per change */
            revision: number;
            title: string;
            /** @description The requirement's text, its acceptance excluded */
            body: string;
            /** @description The text after `Acceptance:` (empty when none) */
            acceptance: string;
            /** @description SHA-256 of title, body and acceptance */
            contentHash: string;
            /** @enum {string} */
            status: "active" | "superseded" | "retired";
            retiredReason: string | null;
            /**
             * Format: uuid
             * @description The PRD.md version that recorded this revision
             */
            artifactId: string | null;
            /**
             * Format: uuid
             * @description The change request whose merge made it
             */
            changeRequestId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ChangeRequest: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** @description Per project, from 1 (CR-<number>) */
            number: number;
            title: string;
            rationale: string;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "merged" | "rejected" | "withdrawn";
            /** Format: uuid */
            authorId: string | null;
            /** Format: uuid */
            mergedBy: string | null;
            /** Format: date-time */
            mergedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DeltaRecord: {
            position: number;
            /** @enum {string} */
            kind: "added" | "modified" | "removed";
            reqId: string;
            baseRevision: number | null;
            title: string | null;
            body: string | null;
            acceptance: string | null;
            reason: string | null;
        };
        /**
         * @example {
         *       "title": "Log out everywhere",
         *       "rationale": "Members share devices.",
         *       "deltas": [
         *         {
         *           "kind": "modified",
         *           "reqId": "REQ-AUTH-002",
         *           "baseRevision": 1,
         *           "title": "Log in and log out everywhere",
         *           "body": "A member logs in with email and password and can log out of every device at once.",
         *           "acceptance": "after logging out everywhere, none of the member's sessions works."
         *         }
         *       ]
         *     }
         */
        CreateChangeRequest: {
            /** @description What the change is, in one line */
            title: string;
            /** @description Why the change is wanted (empty when omitted) */
            rationale?: string;
            /** @description The deltas, at most 50, at most one per requirement */
            deltas: components["schemas"]["Delta"][];
        };
        Delta: {
            /**
             * @description A new requirement
             * @enum {string}
             */
            kind: "added";
            /**
             * @description A requirement id of PRD.md (`REQ-<AREA>-<nnn>`)
             * @example REQ-AUTH-001
             */
            reqId: string;
            /** @description The requirement's title (one line) */
            title: string;
            /** @description Its text, without the acceptance */
            body: string;
            /** @description Its acceptance criteria (written after `Acceptance:`); none when omitted */
            acceptance?: string;
        } | {
            /**
             * @description New text for an existing requirement
             * @enum {string}
             */
            kind: "modified";
            /**
             * @description A requirement id of PRD.md (`REQ-<AREA>-<nnn>`)
             * @example REQ-AUTH-001
             */
            reqId: string;
            /** @description The revision the new text replaces */
            baseRevision: number;
            /** @description The requirement's new title (one line) */
            title: string;
            /** @description Its new text, without the acceptance */
            body: string;
            /** @description Its new acceptance criteria; none when omitted */
            acceptance?: string;
        } | {
            /**
             * @description An existing requirement taken out (retired)
             * @enum {string}
             */
            kind: "removed";
            /**
             * @description A requirement id of PRD.md (`REQ-<AREA>-<nnn>`)
             * @example REQ-AUTH-001
             */
            reqId: string;
            /** @description The revision being removed */
            baseRevision: number;
            /** @description Why it is removed (kept with the retired revision) */
            reason: string;
        };
        ChangeRequestPage: {
            items: components["schemas"]["ChangeRequest"][];
            nextCursor: string | null;
        };
        ChangeRequestDetail: {
            changeRequest: components["schemas"]["ChangeRequest"];
            deltas: components["schemas"]["DeltaRecord"][];
            impact: components["schemas"]["ChangeImpact"];
            review: {
                requiredApprovals: number;
                /** @description Approvals that count under the policy */
                have: number;
                met: boolean;
                /** @description Where the policy comes from: project, workspace or default */
                source: string;
            };
            events: {
                /** @enum {string} */
                kind: "opened" | "edited" | "submitted" | "approved" | "rejected" | "withdrawn" | "rebased" | "merged";
                /** Format: uuid */
                actorId: string | null;
                detail: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                createdAt: string;
            }[];
        };
        ChangeImpact: {
            documents: {
                /** @enum {string} */
                phase: "analysis" | "stack_selection" | "spec" | "dependencies" | "solutioning" | "done";
                name: string;
                /** Format: uuid */
                artifactId: string | null;
                version: number | null;
                reasons: {
                    reqId: string;
                    /** @enum {string} */
                    via: "defines" | "references" | "link";
                }[];
            }[];
            items: {
                /** @enum {string} */
                kind: "operations" | "entities" | "tasks" | "epics";
                /** @description The operation (`METHOD /path`), entity, task or epic */
                id: string;
                /** @description The document that links it */
                document: string;
                reasons: {
                    reqId: string;
                    /** @enum {string} */
                    via: "defines" | "references" | "link";
                }[];
            }[];
            /** @description More than 2000 rows: the list is cut */
            truncated: boolean;
        };
        /**
         * @example {
         *       "title": "Log out of every device"
         *     }
         */
        UpdateChangeRequest: {
            /** @description A new title */
            title?: string;
            /** @description A new rationale */
            rationale?: string;
            /** @description The deltas, replacing all of them */
            deltas?: components["schemas"]["Delta"][];
        };
        PhaseTemplate: {
            phase: components["schemas"]["Phase"];
            agent: string;
            description: string;
            artifacts: components["schemas"]["ArtifactTemplate"][];
            /** @enum {string} */
            approval?: "stack_approved" | "dependencies_approved";
        };
        ArtifactTemplate: {
            phase: components["schemas"]["Phase"];
            name: string;
            /** @enum {string} */
            format: "markdown" | "json";
            description: string;
            /** @description Rule ids run on the document (see `rules`) */
            rules: string[];
            /** @description Markdown: the YAML frontmatter keys */
            frontmatter?: {
                key: string;
                /** @enum {string} */
                type: "string" | "number" | "string[]";
                description: string;
                enum?: string[];
            }[];
            /** @description Markdown: the required sections */
            sections?: {
                title: string;
                level: number;
                description: string;
                minSubsections?: number;
            }[];
            /** @description JSON: the document's JSON Schema, as a JSON Schema document */
            schema?: {
                [key: string]: unknown;
            };
        };
        ValidationRule: {
            id: string;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            /** @enum {string} */
            scope: "artifact" | "project";
            description: string;
        };
        Traceability: {
            requirements: {
                id: string;
                title: string;
                line: number;
                operations: {
                    id: string;
                    phase: components["schemas"]["Phase"];
                    artifact: string;
                }[];
                entities: {
                    id: string;
                    phase: components["schemas"]["Phase"];
                    artifact: string;
                }[];
                tasks: {
                    id: string;
                    phase: components["schemas"]["Phase"];
                    artifact: string;
                }[];
                epics: {
                    id: string;
                    phase: components["schemas"]["Phase"];
                    artifact: string;
                }[];
                covered: boolean;
            }[];
            coverage: components["schemas"]["TraceCoverage"];
            uncovered: string[];
            undefinedReferences: {
                id: string;
                phase: components["schemas"]["Phase"];
                artifact: string;
                line: number;
            }[];
            findings: components["schemas"]["ValidationFinding"][];
            threshold: number;
            /** @description Project quality score, 0..100 (docs/spec-engine.md) */
            score: number;
        };
        GenerationRun: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** @enum {string} */
            status: "queued" | "running" | "waiting_for_approval" | "needs_attention" | "paused" | "completed" | "failed" | "cancelled";
            targetPhase: components["schemas"]["Phase"];
            /**
             * @description The phase it is on (null before the first step)
             * @enum {string|null}
             */
            phase: "analysis" | "stack_selection" | "spec" | "dependencies" | "solutioning" | "done" | null;
            /** @description The artifact it is drafting or waiting on */
            artifact: string | null;
            produced: {
                phase: components["schemas"]["Phase"];
                name: string;
                version: number;
            }[];
            tokensIn: number;
            tokensOut: number;
            /** @description USD so far, from the model's price (numeric(12,6)) */
            costUsd: number;
            tokenBudget: number;
            lastError: {
                code: string;
                message: string;
                artifact?: string;
                findings?: unknown[];
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
        };
        /**
         * @example {
         *       "targetPhase": "done"
         *     }
         */
        StartRun: {
            targetPhase?: components["schemas"]["Phase"] & unknown;
            /** @description Tokens (in + out) the run may spend; default GENERATION_TOKEN_BUDGET. More than GENERATION_MAX_TOKEN_BUDGET is refused (400); the run gets at most what the account's month has left (GENERATION_MONTHLY_TOKENS) */
            tokenBudget?: number;
        };
        AuditPage: {
            items: components["schemas"]["AuditEvent"][];
            nextCursor: string | null;
        };
        AuditEvent: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Null for account events (sign-in, password...)
             */
            workspaceId: string | null;
            /**
             * Format: uuid
             * @description Who acted; null once that user is deleted
             */
            actorUserId: string | null;
            /**
             * Format: uuid
             * @description The API key the actor used, if any
             */
            actorKeyId: string | null;
            /** @example api_key.created */
            action: string;
            targetType: string | null;
            targetId: string | null;
            /** @description The request's X-Request-Id */
            requestId: string | null;
            /** @description The client's address (cf-connecting-ip) */
            ip: string | null;
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
        };
        CommentThread: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            artifactId: string;
            requirementId: string | null;
            lineStart: number | null;
            lineEnd: number | null;
            /** @description Must be resolved before a gate whose review policy asks it */
            blocking: boolean;
            /** @enum {string} */
            status: "open" | "resolved";
            /** Format: uuid */
            createdBy: string | null;
            /** Format: uuid */
            resolvedBy: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Comment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            threadId: string;
            /** Format: uuid */
            authorId: string | null;
            /** @description Empty once deleted */
            body: string;
            /** @description The members @-mentioned (user ids) */
            mentions: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            editedAt: string | null;
            /** Format: date-time */
            deletedAt: string | null;
        };
        /** @description Per kind of notification mail: true when the user receives it (the default), false once opted out */
        NotificationSettings: {
            invitation: boolean;
            review_request: boolean;
            mention: boolean;
            decision: boolean;
        };
        /**
         * @description invitation (invited to a workspace), review_request (asked to review), mention (@-mentioned in a comment), decision (a review decision on your project)
         * @enum {string}
         */
        NotificationKind: "invitation" | "review_request" | "mention" | "decision";
        WebhookPage: {
            items: components["schemas"]["Webhook"][];
            nextCursor: string | null;
        };
        Webhook: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workspaceId: string;
            url: string;
            eventTypes: components["schemas"]["WebhookEventType"][];
            active: boolean;
            /**
             * Format: date-time
             * @description Until then the secret before the last rotation still signs deliveries, next to the new one
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        WebhookEventType: "member.invited" | "member.added" | "member.removed" | "member.role_changed" | "review.requested" | "approval.given" | "approval.withdrawn" | "gate.passed" | "comment.created" | "comment.resolved" | "artifact.created" | "change_request.merged";
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            nextCursor: string | null;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** @description The `webhook-id` header: the same on every attempt and redelivery */
            eventId: string;
            eventType: string;
            payload: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            /**
             * Format: date-time
             * @description When a pending delivery is next sent
             */
            nextAttemptAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ReviewPolicyAnswer: {
            /** @enum {string} */
            gate: "stack" | "dependencies" | "change_request";
            policy: components["schemas"]["ReviewPolicy"];
            /** @enum {string} */
            source: "project" | "workspace" | "default";
        };
        Approval: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
            /** @description `phase/name` -> content hash of each latest document of the gate's phase when approving */
            versionHashes: {
                [key: string]: string;
            };
            /** @description A document of the phase changed since (or was added) */
            stale: boolean;
            /** @description Counts towards the policy now (not withdrawn, approver qualifies, not stale where that matters) */
            counts: boolean;
        };
        ReviewRequest: {
            /** @description A line for the reviewers, in the mail */
            note?: string;
        };
        Workspace: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The user's own workspace, created with the account */
            personal: boolean;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description A member's role (docs/workspaces.md)
         * @enum {string}
         */
        Role: "owner" | "admin" | "editor" | "reviewer" | "viewer";
        WorkspacePage: {
            items: components["schemas"]["Workspace"][];
            nextCursor: string | null;
        };
        MemberPage: {
            items: components["schemas"]["Member"][];
            nextCursor: string | null;
        };
        Member: {
            /** Format: uuid */
            userId: string;
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            joinedAt: string;
        };
        Invitation: {
            /** Format: uuid */
            id: string;
            email: string;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        InvitationPage: {
            items: components["schemas"]["Invitation"][];
            nextCursor: string | null;
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
        /** @description The Bearer challenge (RFC 6750 §3): `Bearer realm="spec-drive"`, followed by `, error="invalid_token"` when the request sent a Bearer token that was refused (unknown, expired, revoked, malformed, or an API key where only a session is taken) */
        "WWW-Authenticate": string;
        /** @description The session cookie `__Host-session` (HttpOnly, Secure, SameSite=Lax): set by sign-in, cleared by sign-out, refreshed when a cookie session slides forward */
        "Set-Cookie": string;
        /** @description `attachment; filename="<slug>.zip"` */
        "Content-Disposition": string;
        /** @description A strong entity tag of the representation: send it back as If-None-Match (304 when unchanged) or, where the operation takes it, as If-Match on a write (412 when the resource changed since) */
        ETag: string;
        /** @description `true` on a response replayed for a repeated Idempotency-Key (the first response, as it was) */
        "Idempotent-Replayed": "true";
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text";
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `common_password`: The new password is among the most common passwords (a published list); choose another */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request" | "common_password";
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
            /** @description Body over 16384 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry. `server_busy`: Too many password checks queued on this server (a login burst); retry after `Retry-After` */
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
                            code?: "database_unavailable" | "database_timeout" | "server_busy";
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
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
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description Body over 16384 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry. `server_busy`: Too many password checks queued on this server (a login burst); retry after `Retry-After` */
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
                            code?: "database_unavailable" | "database_timeout" | "server_busy";
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description Body over 16384 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_token`: The email link's token is invalid, used or expired */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request" | "invalid_token";
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
            /** @description Body over 16384 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
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
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description Body over 16384 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
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
            /** @description Body over 16384 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `invalid_token`: The email link's token is invalid, used or expired. `common_password`: The new password is among the most common passwords (a published list); choose another */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request" | "invalid_token" | "common_password";
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
            /** @description Body over 16384 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry. `server_busy`: Too many password checks queued on this server (a login burst); retry after `Retry-After` */
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
                            code?: "database_unavailable" | "database_timeout" | "server_busy";
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON. `common_password`: The new password is among the most common passwords (a published list); choose another */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request" | "common_password";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description Body over 16384 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry. `server_busy`: Too many password checks queued on this server (a login burst); retry after `Retry-After` */
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
                            code?: "database_unavailable" | "database_timeout" | "server_busy";
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `last_owner`: The workspace's last owner cannot leave, be removed or be demoted: make another member owner first */
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
                            code?: "last_owner";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `database_unavailable`: The database is unavailable; retry. `database_timeout`: The database did not answer in time; retry. `server_busy`: Too many password checks queued on this server (a login burst); retry after `Retry-After` */
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
                            code?: "database_unavailable" | "database_timeout" | "server_busy";
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    getUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        usage: components["schemas"]["Usage"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
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
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them) */
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
                            code?: "insufficient_scope";
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keys */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: components["schemas"]["ApiKey"][];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
    createApiKey: {
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
                    scopes: components["schemas"]["ApiKeyScope"][];
                    /** @default 90 */
                    expiresInDays?: number | null;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Created: `secret` is shown once; store it now */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: components["schemas"]["ApiKey"];
                        /** @example sd_Xz… */
                        secret: string;
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `wrong_password`: The current password given to confirm an action is incorrect. `email_unverified`: The account's email address is not verified (the signup mail's link; POST /api/auth/verify-email/resend sends another): needed to start runs and create API keys */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected" | "wrong_password" | "email_unverified";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `conflict`: Conflicts with an existing resource */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "conflict";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 4096 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            429: components["responses"]["RateLimited"];
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
    revokeApiKey: {
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
                /** @description Only the projects of this workspace */
                workspaceId?: string;
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPage"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
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
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them) */
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
                            code?: "insufficient_scope";
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
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (e.g. a UUID), kept 24 h per user: the same key with the same request replays the first response (also after a lost reply); with another request 422 `idempotency_key_reused`. A refused request (4xx) records nothing: its retry is judged afresh */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    description?: string;
                    /** @default  */
                    idea?: string;
                    /**
                     * Format: uuid
                     * @description The workspace to create it in (a role there that may create projects); default: your personal one
                     */
                    workspaceId?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `quota_exceeded`: The write would exceed an account quota (projects, artifacts or bytes per project, or the month's generation tokens; `issues` names it); nothing was written. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "quota_exceeded" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `slug_contended`: Concurrent creates kept taking the project's slug; retry. `idempotency_key_in_use`: The request with this Idempotency-Key has no answer to replay (its key expired meanwhile, or was claimed by an earlier server version); retry after `Retry-After` */
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
                            code?: "slug_contended" | "idempotency_key_in_use";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 262144 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with another request (method, path or body); nothing was done */
            422: {
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
                            code?: "idempotency_key_reused";
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
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
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them) */
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
                            code?: "insufficient_scope";
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
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags from earlier answers (at most 32): 304 without a body when one is the current ETag */
                "If-None-Match"?: string;
            };
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag (no body) */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    deleteProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this write was based on (strong comparison; a list of at most 32 matches if any does): 412 `precondition_failed` if it changed since */
                "If-Match"?: string;
            };
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `precondition_failed`: If-Match names none of the resource's current ETags: it changed since it was read; nothing was written */
            412: {
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
                            code?: "precondition_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this write was based on (strong comparison; a list of at most 32 matches if any does): 412 `precondition_failed` if it changed since */
                "If-Match"?: string;
            };
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `precondition_failed`: If-Match names none of the resource's current ETags: it changed since it was read; nothing was written */
            412: {
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
                            code?: "precondition_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 262144 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 16384 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    moveProject: {
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
                    /**
                     * Format: uuid
                     * @description The workspace to move it to
                     */
                    workspaceId: string;
                };
            };
        };
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    approveStack: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (e.g. a UUID), kept 24 h per user: the same key with the same request replays the first response (also after a lost reply); with another request 422 `idempotency_key_reused`. A refused request (4xx) records nothing: its retry is judged afresh */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The `id` of one of the options of the project's stack scorecard (stack_selection/stack-scorecard.json, latest version)
                     * @example nextjs_neon_drizzle_betterauth
                     */
                    stackChoice: string;
                    /**
                     * @description Approve a stack that is not a scorecard option: the reason is kept on the project and in the history of leaving stack_selection
                     * @example {
                     *       "reason": "The client's hosting contract requires it"
                     *     }
                     */
                    override?: {
                        reason: string;
                    };
                };
            };
        };
        responses: {
            /** @description The project, and the gate's review status after this approval (`review.met`: the gate's approval is given) */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                        review: components["schemas"]["ReviewStatus"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `approval_not_allowed`: The gate's review policy does not count the caller as an approver (not among its roles or named members, or the project's author where the policy excludes them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "approval_not_allowed" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `wrong_phase`: The approval is only possible in another phase. `idempotency_key_in_use`: The request with this Idempotency-Key has no answer to replay (its key expired meanwhile, or was claimed by an earlier server version); retry after `Retry-After` */
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
                            code?: "wrong_phase" | "idempotency_key_in_use";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `stack_not_offered`: The stackChoice is not an option of the project's stack scorecard (the message names them) and the request has no override; nothing was recorded. `idempotency_key_reused`: This Idempotency-Key was used with another request (method, path or body); nothing was done */
            422: {
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
                            code?: "stack_not_offered" | "idempotency_key_reused";
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
    withdrawStackApproval: {
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
            /** @description Withdrawn */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        withdrawn: string;
                        status: components["schemas"]["ReviewStatus"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    approveDependencies: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (e.g. a UUID), kept 24 h per user: the same key with the same request replays the first response (also after a lost reply); with another request 422 `idempotency_key_reused`. A refused request (4xx) records nothing: its retry is judged afresh */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project, and the gate's review status after this approval (`review.met`: the gate's approval is given) */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                        review: components["schemas"]["ReviewStatus"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `approval_not_allowed`: The gate's review policy does not count the caller as an approver (not among its roles or named members, or the project's author where the policy excludes them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "approval_not_allowed" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `wrong_phase`: The approval is only possible in another phase. `idempotency_key_in_use`: The request with this Idempotency-Key has no answer to replay (its key expired meanwhile, or was claimed by an earlier server version); retry after `Retry-After` */
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
                            code?: "wrong_phase" | "idempotency_key_in_use";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with another request (method, path or body); nothing was done */
            422: {
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
                            code?: "idempotency_key_reused";
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
    withdrawDependenciesApproval: {
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
            /** @description Withdrawn */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        withdrawn: string;
                        status: components["schemas"]["ReviewStatus"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    advancePhase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this write was based on (strong comparison; a list of at most 32 matches if any does): 412 `precondition_failed` if it changed since */
                "If-Match"?: string;
                /** @description A client-chosen key (e.g. a UUID), kept 24 h per user: the same key with the same request replays the first response (also after a lost reply); with another request 422 `idempotency_key_reused`. A refused request (4xx) records nothing: its retry is judged afresh */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expectedPhase: components["schemas"]["Phase"];
                    /** @default [] */
                    artifactsGenerated?: string[];
                    validationPassed?: boolean;
                    tokensUsed?: number;
                    costEstimateUsd?: number;
                };
            };
        };
        responses: {
            /** @description Advanced */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `phase_mismatch`: The project is not in `expectedPhase` (someone advanced it). `phase_final`: Phase "done" is final. `approval_required`: The phase's gate (stack or dependencies approval) is not met. `gate_failed`: Leaving the phase is refused: required artifacts missing or failing, or task coverage below the threshold; `issues` lists each (path `<phase>/<artifact>`). `concurrent_update`: A concurrent change won (serialization failure, deadlock or a changed row); retry. `idempotency_key_in_use`: The request with this Idempotency-Key has no answer to replay (its key expired meanwhile, or was claimed by an earlier server version); retry after `Retry-After` */
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
                            code?: "phase_mismatch" | "phase_final" | "approval_required" | "gate_failed" | "concurrent_update" | "idempotency_key_in_use";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `precondition_failed`: If-Match names none of the resource's current ETags: it changed since it was read; nothing was written */
            412: {
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
                            code?: "precondition_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 131072 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with another request (method, path or body); nothing was done */
            422: {
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
                            code?: "idempotency_key_reused";
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PhaseHistoryEntry"][];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    getProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags from earlier answers (at most 32): 304 without a body when one is the current ETag */
                "If-None-Match"?: string;
            };
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
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
                        /** @description What the artifacts and coverage gates of the current phase still refuse (as a gate_failed's issues) */
                        blockers: {
                            path: string;
                            message: string;
                        }[];
                        traceability: {
                            coverage: components["schemas"]["TraceCoverage"];
                            uncovered: string[];
                            /** @description Cross-artifact findings (GET .../traceability) per severity */
                            findings: {
                                error: number;
                                warning: number;
                                info: number;
                            };
                            score: number;
                        };
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag (no body) */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ArtifactMeta"][];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    createArtifact: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (e.g. a UUID), kept 24 h per user: the same key with the same request replays the first response (also after a lost reply); with another request 422 `idempotency_key_reused`. A refused request (4xx) records nothing: its retry is judged afresh */
                "Idempotency-Key"?: string;
            };
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredArtifact"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `quota_exceeded`: The write would exceed an account quota (projects, artifacts or bytes per project, or the month's generation tokens; `issues` names it); nothing was written. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "quota_exceeded" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `artifact_name_conflict`: The name differs only in case from an artifact of the phase. `version_contended`: Concurrent posts of the same artifact kept colliding on the version number; retry. `idempotency_key_in_use`: The request with this Idempotency-Key has no answer to replay (its key expired meanwhile, or was claimed by an earlier server version); retry after `Retry-After` */
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
                            code?: "artifact_name_conflict" | "version_contended" | "idempotency_key_in_use";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 2097152 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with another request (method, path or body); nothing was done */
            422: {
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
                            code?: "idempotency_key_reused";
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
    createArtifacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (e.g. a UUID), kept 24 h per user: the same key with the same request replays the first response (also after a lost reply); with another request 422 `idempotency_key_reused`. A refused request (4xx) records nothing: its retry is judged afresh */
                "Idempotency-Key"?: string;
            };
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StoredArtifact"][];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `quota_exceeded`: The write would exceed an account quota (projects, artifacts or bytes per project, or the month's generation tokens; `issues` names it); nothing was written. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "quota_exceeded" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `artifact_name_conflict`: The name differs only in case from an artifact of the phase. `version_contended`: Concurrent posts of the same artifact kept colliding on the version number; retry. `idempotency_key_in_use`: The request with this Idempotency-Key has no answer to replay (its key expired meanwhile, or was claimed by an earlier server version); retry after `Retry-After` */
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
                            code?: "artifact_name_conflict" | "version_contended" | "idempotency_key_in_use";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 4194304 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with another request (method, path or body); nothing was done */
            422: {
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
                            code?: "idempotency_key_reused";
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
    getArtifact: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: {
                /** @description ETags from earlier answers (at most 32): 304 without a body when one is the current ETag */
                "If-None-Match"?: string;
            };
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        artifact: components["schemas"]["Artifact"];
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag (no body) */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    waiveArtifactFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this write was based on (strong comparison; a list of at most 32 matches if any does): 412 `precondition_failed` if it changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                artifactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaiveFinding"];
            };
        };
        responses: {
            /** @description Waived */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        artifact: components["schemas"]["ArtifactMeta"];
                        waiver: components["schemas"]["Waiver"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `precondition_failed`: If-Match names none of the resource's current ETags: it changed since it was read; nothing was written */
            412: {
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
                            code?: "precondition_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 262144 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `finding_not_found`: The artifact version has no finding of the named rule to waive */
            422: {
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
                            code?: "finding_not_found";
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
    listRequirements: {
        parameters: {
            query?: {
                /** @description Which revisions (default active) */
                status?: "active" | "superseded" | "retired";
                /** @description Most items on one page (1 to 500) */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
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
            /** @description A page */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequirementPage"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
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
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    getRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description A requirement id of PRD.md (`REQ-<AREA>-<nnn>`) */
                reqId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its revisions */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revisions: components["schemas"]["Requirement"][];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    listChangeRequests: {
        parameters: {
            query?: {
                /** @description Only change requests in this status */
                status?: "draft" | "in_review" | "approved" | "merged" | "rejected" | "withdrawn";
                /** @description Most items on one page (1 to 200) */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
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
            /** @description A page */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestPage"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
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
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    createChangeRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (e.g. a UUID), kept 24 h per user: the same key with the same request replays the first response (also after a lost reply); with another request 422 `idempotency_key_reused`. A refused request (4xx) records nothing: its retry is judged afresh */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChangeRequest"];
            };
        };
        responses: {
            /** @description The change request, a draft */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changeRequest: components["schemas"]["ChangeRequest"];
                        deltas: components["schemas"]["DeltaRecord"][];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `change_request_phase`: The project is before the spec phase: change requests open once it is in spec or later (done included). `idempotency_key_in_use`: The request with this Idempotency-Key has no answer to replay (its key expired meanwhile, or was claimed by an earlier server version); retry after `Retry-After` */
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
                            code?: "change_request_phase" | "idempotency_key_in_use";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 1048576 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `invalid_delta`: A delta names a requirement or base revision that does not exist, adds an id that exists, or has text that would not read back as itself. `idempotency_key_reused`: This Idempotency-Key was used with another request (method, path or body); nothing was done */
            422: {
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
                            code?: "invalid_delta" | "idempotency_key_reused";
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
    getChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The change request's id */
                crId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestDetail"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    updateChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The change request's id */
                crId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChangeRequest"];
            };
        };
        responses: {
            /** @description The change request, edited */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changeRequest: components["schemas"]["ChangeRequest"];
                        deltas: components["schemas"]["DeltaRecord"][];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `change_request_state`: The change request's status does not allow this (e.g. editing one in review, merging one not approved) */
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
                            code?: "change_request_state";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 1048576 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `invalid_delta`: A delta names a requirement or base revision that does not exist, adds an id that exists, or has text that would not read back as itself */
            422: {
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
                            code?: "invalid_delta";
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
    submitChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The change request's id */
                crId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request, moved */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changeRequest: components["schemas"]["ChangeRequest"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `change_request_state`: The change request's status does not allow this (e.g. editing one in review, merging one not approved) */
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
                            code?: "change_request_state";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    withdrawChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The change request's id */
                crId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request, moved */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changeRequest: components["schemas"]["ChangeRequest"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `change_request_state`: The change request's status does not allow this (e.g. editing one in review, merging one not approved) */
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
                            code?: "change_request_state";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    rejectChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The change request's id */
                crId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request, moved */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changeRequest: components["schemas"]["ChangeRequest"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `approval_not_allowed`: The gate's review policy does not count the caller as an approver (not among its roles or named members, or the project's author where the policy excludes them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "approval_not_allowed" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `change_request_state`: The change request's status does not allow this (e.g. editing one in review, merging one not approved) */
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
                            code?: "change_request_state";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    approveChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The change request's id */
                crId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request and its review */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changeRequest: components["schemas"]["ChangeRequest"];
                        review: {
                            requiredApprovals: number;
                            /** @description Approvals that count under the policy */
                            have: number;
                            met: boolean;
                            /** @description Where the policy comes from: project, workspace or default */
                            source: string;
                        };
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `approval_not_allowed`: The gate's review policy does not count the caller as an approver (not among its roles or named members, or the project's author where the policy excludes them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "approval_not_allowed" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `change_request_state`: The change request's status does not allow this (e.g. editing one in review, merging one not approved) */
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
                            code?: "change_request_state";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    mergeChangeRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (e.g. a UUID), kept 24 h per user: the same key with the same request replays the first response (also after a lost reply); with another request 422 `idempotency_key_reused`. A refused request (4xx) records nothing: its retry is judged afresh */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The change request's id */
                crId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request, merged */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changeRequest: components["schemas"]["ChangeRequest"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `change_request_state`: The change request's status does not allow this (e.g. editing one in review, merging one not approved). `change_conflict`: A MODIFIED or REMOVED delta's base revision is no longer the requirement's active one (the message names the requirement and the change request that moved it); rebase. `approval_required`: The phase's gate (stack or dependencies approval) is not met. `idempotency_key_in_use`: The request with this Idempotency-Key has no answer to replay (its key expired meanwhile, or was claimed by an earlier server version); retry after `Retry-After` */
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
                            code?: "change_request_state" | "change_conflict" | "approval_required" | "idempotency_key_in_use";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with another request (method, path or body); nothing was done */
            422: {
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
                            code?: "idempotency_key_reused";
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
    rebaseChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The change request's id */
                crId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request, rebased */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changeRequest: components["schemas"]["ChangeRequest"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `change_request_state`: The change request's status does not allow this (e.g. editing one in review, merging one not approved). `requirement_retired`: A delta's requirement was retired since the change request was opened: it cannot be rebased onto it */
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
                            code?: "change_request_state" | "requirement_retired";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Templates in phase order */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PhaseTemplate"][];
                        rules: components["schemas"]["ValidationRule"][];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
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
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A phase of the spec workflow, in order */
                phase: components["schemas"]["Phase"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        template: components["schemas"]["PhaseTemplate"];
                        rules: components["schemas"]["ValidationRule"][];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
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
    getTraceability: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETags from earlier answers (at most 32): 304 without a body when one is the current ETag */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matrix */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Traceability"];
                };
            };
            /** @description Not modified: If-None-Match names the current ETag (no body) */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    listRuns: {
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
            /** @description Runs */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["GenerationRun"][];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    startRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (e.g. a UUID), kept 24 h per user: the same key with the same request replays the first response (also after a lost reply); with another request 422 `idempotency_key_reused`. A refused request (4xx) records nothing: its retry is judged afresh */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartRun"];
            };
        };
        responses: {
            /** @description The run, queued */
            202: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        run: components["schemas"]["GenerationRun"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `email_unverified`: The account's email address is not verified (the signup mail's link; POST /api/auth/verify-email/resend sends another): needed to start runs and create API keys. `quota_exceeded`: The write would exceed an account quota (projects, artifacts or bytes per project, or the month's generation tokens; `issues` names it); nothing was written. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "email_unverified" | "quota_exceeded" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `run_active`: The project already has an active generation run (its id is in the message); one at a time. `run_limit_reached`: You have as many active generation runs as allowed (GENERATION_MAX_ACTIVE_RUNS); finish or cancel one. `idempotency_key_in_use`: The request with this Idempotency-Key has no answer to replay (its key expired meanwhile, or was claimed by an earlier server version); retry after `Retry-After` */
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
                            code?: "run_active" | "run_limit_reached" | "idempotency_key_in_use";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with another request (method, path or body); nothing was done */
            422: {
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
                            code?: "idempotency_key_reused";
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
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        run: components["schemas"]["GenerationRun"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    pauseRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run, moved */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        run: components["schemas"]["GenerationRun"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `run_state`: The run's status does not allow this (e.g. resuming a completed run) */
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
                            code?: "run_state";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    resumeRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run, moved */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        run: components["schemas"]["GenerationRun"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `run_state`: The run's status does not allow this (e.g. resuming a completed run) */
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
                            code?: "run_state";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    cancelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run, moved */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        run: components["schemas"]["GenerationRun"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `run_state`: The run's status does not allow this (e.g. resuming a completed run) */
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
                            code?: "run_state";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    listMyAudit: {
        parameters: {
            query?: {
                action?: "auth.signed_in" | "auth.password_changed" | "auth.email_changed" | "api_key.created" | "api_key.revoked" | "workspace.created" | "workspace.renamed" | "workspace.deleted" | "member.invited" | "member.invitation_revoked" | "member.added" | "member.removed" | "member.role_changed" | "project.moved" | "policy.changed" | "approval.given" | "approval.withdrawn" | "gate.passed" | "change_request.merged" | "webhook.subscription_changed" | "export.downloaded" | "audit.exported";
                /** @description Events at or after this time */
                from?: string;
                /** @description Events at or before this time */
                to?: string;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
    listWorkspaceAudit: {
        parameters: {
            query?: {
                action?: "auth.signed_in" | "auth.password_changed" | "auth.email_changed" | "api_key.created" | "api_key.revoked" | "workspace.created" | "workspace.renamed" | "workspace.deleted" | "member.invited" | "member.invitation_revoked" | "member.added" | "member.removed" | "member.role_changed" | "project.moved" | "policy.changed" | "approval.given" | "approval.withdrawn" | "gate.passed" | "change_request.merged" | "webhook.subscription_changed" | "export.downloaded" | "audit.exported";
                actorUserId?: string;
                targetType?: string;
                targetId?: string;
                /** @description Events at or after this time */
                from?: string;
                /** @description Events at or before this time */
                to?: string;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
            };
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
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "insufficient_role";
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
    exportWorkspaceAudit: {
        parameters: {
            query?: {
                action?: "auth.signed_in" | "auth.password_changed" | "auth.email_changed" | "api_key.created" | "api_key.revoked" | "workspace.created" | "workspace.renamed" | "workspace.deleted" | "member.invited" | "member.invitation_revoked" | "member.added" | "member.removed" | "member.role_changed" | "project.moved" | "policy.changed" | "approval.given" | "approval.withdrawn" | "gate.passed" | "change_request.merged" | "webhook.subscription_changed" | "export.downloaded" | "audit.exported";
                actorUserId?: string;
                targetType?: string;
                targetId?: string;
                /** @description Events at or after this time */
                from?: string;
                /** @description Events at or before this time */
                to?: string;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Lines: AuditEvent objects, then the trailer line */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "insufficient_role";
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
    listCommentThreads: {
        parameters: {
            query?: {
                artifactId?: string;
                status?: "open" | "resolved";
                requirementId?: string;
                limit?: number;
                /** @description The previous page's `nextCursor` */
                cursor?: string;
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
            /** @description A page */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommentThread"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
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
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    createCommentThread: {
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
                    /**
                     * Format: uuid
                     * @description The document version (artifact id) the thread is on
                     */
                    artifactId: string;
                    /** @example REQ-AUTH-001 */
                    requirementId?: string;
                    lineStart?: number;
                    lineEnd?: number;
                    /** @default false */
                    blocking?: boolean;
                    body: string;
                };
            };
        };
        responses: {
            /** @description Opened */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        thread: components["schemas"]["CommentThread"];
                        comment: components["schemas"]["Comment"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `quota_exceeded`: The write would exceed an account quota (projects, artifacts or bytes per project, or the month's generation tokens; `issues` names it); nothing was written. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "quota_exceeded" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `invalid_value`: A value is invalid or out of range for the database */
            422: {
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
                            code?: "invalid_value";
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
    getCommentThread: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The thread's id */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        thread: components["schemas"]["CommentThread"];
                        comments: components["schemas"]["Comment"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
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
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    replyToCommentThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The thread's id */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        comment: components["schemas"]["Comment"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `quota_exceeded`: The write would exceed an account quota (projects, artifacts or bytes per project, or the month's generation tokens; `issues` names it); nothing was written. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "quota_exceeded" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    deleteComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The comment's id */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `forbidden`: Refused by a guard. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "forbidden" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    editComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The comment's id */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Edited */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        comment: components["schemas"]["Comment"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `forbidden`: Refused by a guard. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "forbidden" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `conflict`: Conflicts with an existing resource */
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
                            code?: "conflict";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    resolveCommentThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The thread's id */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        thread: components["schemas"]["CommentThread"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    reopenCommentThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The thread's id */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        thread: components["schemas"]["CommentThread"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `quota_exceeded`: The write would exceed an account quota (projects, artifacts or bytes per project, or the month's generation tokens; `issues` names it); nothing was written. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "quota_exceeded" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    getNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Settings */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notifications: components["schemas"]["NotificationSettings"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
    updateNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    invitation?: boolean;
                    review_request?: boolean;
                    mention?: boolean;
                    decision?: boolean;
                };
            };
        };
        responses: {
            /** @description Settings after the change */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notifications: components["schemas"]["NotificationSettings"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    unsubscribeNotifications: {
        parameters: {
            query: {
                /** @description The token of the mail's unsubscribe link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubscribed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: components["schemas"]["NotificationKind"];
                        /** @enum {boolean} */
                        unsubscribed: true;
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_token`: The email link's token is invalid, used or expired */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "invalid_token";
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    listWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "insufficient_role";
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
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    eventTypes: components["schemas"]["WebhookEventType"][];
                };
            };
        };
        responses: {
            /** @description Created: `secret` is shown once; store it now */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["Webhook"];
                        /**
                         * @description The signing secret (`whsec_` + base64), shown in this answer only
                         * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                         */
                        secret: string;
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `quota_exceeded`: The write would exceed an account quota (projects, artifacts or bytes per project, or the month's generation tokens; `issues` names it); nothing was written. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected" | "quota_exceeded" | "insufficient_role";
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `webhook_url_not_allowed`: The webhook URL is refused: not https, carries credentials or a port, or its host is not public (the message names why) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "webhook_url_not_allowed";
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
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["Webhook"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "insufficient_role";
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
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                webhookId: string;
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
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected" | "insufficient_role";
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url?: string;
                    eventTypes?: components["schemas"]["WebhookEventType"][];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description The subscription */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["Webhook"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected" | "insufficient_role";
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
            /** @description `webhook_url_not_allowed`: The webhook URL is refused: not https, carries credentials or a port, or its host is not public (the message names why) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "webhook_url_not_allowed";
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
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rotated: `secret` is shown once */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["Webhook"];
                        /**
                         * @description The signing secret (`whsec_` + base64), shown in this answer only
                         * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                         */
                        secret: string;
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected" | "insufficient_role";
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                workspaceId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "insufficient_role";
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
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                webhookId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending again */
            202: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivery: components["schemas"]["WebhookDelivery"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected" | "insufficient_role";
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
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    getWorkspaceReviewPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
                /** @description The gate */
                gate: "stack" | "dependencies" | "change_request";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy and where it comes from */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPolicyAnswer"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    putWorkspaceReviewPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
                /** @description The gate */
                gate: "stack" | "dependencies" | "change_request";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewPolicy"];
            };
        };
        responses: {
            /** @description The policy and where it comes from */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPolicyAnswer"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 8192 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    getProjectReviewPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The gate */
                gate: "stack" | "dependencies" | "change_request";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy and where it comes from */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPolicyAnswer"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    putProjectReviewPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The gate */
                gate: "stack" | "dependencies" | "change_request";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewPolicy"];
            };
        };
        responses: {
            /** @description The policy and where it comes from */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPolicyAnswer"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 8192 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    deleteProjectReviewPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (uuid) or its slug */
                id: string;
                /** @description The gate */
                gate: "stack" | "dependencies" | "change_request";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy and where it comes from */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPolicyAnswer"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    listApprovals: {
        parameters: {
            query: {
                gate: "stack" | "dependencies";
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
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
            /** @description Approvals */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Approval"][];
                        nextCursor: string | null;
                        status: components["schemas"]["ReviewStatus"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
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
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    requestStackReview: {
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
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description Requested: the mails go out after the answer */
            202: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        gate: "stack" | "dependencies";
                        notified: number;
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "wrong_phase";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 8192 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    requestDependenciesReview: {
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
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description Requested: the mails go out after the answer */
            202: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        gate: "stack" | "dependencies";
                        notified: number;
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "wrong_phase";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 8192 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    listWorkspaces: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
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
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspacePage"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
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
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them) */
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
                            code?: "insufficient_scope";
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
    createWorkspace: {
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
            /** @description Created */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: components["schemas"]["Workspace"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them) */
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
                            code?: "csrf_rejected" | "insufficient_scope";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: components["schemas"]["Workspace"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    deleteWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `personal_workspace`: A personal workspace cannot be deleted */
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
                            code?: "personal_workspace";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    renameWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
            };
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
            /** @description Renamed */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: components["schemas"]["Workspace"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    listMembers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
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
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
                /** @description The member's user id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `last_owner`: The workspace's last owner cannot leave, be removed or be demoted: make another member owner first */
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
                            code?: "last_owner";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
                /** @description The member's user id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role: components["schemas"]["Role"];
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member: {
                            /** Format: uuid */
                            userId: string;
                            role: components["schemas"]["Role"];
                        };
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `last_owner`: The workspace's last owner cannot leave, be removed or be demoted: make another member owner first */
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
                            code?: "last_owner";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    listInvitations: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPage"];
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `invalid_cursor`: The list cursor is malformed or belongs to another sort/order */
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
                            code?: "invalid_text" | "validation_failed" | "invalid_cursor";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
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
    inviteMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example ada@example.com */
                    email: string;
                    role: components["schemas"]["Role"];
                };
            };
        };
        responses: {
            /** @description Invited */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitation: components["schemas"]["Invitation"];
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
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
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `already_member`: The invited address belongs to a member of the workspace already. `invitation_pending`: The address already has an open invitation to the workspace. `too_many_invitations`: The workspace has as many open invitations as allowed; revoke some or wait for them to be accepted */
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
                            code?: "already_member" | "invitation_pending" | "too_many_invitations";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's id */
                workspaceId: string;
                /** @description The invitation's id */
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field */
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
                            code?: "invalid_text" | "validation_failed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `insufficient_scope`: The API key lacks a scope this operation requires (the operation's `security` lists them). `insufficient_role`: Your role in the workspace does not allow this operation (the operation's description lists the roles that may) */
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
                            code?: "csrf_rejected" | "insufficient_scope" | "insufficient_role";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `not_found`: No such route, or no such resource of the signed-in user */
            404: {
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
                            code?: "not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Joined */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            role: components["schemas"]["Role"];
                        };
                    };
                };
            };
            /** @description `invalid_text`: Text Postgres cannot store: a NUL character or a lone surrogate; nothing was written. `validation_failed`: A parameter, the query or the body breaks the documented schema; `issues` lists each field. `bad_request`: The body is not well-formed JSON */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invalid_text" | "validation_failed" | "bad_request";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `unauthorized`: Missing, unknown, expired or revoked session or API key, or an API key on a route that takes only a session */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
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
            /** @description `csrf_rejected`: A cross-site request carrying the session cookie, or a cross-site form submission. `invitation_email_mismatch`: The invitation is for another email address: only an account whose verified email is the invited one may accept it */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "csrf_rejected" | "invitation_email_mismatch";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `invitation_not_found`: No invitation has this token */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invitation_not_found";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description `invitation_closed`: The invitation was already accepted, was revoked, or has expired; ask for a new one */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "invitation_closed";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Body over 65536 bytes (this operation's limit). `payload_too_large`: The body (or the state it would produce) exceeds the limit */
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
}
