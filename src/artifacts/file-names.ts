// Artifact names become zip entries `<phase>/<name>` that people unpack on any OS. Names Windows
// cannot create are refused at upload (clear 400) rather than renamed in the export, so a name
// means the same file everywhere. Case-insensitive collisions (README.md vs readme.md in one
// phase) are refused by the insert itself (storeArtifacts in src/artifacts/queries.ts), against the
// stored names.

/** Windows device names, reserved with any extension: `CON`, `aux.md`, `com1.txt`, `LPT9`. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;

/** Why Windows cannot hold a file of this name, or undefined if it can. */
export function windowsNameProblem(name: string): string | undefined {
  if (/[. ]$/.test(name)) return "must not end with '.' or a space (Windows drops them)";
  if (WINDOWS_RESERVED.test(name)) {
    return "is a reserved device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with any extension)";
  }
  return undefined;
}
