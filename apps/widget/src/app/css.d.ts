/** build.mjs turns imported .css files into their minified text. */
declare module "*.css" {
  const css: string;
  export default css;
}
