// The part of fflate the export uses. Imported dynamically (src/export/routes.ts): a module of its own
// so that the bundler still drops the rest of fflate, which `import("fflate")` would keep whole.
export { Zip, ZipDeflate } from "fflate";
