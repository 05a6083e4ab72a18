// Shared arrangements of the change-request tests: the fixture spec set taken to done, and two deltas on it.
import { signedInUser } from "../helpers";
import { createProject, walkTo } from "../project-fixtures";

export const MODIFY = {
  kind: "modified",
  reqId: "REQ-AUTH-002",
  baseRevision: 1,
  title: "Log in and log out everywhere",
  body: "A member logs in with email and password and can log out of every device at once.",
  acceptance: "after logging out everywhere, none of the member's sessions works.",
};
export const ADD = {
  kind: "added",
  reqId: "REQ-LOAN-004",
  title: "Remind borrowers",
  body: "The borrower gets a reminder a day before the loan is due.",
  acceptance: "one reminder per loan.",
};

/** The fixture spec set taken to done, through the API. */
export async function projectAtDone() {
  const user = await signedInUser();
  const project = await createProject(user);
  await walkTo(user, project.id, "done");
  return { user, project };
}
