// *.md files are imported as their text (wrangler [[rules]] type = "Text").
declare module "*.md" {
  const text: string;
  export default text;
}
